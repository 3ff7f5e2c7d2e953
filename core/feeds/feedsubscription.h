#pragma once

#include <QString>

namespace dateline {

// One subscribed feed as the library keeps it (table feeds, schema 4).
// Times are ISO 8601 UTC; an empty nextDue means the feed is due now.
struct FeedSubscription
{
    qint64 id = 0;
    QString url;
    QString title;
    QString folder; // "News/Europe": the OPML outline path, empty at top level
    QString siteUrl;
    int intervalMinutes = 30;
    QString etag;
    QString lastModified;
    QString lastSuccess;
    QString lastError;
    int failures = 0; // failed refreshes in a row
    QString nextDue;
    QString createdAt;
    int unread = 0; // articles of this feed not marked read (filled by FeedStore)
    int total = 0;
};

} // namespace dateline
