#pragma once

#include "feeds/fetchresult.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace dateline {

// Downloads feeds over HTTP(S) without blocking: redirects followed (never
// from https to http), gzip/deflate undone by Qt because it sends
// Accept-Encoding itself, a stall timeout, a size cap that aborts the
// transfer as soon as it is exceeded, and conditional GET so an unchanged
// feed costs a 304 and no body.
class FeedFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedFetcher)

public:
    struct Request
    {
        QUrl url;
        QString etag; // sent as If-None-Match
        QString lastModified; // sent as If-Modified-Since
    };
    using Callback = std::function<void(const FetchResult &)>;

    explicit FeedFetcher(QObject *parent = nullptr);
    ~FeedFetcher() override;

    // Milliseconds without a byte arriving before a transfer is given up.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    // Milliseconds a whole transfer may take, however steadily it trickles.
    void setDeadline(int milliseconds) { m_deadlineMs = milliseconds; }
    // Bytes a feed may have once decompressed.
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    qint64 maxBytes() const { return m_maxBytes; }
    void setMaxRedirects(int redirects) { m_maxRedirects = redirects; }

    // Starts the GET; `done` runs exactly once, on this object's thread,
    // from the event loop (never from inside fetch()).
    void fetch(const Request &request, Callback done);

private:
    QNetworkAccessManager *m_network;
    int m_timeoutMs = 30000;
    int m_deadlineMs = 120000;
    qint64 m_maxBytes = 16 * 1024 * 1024;
    int m_maxRedirects = 5;
};

} // namespace dateline
