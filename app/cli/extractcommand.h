#pragma once

#include <QStringList>

namespace dateline::cli {

// `dateline-cli extract [--json] FILE...`: imports and extracts without a
// library and prints the articles (JSON contract in the README).
int runExtract(const QStringList &arguments);

} // namespace dateline::cli
