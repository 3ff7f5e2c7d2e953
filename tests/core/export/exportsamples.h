#pragma once

#include "export/exportitem.h"

#include <QString>

namespace dateline::test {

// A hand-built article with a known extraction: characters outside the BMP
// in the headline and body (so UTF-16 and code-point offsets differ), two
// speakers, countries and an ambassador.
ExportItem sampleItem();
// The same article with hostile text in the body, the extraction and a note.
ExportItem hostileItem();

// Span of the n-th occurrence of needle in paragraph p of the article.
Statement statementAt(const Article &article, int paragraph, const QString &needle, const QString &speaker);

} // namespace dateline::test
