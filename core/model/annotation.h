#pragma once

#include <QString>
#include <QtGlobal>

namespace dateline {

// A reader's own highlight or note on an article, anchored the W3C Web
// Annotation way: a TextQuoteSelector (exact text with some context) and a
// TextPositionSelector. The quote is what makes the annotation survive
// re-extraction; the position only disambiguates between repeated quotes.
//
// start/end are UTF-16 code-unit offsets into Article::plainText(), the same
// unit QString, the reader's JavaScript and the extraction structs use, so no
// conversion is needed while editing. Exports that speak W3C (JSON-LD)
// convert them to Unicode code points as the specification requires.
struct UserAnnotation
{
    qint64 id = 0;
    QString exact; // TextQuoteSelector
    QString prefix;
    QString suffix;
    int start = 0; // TextPositionSelector, UTF-16 offsets into plainText()
    int end = 0;
    QString color; // CSS colour as #rgb or #rrggbb; anything else falls back to the default
    QString note; // empty: a plain highlight
    QString created; // ISO 8601
    QString updated; // ISO 8601

    bool isNote() const { return !note.isEmpty(); }

    friend bool operator==(const UserAnnotation &, const UserAnnotation &) = default;
};

} // namespace dateline
