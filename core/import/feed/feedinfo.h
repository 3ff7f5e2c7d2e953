#pragma once

#include "model/article.h"

#include <QList>
#include <QString>

namespace dateline {

// What a feed says about itself, with one Article per item or entry. Article
// has no room for channel data, so the feed importer returns this and
// Importer keeps only the articles.
struct FeedInfo
{
    QString format; // rss, rdf, atom
    QString title;
    QString link;
    QString description; // RSS description, Atom subtitle/tagline (inline text)
    QString author;
    QString id;
    QString language;
    QList<Article> articles;
    // Each entry's summary/description as inline text, parallel to articles.
    // An article keeps it as its standfirst only when full content gave the
    // paragraphs; otherwise the summary is the body and is not repeated.
    QStringList summaries;
    // One line when the XML broke (with line and column) or was refused;
    // the items read before the break are kept.
    QString error;
};

} // namespace dateline
