#pragma once

#include "feeds/feedsubscription.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dateline {

class Database;

// Subscriptions, which article came from which feed, and the reader's
// read/starred flags, over a library's connection. Callers on the writer
// thread only; every failure throws LibraryError.
class FeedStore final
{
public:
    struct Flags
    {
        bool read = false;
        bool starred = false;
    };

    explicit FeedStore(Database &db);

    // Adds a subscription and returns its id; a URL already subscribed is
    // refused with a LibraryError that names the existing feed.
    qint64 add(const FeedSubscription &feed);
    // Adds the feeds of a list (an OPML file) that are not subscribed yet,
    // each under `folder` when one is given, in one transaction. Returns how
    // many were added; `alreadySubscribed` counts the others.
    int addNew(const QList<FeedSubscription> &feeds, const QString &folder = {}, int *alreadySubscribed = nullptr);
    bool remove(qint64 id);
    std::optional<FeedSubscription> feed(qint64 id);
    std::optional<FeedSubscription> findByUrl(const QString &url);
    // Every subscription, by folder then title, with unread and total counts.
    QList<FeedSubscription> list();
    // Feeds whose next refresh is due at `now`.
    QList<qint64> due(const QDateTime &now);

    void setTitle(qint64 id, const QString &title);
    // A refresh that worked (including 304): failures reset, next refresh
    // one interval away. Empty validators keep the stored ones.
    void recordSuccess(qint64 id, const QString &etag, const QString &lastModified, const QDateTime &now);
    // A refresh that failed: the error is kept and the next attempt backs off.
    void recordFailure(qint64 id, const QString &error, const QDateTime &now);
    // When a feed that failed `failures` times in a row is tried again:
    // the interval doubled per failure, at most a day.
    static QDateTime nextAttempt(int intervalMinutes, int failures, const QDateTime &now);

    void linkArticle(qint64 feedId, qint64 articleId);
    QList<qint64> articles(qint64 feedId);
    int unreadCount(qint64 feedId);

    Flags flags(qint64 articleId);
    void setRead(qint64 articleId, bool read);
    void setStarred(qint64 articleId, bool starred);
    // Marks every article of the feed read; returns how many changed.
    int markFeedRead(qint64 feedId);

private:
    Database &m_db;
};

} // namespace dateline
