#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace dateline {

// Finds the feeds a web page announces with
// <link rel="alternate" type="application/rss+xml|atom+xml" href="...">,
// so a reader can subscribe by giving the site's address.
class FeedDiscovery final
{
public:
    struct Link
    {
        QUrl url; // absolute, resolved against <base href> and the page's address
        QString title;
        QString type;
    };

    // In document order, without duplicates; at most a few dozen, however
    // many the page lists.
    static QList<Link> discover(const QByteArray &html, const QUrl &pageUrl);
};

} // namespace dateline
