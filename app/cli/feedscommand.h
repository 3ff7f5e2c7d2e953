#pragma once

#include <QStringList>

namespace dateline::cli {

// dateline-cli feeds add|list|refresh|remove|import-opml|export-opml.
int runFeeds(const QStringList &arguments);

} // namespace dateline::cli
