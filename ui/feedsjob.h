#pragma once

#include "feeds/feedsubscription.h"

#include <QList>
#include <QObject>
#include <QString>

class QThread;

namespace dateline::ui {

// Feed subscriptions for the window: a worker thread with its own library
// connection runs core's FeedRefresher, so downloads, parsing, extraction
// and the writes to the library never touch the GUI thread. Requests are
// queued to the worker in order; results come back as signals on the
// thread that owns the job.
class FeedsJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedsJob)
public:
    explicit FeedsJob(QObject *parent = nullptr);
    // Stops the worker; downloads in flight are dropped.
    ~FeedsJob() override;

    // Every request before open() is ignored.
    void open(const QString &libraryPath);
    // Milliseconds without data before a download is given up (tests use less).
    void setTimeout(int milliseconds);

    void subscribe(const QString &address);
    void refreshAll();
    void refreshDue();
    bool isRefreshing() const { return m_refreshing; }

    void loadFlags(qint64 articleId);
    void setRead(qint64 articleId, bool read);
    void setStarred(qint64 articleId, bool starred);
    void markFeedRead(qint64 feedId);
    // Subscribes to the feeds of an OPML file not subscribed yet, keeping
    // their folders; writes every subscription to an OPML file.
    void importOpml(const QString &path);
    void exportOpml(const QString &path);

Q_SIGNALS:
    // The subscriptions with their unread counts, after every change.
    void feedsChanged(const QList<dateline::FeedSubscription> &feeds);
    // error is empty when the subscription worked.
    void subscribed(const QString &title, int imported, const QString &error);
    void refreshFinished(int imported, int failed);
    void flagsLoaded(qint64 articleId, bool read, bool starred);
    // An article was starred or unstarred: the library pane counts them.
    void starredChanged();
    void failed(const QString &message);
    // error is empty when all went well; feeds read before a break in the
    // file are still added.
    void opmlImported(int added, int alreadySubscribed, const QString &error);
    void opmlExported(int feeds, const QString &error);

private:
    struct Worker;

    // Runs f on the worker thread, after every request queued before it.
    template<typename F> void post(F &&f);
    // Runs f on this object's thread.
    template<typename F> void reply(F &&f);
    void publishFeeds();

    QThread *m_thread;
    QObject *m_context; // lives on the worker thread
    Worker *m_worker = nullptr; // touched only on the worker thread
    bool m_refreshing = false;
};

} // namespace dateline::ui
