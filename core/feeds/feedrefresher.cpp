#include "feeds/feedrefresher.h"

#include "extract/extractor.h"
#include "feeds/feeddiscovery.h"
#include "feeds/feedfetcher.h"
#include "feeds/feedstore.h"
#include "import/documentformat.h"
#include "import/feed/feedimporter.h"
#include "library/library.h"
#include "library/libraryerror.h"
#include "library/librarywriter.h"
#include "library/sqlstatement.h"
#include "library/transaction.h"

#include <QDateTime>
#include <QTimer>

namespace dateline {

namespace {

bool isWebUrl(const QString &text)
{
    const QUrl url(text);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

bool looksLikeFeed(const FetchResult &fetched)
{
    return detectFormat(QByteArrayView(fetched.body).first(qMin(fetched.body.size(), qsizetype(8192))),
                        fetched.finalUrl.fileName())
        == DocumentFormat::Feed;
}

} // namespace

FeedRefresher::FeedRefresher(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_fetcher(new FeedFetcher(this))
{
}

FeedRefresher::~FeedRefresher() = default;

void FeedRefresher::refresh(const QList<qint64> &feedIds)
{
    for (const qint64 id : feedIds) {
        if (!m_queued.contains(id)) {
            m_queued.insert(id);
            m_queue << id;
        }
    }
    m_finishPending = true;
    pump();
}

void FeedRefresher::refreshDue()
{
    refresh(FeedStore(m_library.database()).due(QDateTime::currentDateTimeUtc()));
}

void FeedRefresher::refreshAll()
{
    QList<qint64> ids;
    for (const FeedSubscription &f : FeedStore(m_library.database()).list())
        ids << f.id;
    refresh(ids);
}

void FeedRefresher::pump()
{
    while (m_running < m_parallel && !m_queue.isEmpty()) {
        const qint64 id = m_queue.takeFirst();
        std::optional<FeedSubscription> feed;
        try {
            feed = FeedStore(m_library.database()).feed(id);
        } catch (const LibraryError &e) {
            m_queued.remove(id);
            Q_EMIT feedRefreshed(Result {id, {}, {}, false, false, 0, 0, e.message()});
            continue;
        }
        if (!feed) {
            m_queued.remove(id);
            Q_EMIT feedRefreshed(
                Result {id, {}, {}, false, false, 0, 0, QStringLiteral("there is no feed %1").arg(id)});
            continue;
        }
        ++m_running;
        const QString url = feed->url;
        m_fetcher->fetch({QUrl(url), feed->etag, feed->lastModified}, [this, id, url](const FetchResult &fetched) {
            --m_running;
            m_queued.remove(id);
            refreshed(id, url, fetched);
            pump();
        });
    }
    if (m_running == 0 && m_queue.isEmpty() && m_finishPending) {
        m_finishPending = false;
        // Queued so that a caller who starts a refresh and then waits for
        // finished sees it even when there was nothing to do.
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(); });
    }
}

void FeedRefresher::refreshed(qint64 feedId, const QString &url, const FetchResult &fetched)
{
    Result out;
    out.feedId = feedId;
    out.url = url;
    try {
        FeedStore store(m_library.database());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!store.feed(feedId)) {
            // Unsubscribed while it downloaded: nothing to record or link.
            out.error = QStringLiteral("the feed was removed");
        } else if (fetched.status == FetchResult::Status::NotModified) {
            out.ok = true;
            out.notModified = true;
            store.recordSuccess(feedId, fetched.etag, fetched.lastModified, now);
        } else if (!fetched.ok()) {
            out.error = fetched.error;
            store.recordFailure(feedId, out.error, now);
        } else {
            FeedInfo info = FeedImporter::read(fetched.body, url, m_options);
            if (info.articles.isEmpty() && !info.error.isEmpty()) {
                // Validators of a broken download are not kept: the next
                // attempt must fetch the whole feed again, not get a 304.
                out.error = QStringLiteral("not a readable feed: %1").arg(info.error);
                store.recordFailure(feedId, out.error, now);
            } else {
                storeArticles(feedId, info.articles, out);
                const std::optional<FeedSubscription> feed = store.feed(feedId);
                if (feed && feed->title.isEmpty() && !info.title.isEmpty())
                    store.setTitle(feedId, info.title);
                out.title = info.title;
                store.recordSuccess(feedId, fetched.etag, fetched.lastModified, now);
                out.ok = true;
            }
        }
    } catch (const LibraryError &e) {
        out.ok = false;
        out.error = e.message();
    }
    Q_EMIT feedRefreshed(out);
}

