#pragma once

#include "import/importoptions.h"
#include "model/article.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

namespace dateline::cli {

// Parses a subcommand's arguments. On a usage error (unknown option, missing
// value) it prints one clear line to stderr and returns false; the caller then
// exits with status 2. `--help` prints the subcommand's help and exits 0.
bool parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments, bool *helpShown);

// Reads a --max-size value in megabytes into options. On a value that is not
// a positive number it prints why and returns false (a usage error).
bool readMaxSize(const QCommandLineParser &parser, const QCommandLineOption &option, const QString &command,
                 ImportOptions *options);

// Imports every file and runs extraction on its articles, appending them to
// articles. Refused files are reported on stderr, one line each, and counted.
int importAndExtract(const QStringList &files, const ImportOptions &options, QList<Article> *articles);

void printError(const QString &message);
void printOut(const QByteArray &bytes);

} // namespace dateline::cli
