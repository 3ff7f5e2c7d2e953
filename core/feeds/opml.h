#pragma once

#include "feeds/feedsubscription.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace dateline {

// OPML 1.0/2.0 subscription lists, the format feed readers exchange. Nested
// outlines without xmlUrl are folders; a feed's folder is the path of their
// titles joined by '/' ("News/Europe").
class Opml final
{
public:
    struct ReadResult
    {
        QList<FeedSubscription> feeds; // url, title, folder, siteUrl
        QString error; // one line; the feeds read before a break are kept
    };

    // Only http and https feeds are taken; duplicates keep the first entry.
    static ReadResult read(const QByteArray &data);
    static QByteArray write(const QList<FeedSubscription> &feeds, const QString &title);
};

} // namespace dateline
