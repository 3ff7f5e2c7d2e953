#include "feeds/feedfetcher.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace dateline {

namespace {

// Why a transfer was aborted by us rather than failing by itself.
enum class Abort { None, TooLarge, Deadline };

struct Transfer
{
    FetchResult result;
    FeedFetcher::Callback done;
    Abort abort = Abort::None;
};

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

FetchResult failed(const QUrl &url, const QString &error)
{
    FetchResult r;
    r.url = url;
    r.finalUrl = url;
    r.error = error;
    return r;
}

} // namespace

FeedFetcher::FeedFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Feeds are small and refreshed by schedule; a shared disk cache would
    // only hide the server's own 304 answers.
    m_network->setCache(nullptr);
}

FeedFetcher::~FeedFetcher() = default;

void FeedFetcher::fetch(const Request &request, Callback done)
{
    const QString scheme = request.url.scheme().toLower();
    if (!request.url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        // Only web feeds: a subscription (or an OPML file) must never make
        // Dateline read local files.
        const FetchResult r = failed(
            request.url, QStringLiteral("not an http or https address: %1").arg(request.url.toDisplayString()));
        QTimer::singleShot(0, this, [r, done = std::move(done)] { done(r); });
        return;
    }

    QNetworkRequest req(request.url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    req.setMaximumRedirectsAllowed(m_maxRedirects);
    req.setTransferTimeout(m_timeoutMs);
    req.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Dateline/" DATELINE_VERSION " (feed reader)"));
    req.setRawHeader("Accept",
                     "application/rss+xml, application/atom+xml, application/rdf+xml, "
                     "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.5, */*;q=0.1");
    if (!request.etag.isEmpty())
        req.setRawHeader("If-None-Match", request.etag.toLatin1());
    if (!request.lastModified.isEmpty())
        req.setRawHeader("If-Modified-Since", request.lastModified.toLatin1());

    auto transfer = std::make_shared<Transfer>();
    transfer->result.url = request.url;
    transfer->done = std::move(done);

    QNetworkReply *reply = m_network->get(req);
    const qint64 cap = m_maxBytes;
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, transfer] {
        transfer->abort = Abort::Deadline;
        reply->abort();
    });
    deadline->start(m_deadlineMs);

    // The announced size is refused before a byte of body is read (a
    // compressed body announced above the cap inflates to more still).
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, transfer, cap] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > cap) {
            transfer->abort = Abort::TooLarge;
            reply->abort();
        }
    });
    // Bodies are read as they arrive so one without a length (or a
    // compressed one that inflates) is stopped at the cap, not after.
    connect(reply, &QNetworkReply::readyRead, reply, [reply, transfer, cap] {
        if (transfer->abort != Abort::None)
            return;
        transfer->result.body += reply->readAll();
        if (transfer->result.body.size() > cap) {
            transfer->abort = Abort::TooLarge;
            transfer->result.body.clear();
            reply->abort();
        }
    });
    const int timeoutMs = m_timeoutMs;
    const int deadlineMs = m_deadlineMs;
    connect(reply, &QNetworkReply::finished, this, [reply, transfer, cap, timeoutMs, deadlineMs] {
        reply->deleteLater();
        FetchResult &r = transfer->result;
        if (transfer->abort == Abort::None && reply->isOpen())
            r.body += reply->readAll();
        r.finalUrl = reply->url();
        r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        r.etag = QString::fromLatin1(reply->rawHeader("ETag")).trimmed();
        r.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified")).trimmed();

        if (transfer->abort == Abort::TooLarge) {
            r.status = FetchResult::Status::Failed;
            r.error = QStringLiteral("the feed is larger than %1; download stopped").arg(megabytes(cap));
        } else if (transfer->abort == Abort::Deadline) {
            r.status = FetchResult::Status::Failed;
            r.error = QStringLiteral("the download took longer than %1 ms").arg(deadlineMs);
        } else if (r.httpStatus == 304) {
            r.status = FetchResult::Status::NotModified;
        } else if (reply->error() == QNetworkReply::OperationCanceledError) {
            // Qt cancels on its transfer timeout; nothing else here aborts.
            r.status = FetchResult::Status::Failed;
            r.error = QStringLiteral("no answer for %1 ms").arg(timeoutMs);
        } else if (reply->error() == QNetworkReply::TooManyRedirectsError) {
            r.status = FetchResult::Status::Failed;
            r.error = QStringLiteral("too many redirects (a redirect loop?)");
        } else if (reply->error() != QNetworkReply::NoError || r.httpStatus >= 400) {
            r.status = FetchResult::Status::Failed;
            r.error = r.httpStatus >= 400
                ? QStringLiteral("HTTP %1 %2")
                      .arg(r.httpStatus)
                      .arg(QString::fromLatin1(
                          reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray()))
                      .trimmed()
                : reply->errorString();
        } else {
            r.status = FetchResult::Status::Ok;
        }
        if (r.status != FetchResult::Status::Ok)
            r.body.clear();
        const FeedFetcher::Callback callback = std::move(transfer->done);
        callback(r);
    });
}

} // namespace dateline
