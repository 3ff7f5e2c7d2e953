#pragma once

#include <QStringList>

namespace dateline::cli {

// `dateline-cli show ID [--json]`: one stored article with its statements.
int runShow(const QStringList &arguments);

} // namespace dateline::cli
