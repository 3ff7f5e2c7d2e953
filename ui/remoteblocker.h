#pragma once

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
};

} // namespace dateline::ui
