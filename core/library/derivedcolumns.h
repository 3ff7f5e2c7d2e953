#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace dateline {

// The values schema 6 no longer stores as they are read: an article's body
// (stored compressed), a statement's text (cut from its paragraph span) and
// its facet words (from the person, the article's date and its countries).
// The same functions serve the writer (to decide what can be left out, and
// to index) and SQLite, as dateline_body(), dateline_pack(), dateline_span()
// and dateline_facets(), which the views and triggers of the schema call;
// one implementation keeps the full-text indexes and the views in step.
class DerivedColumns final
{
public:
    // Registers the functions; false when SQLite refuses them.
    static bool registerWith(sqlite3 *db);

    // articles.body as stored: the UTF-8 text compressed when that makes it
    // smaller (`compressed` true: store it as a BLOB), else the text itself.
    static QByteArray packBody(const QByteArray &utf8, bool *compressed);
    // The UTF-8 text of a stored body; a damaged one reads as empty.
    static QByteArray unpackBody(const QByteArray &stored, bool compressed);

    // Characters [start, end) (UTF-16) of paragraph `paragraph` of a body
    // stored as ParagraphText describes; empty when there is none.
    // `bodyUtf8` is the unpacked body.
    static QString span(const QByteArray &bodyUtf8, const QString &lengths, int paragraph, int start, int end);
    // Characters [start, end) of one paragraph; empty when out of range.
    static QString spanOf(const QString &paragraph, int start, int end);
    // The same span as a view, for comparing without a copy.
    static QStringView spanViewOf(QStringView paragraph, int start, int end);

    // A statement's text as edits of its paragraph span, when it is the
    // span with a few pieces left out or put in (an interrupted quote
    // without its '”, she said, “', a partial quote without its quotation
    // marks): what statement_rows.edits holds. Empty when the text is not
    // that, or the edits would be no shorter than the text itself.
    //
    // Edits are runs of four parts: a varint of UTF-16 units kept, a varint
    // of units left out, a varint of UTF-8 bytes put in and those bytes.
    // What follows the last run is kept.
    static QByteArray textEdits(const QString &span, const QString &text);
    // The text the edits make of the span; damaged edits give the span.
    static QString applyEdits(const QString &span, QByteArrayView edits);
    // A statement's facet words (see SearchFacets) from its person (0 for
    // none), the article's publication date and the codes of the countries
    // the article mentions, in the order it mentions them.
    static QString facets(qint64 personId, const QString &published, const QStringList &countryCodes);
};

} // namespace dateline
