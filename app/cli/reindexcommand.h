#pragma once

#include <QStringList>

namespace dateline::cli {

// `dateline-cli reindex [--all]`: re-runs the extractors over stored
// articles after they improved, without importing again.
int runReindex(const QStringList &arguments);

} // namespace dateline::cli
