#pragma once

#include <QStringList>

namespace dateline::cli {

// `dateline-cli stats [--json]`: what the library holds.
int runStats(const QStringList &arguments);

} // namespace dateline::cli
