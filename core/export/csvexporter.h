#pragma once

#include "export/exportitem.h"

#include <QByteArray>
#include <QList>

namespace dateline {

// Statements as a spreadsheet: one row per statement with the columns
// date, speaker, role, kind, text, article headline, source, note; then one
// row per highlight or note of the reader's (kind "highlight" or "note",
// text the marked words, no speaker).
//
// RFC 4180 (CRLF rows, fields with comma, quote, CR or LF quoted, quotes
// doubled), UTF-8 with a byte-order mark because Excel and LibreOffice
// otherwise guess a legacy code page and garble non-ASCII names. Cells that
// a spreadsheet would run as a formula (= + - @ tab CR first) get a leading
// apostrophe, so a hostile article cannot plant =HYPERLINK or DDE calls.
class CsvExporter final
{
public:
    static QByteArray render(const QList<ExportItem> &items);
    // One field, quoted and neutralised as above.
    static QString field(const QString &value);
};

} // namespace dateline
