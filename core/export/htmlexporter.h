#pragma once

#include "export/exportitem.h"

#include <QByteArray>
#include <QList>

namespace dateline {

// Articles as one self-contained HTML file that looks like the reader: the
// reader's stylesheet inlined, the same highlight layers (statements by
// speaker colour, countries, ambassadors, the reader's highlights) with a
// legend, then statements by speaker, countries, ambassadors and notes.
// Several articles get a table of contents. No scripts, nothing remote: a
// Content-Security-Policy forbids both, and every piece of article or note
// text is escaped.
class HtmlExporter final
{
public:
    static QByteArray render(const QList<ExportItem> &items);
};

} // namespace dateline
