#pragma once

#include <QStringList>

namespace dateline::cli {

// `dateline-cli search [--statements] [filters] [--json] QUERY`: articles
// or past statements matching what was typed.
int runSearch(const QStringList &arguments);

} // namespace dateline::cli
