#pragma once

#include "export/exportformat.h"
#include "export/exportitem.h"
#include "export/exportresult.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace dateline {

// Entry point for exports: renders articles in a format and writes the file
// atomically, so a failed or interrupted export never leaves a half-written
// file (nor replaces a good older one).
class Exporter final
{
public:
    using Format = ExportFormat;

    static QByteArray render(Format format, const QList<ExportItem> &items);
    static ExportResult write(Format format, const QList<ExportItem> &items, const QString &path);
    // Writes bytes to path through a temporary file renamed into place.
    static ExportResult writeFile(const QByteArray &bytes, const QString &path);
};

} // namespace dateline
