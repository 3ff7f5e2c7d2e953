#pragma once

#include <QEventLoop>
#include <QObject>
#include <QTimer>
#include <QVariant>

#include <functional>

namespace dateline::ui {
class ReaderView;
}

namespace dateline::test {

// Runs the event loop until pred() holds or timeoutMs pass; returns pred().
bool waitUntil(const std::function<bool()> &pred, int timeoutMs = 15000);

// Runs script in the reader's application world and waits for its result
// (an invalid QVariant on timeout).
QVariant runJs(ui::ReaderView *reader, const QString &script, int timeoutMs = 15000);

// Runs trigger, then the event loop until sender emits signal or timeoutMs
// pass; returns whether it was emitted. Connecting before triggering means a
// signal emitted synchronously is not missed.
template<typename Sender, typename Signal>
bool triggerAndWait(Sender *sender, Signal signal, const std::function<void()> &trigger, int timeoutMs = 15000)
{
    QEventLoop loop;
    bool emitted = false;
    const QMetaObject::Connection c = QObject::connect(sender, signal, &loop, [&] {
        emitted = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    trigger();
    if (!emitted)
        loop.exec();
    QObject::disconnect(c);
    return emitted;
}

} // namespace dateline::test
