#pragma once

#include <QStringList>

namespace dateline::cli {

// `dateline-cli export --format html|md|jsonld|csv --out PATH FILE...`:
// imports and extracts the files (no library needed) and writes one export.
int runExport(const QStringList &arguments);

} // namespace dateline::cli
