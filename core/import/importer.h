#pragma once

#include "import/documentformat.h"
#include "import/importoptions.h"
#include "import/importresult.h"

#include <QByteArray>
#include <QString>

namespace dateline {

// The one entry point for turning a file or a buffer into articles: checks
// the path, enforces the size limit, detects the format from the content and
// hands the bytes to the importer for that format.
class Importer final
{
public:
    static ImportResult importFile(const QString &path, const ImportOptions &options = {});
    static ImportResult importData(const QByteArray &data, const QString &source, const ImportOptions &options = {});
};

} // namespace dateline
