#pragma once

#include "import/importoptions.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

namespace dateline {

class FeedFetcher;
class Library;
struct Article;
struct FetchResult;

// Keeps subscriptions up to date: fetches feeds (a few at a time, never
// blocking the thread), imports new items through the library writer, so an
// item already stored (same guid, link or text) is skipped, and records
// each outcome with a backoff after failures. Runs on the thread that owns
// the Library; results arrive as signals from that thread's event loop.
class FeedRefresher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedRefresher)

public:
    struct Result
    {
        qint64 feedId = 0;
        QString url;
        QString title;
        bool ok = false;
        bool notModified = false; // the server answered 304
        int imported = 0;
        int duplicates = 0;
        QString error; // one line when !ok
    };

    explicit FeedRefresher(Library &library, QObject *parent = nullptr);
    ~FeedRefresher() override;

    FeedFetcher &fetcher() { return *m_fetcher; }
    void setImportOptions(const ImportOptions &options) { m_options = options; }
    // Feeds downloaded at the same time.
    void setParallel(int feeds) { m_parallel = qMax(1, feeds); }

    // Queues feeds (unknown ids are reported as failed); feedRefreshed
    // follows for each, then finished once nothing is left.
    void refresh(const QList<qint64> &feedIds);
    void refreshDue();
    void refreshAll();
    bool isBusy() const { return m_running > 0 || !m_queue.isEmpty(); }

    // Subscribes to a feed's address, or to the first feed a web page
    // links with <link rel="alternate">; the items of that first download
    // are imported at once. Emits subscribed.
    void subscribe(const QUrl &url, const QString &folder = {}, int intervalMinutes = 30);

Q_SIGNALS:
    void feedRefreshed(const dateline::FeedRefresher::Result &result);
    void finished();
    void subscribed(const dateline::FeedRefresher::Result &result);

private:
    void pump();
    void refreshed(qint64 feedId, const QString &url, const FetchResult &fetched);
    struct Subscription
    {
        QString folder;
        int intervalMinutes = 30;
    };
    void subscribeFetched(const QUrl &requested, const Subscription &wanted, const FetchResult &fetched,
                          bool discovered);
    void storeArticles(qint64 feedId, QList<Article> &articles, Result &result);

    Library &m_library;
    FeedFetcher *m_fetcher;
    ImportOptions m_options;
    int m_parallel = 4;
    int m_running = 0;
    QList<qint64> m_queue;
    QSet<qint64> m_queued;
    bool m_finishPending = false;
};

} // namespace dateline
