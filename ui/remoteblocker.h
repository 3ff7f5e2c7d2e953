#pragma once

#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

namespace dateline::ui {

// Refuses every request that would leave the machine: the reader shows only
// what core rendered, and a tracking pixel in an article must not phone home.
class RemoteBlocker final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteBlocker)
public:
    explicit RemoteBlocker(QObject *parent = nullptr);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    static bool isAllowed(const QUrl &url);
    // Lets this one local file through as well (the export being printed).
    void allowFile(const QUrl &url) { m_file = url; }

private:
    QUrl m_file;
};

} // namespace dateline::ui
