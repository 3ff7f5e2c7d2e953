#include "webenginesetup.h"

#include <QByteArray>
#include <QFileInfo>

#include <unistd.h>

namespace dateline::ui {

void prepareWebEngineEnvironment()
{
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    const auto add = [&flags](const QByteArray &flag) {
        if (!flags.contains(flag))
            flags += (flags.isEmpty() ? "" : " ") + flag;
    };
    if (::geteuid() == 0) {
        add("--no-sandbox");
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    }
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!QFileInfo::exists(QStringLiteral("/dev/dri")) || platform == "offscreen" || platform == "minimal")
        add("--disable-gpu");
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
}

} // namespace dateline::ui
