#include "uitestsupport.h"

#include "readerview.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace dateline::test {

bool waitUntil(const std::function<bool()> &pred, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!pred()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

QVariant runJs(ui::ReaderView *reader, const QString &script, int timeoutMs)
{
    QEventLoop loop;
    QVariant result;
    bool done = false;
    // The callback may come after a timeout: it must not touch this frame then.
    auto state = std::make_shared<std::pair<QVariant, bool>>();
    reader->runScript(script, [state, &loop](const QVariant &v) {
        if (state->second)
            return;
        state->first = v;
        state->second = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!state->second)
        loop.exec();
    result = state->first;
    done = state->second;
    state->second = true; // later callbacks do nothing
    return done ? result : QVariant();
}

} // namespace dateline::test

namespace {

// Every test process keeps its settings in its own temporary folder: ctest
// runs tests in parallel, and one test's layer or window state must not
// leak into another's, nor into the user's own settings.
class PrivateSettings final : public ::testing::Environment
{
public:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

private:
    QTemporaryDir m_dir;
};

[[maybe_unused]] ::testing::Environment *const kPrivateSettings
    = ::testing::AddGlobalTestEnvironment(new PrivateSettings);

} // namespace
