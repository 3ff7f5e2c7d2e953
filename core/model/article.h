#pragma once

#include "model/extraction.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dateline {

// One news story in the form every importer produces and everything
// downstream consumes: plain-text paragraphs plus metadata. Nothing here
// remembers the input format's markup.
struct Article
{
    QString source; // file path or URL the article came from
    QString format; // agency-text, text, html, rss, atom, rdf, newsml-g2, nitf
    QString section;
    QString headline;
    QString standfirst;
    QStringList authors;
    QString published; // ISO 8601: yyyy-MM-dd or yyyy-MM-ddTHH:mm[:ss][Z|±hh:mm]
    QString updated; // ISO 8601, as published
    QString dateline; // place line, e.g. "ISTANBUL"
    QString agency; // Reuters, AP, AFP, Anadolu Agency, ...
    QString caption;
    QString language; // BCP 47 tag when known
    QString link; // canonical URL when known
    QString guid; // feed item id / NewsML guid when known
    QStringList categories;
    QStringList paragraphs;

    Extraction extraction;

    // Hash of the normalised text (headline + paragraphs), used to store an
    // article once however often it is imported.
    QString contentHash() const;
    // The same SHA-256 as its 32 bytes, as a library stores it.
    QByteArray contentDigest() const;
    // Headline, standfirst and paragraphs joined by blank lines.
    QString plainText() const;
};

} // namespace dateline
