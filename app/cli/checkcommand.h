#pragma once

#include <QStringList>

namespace dateline::cli {

// `dateline-cli check`: integrity of the file, keys and full-text indexes;
// exits 1 when anything is wrong.
int runCheck(const QStringList &arguments);

} // namespace dateline::cli
