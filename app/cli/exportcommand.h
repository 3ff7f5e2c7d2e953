#pragma once

#include <QStringList>

namespace dateline::cli {

// `dateline-cli export --format html|pdf|md|jsonld|csv --out PATH
// (ID... | --query Q [filters] | FILE...)`: exports library articles with
// the reader's annotations, or imports and extracts files (no library
// needed), into one file or one file per article in a folder.
int runExport(const QStringList &arguments);

} // namespace dateline::cli
