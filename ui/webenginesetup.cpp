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
    const bool noGpu
        = !QFileInfo::exists(QStringLiteral("/dev/dri")) || platform == "offscreen" || platform == "minimal";
    if (noGpu)
        add("--disable-gpu");
    // The reader is a Qt Quick item. On the OpenGL backend without a GPU the
    // whole window is composed through a software GL rasteriser on every
    // repaint: 50-400 ms a frame under Xvfb (dateline-ui-perf --trace),
    // against a few ms for the software backend's plain raster painting.
    if (noGpu && qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
}

} // namespace dateline::ui
