#pragma once

#include <QStringList>

namespace dateline::cli {

// `dateline-cli import [--db PATH] PATH...`: files and folders into the
// library, progress on stderr, a summary at the end.
int runImport(const QStringList &arguments);

} // namespace dateline::cli
