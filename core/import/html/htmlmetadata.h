#pragma once

#include <QString>
#include <QStringList>

struct GumboInternalNode;

namespace dateline {

// What a web page says about its article outside the body text: JSON-LD
// (schema.org Article types), OpenGraph / Dublin Core / parsely / plain meta
// tags, <time datetime>, <title> and <h1>. Dates are ISO 8601 or empty.
struct HtmlMetadata
{
    QString title;
    QStringList authors;
    QString published;
    QString updated;
    QString description;
    QString language;
    QString link;
    QString section;
    QString siteName;
    // The <title> text cleaned of its site-name suffix, used to spot a body
    // heading that only repeats the headline.
    QString documentTitle;

    static HtmlMetadata read(const GumboInternalNode *document);

    // Any date a page writes (ISO 8601 with space or fractions, RFC 2822,
    // "March 25, 2015", Unix seconds) as ISO 8601; empty when unreadable.
    static QString isoDate(const QString &text);
    // Readability's <title> heuristic: drops " - Site" / " | Site" suffixes
    // and "Site: " prefixes unless that leaves too little of the title.
    static QString cleanDocumentTitle(const QString &title, const QStringList &headings, int h1Count,
                                      const QString &onlyH1);
};

} // namespace dateline
