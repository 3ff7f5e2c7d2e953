#pragma once

#include "export/exportitem.h"
#include "export/exportresult.h"

#include <QList>
#include <QString>

namespace dateline::cli {

// PDF for a headless command line: the HTML export is printed by the desktop
// app (`dateline --export-pdf IN.html OUT.pdf`, offscreen, in a process of
// its own), so dateline-cli links no Gui or WebEngine and the PDF looks like
// the HTML. The result is copied into place atomically.
class PdfExport final
{
public:
    // $DATELINE_DESKTOP, else `dateline` beside dateline-cli (or in the
    // build tree's app/desktop), else on PATH; empty when there is none.
    static QString desktopApp();
    static ExportResult write(const QList<ExportItem> &items, const QString &path);
};

} // namespace dateline::cli