void FeedRefresher::subscribe(const QUrl &url, const QString &folder, int intervalMinutes)
{
    const Subscription wanted {folder, intervalMinutes};
    m_fetcher->fetch({url, {}, {}}, [this, url, wanted](const FetchResult &fetched) {
        subscribeFetched(url, wanted, fetched, false);
    });
}

void FeedRefresher::subscribeFetched(const QUrl &requested, const Subscription &wanted, const FetchResult &fetched,
                                     bool discovered)
{
    Result out;
    out.url = requested.toString();
    if (!fetched.ok()) {
        out.error
            = fetched.error.isEmpty() ? QStringLiteral("the server answered 304 to a first request") : fetched.error;
        Q_EMIT subscribed(out);
        return;
    }
    if (!looksLikeFeed(fetched)) {
        if (discovered) {
            out.error = QStringLiteral("%1 is announced as a feed but is not one").arg(out.url);
            Q_EMIT subscribed(out);
            return;
        }
        const QList<FeedDiscovery::Link> links = FeedDiscovery::discover(fetched.body, fetched.finalUrl);
        if (links.isEmpty()) {
            out.error = QStringLiteral("%1 is neither a feed nor a page that links one").arg(out.url);
            Q_EMIT subscribed(out);
            return;
        }
        const QUrl feedUrl = links.first().url;
        m_fetcher->fetch({feedUrl, {}, {}}, [this, feedUrl, wanted](const FetchResult &next) {
            subscribeFetched(feedUrl, wanted, next, true);
        });
        return;
    }
    try {
        FeedStore store(m_library.database());
        FeedInfo info = FeedImporter::read(fetched.body, out.url, m_options);
        if (info.articles.isEmpty() && !info.error.isEmpty()) {
            out.error = QStringLiteral("not a readable feed: %1").arg(info.error);
            Q_EMIT subscribed(out);
            return;
        }
        FeedSubscription feed;
        feed.url = out.url;
        feed.title = info.title.isEmpty() ? requested.host() : info.title;
        feed.folder = wanted.folder;
        feed.intervalMinutes = wanted.intervalMinutes;
        if (isWebUrl(info.link))
            feed.siteUrl = info.link;
        out.feedId = store.add(feed);
        out.title = feed.title;
        storeArticles(out.feedId, info.articles, out);
        store.recordSuccess(out.feedId, fetched.etag, fetched.lastModified, QDateTime::currentDateTimeUtc());
        out.ok = true;
    } catch (const LibraryError &e) {
        out.ok = false;
        out.error = e.message();
    }
    Q_EMIT subscribed(out);
}

void FeedRefresher::storeArticles(qint64 feedId, QList<Article> &articles, Result &result)
{
    Database &db = m_library.database();
    LibraryWriter writer(db);
    FeedStore store(db);
    SqlStatement savepoint(db, QStringLiteral("SAVEPOINT article"));
    SqlStatement release(db, QStringLiteral("RELEASE article"));
    Transaction transaction(db);
    for (Article &a : articles) {
        a.extraction = Extractor::extract(a);
        // A savepoint per article, as in ImportPipeline: one article the
        // database refuses leaves nothing behind and keeps the others.
        savepoint.run();
        try {
            const LibraryWriter::Result r = writer.store(a, Extractor::kVersion);
            store.linkArticle(feedId, r.articleId);
            release.run();
            if (r.outcome == LibraryWriter::Outcome::Stored)
                ++result.imported;
            else
                ++result.duplicates;
        } catch (const LibraryError &) {
            db.exec(QStringLiteral("ROLLBACK TO article; RELEASE article"));
            writer.discardCachedIds();
        }
    }
    transaction.commit();
}

} // namespace dateline
