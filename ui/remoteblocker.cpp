#include "remoteblocker.h"

#include <QUrl>

namespace dateline::ui {

RemoteBlocker::RemoteBlocker(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

bool RemoteBlocker::isAllowed(const QUrl &url)
{
    const QString scheme = url.scheme();
    return scheme == QLatin1String("data") || scheme == QLatin1String("qrc") || scheme == QLatin1String("about");
}

void RemoteBlocker::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    // Top-level navigations to outside links are handled (opened in the
    // system browser) by ReaderPage before they get here.
    if (!isAllowed(info.requestUrl()) && (m_file.isEmpty() || info.requestUrl() != m_file))
        info.block(true);
}

} // namespace dateline::ui
