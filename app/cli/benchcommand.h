#pragma once

#include <QStringList>

namespace dateline::cli {

// `dateline-cli bench`: measures import, extraction and (with a library)
// storage and search on a generated corpus or a folder of real articles, and
// prints each figure as a median with its spread over several runs.
int runBench(const QStringList &arguments);

} // namespace dateline::cli
