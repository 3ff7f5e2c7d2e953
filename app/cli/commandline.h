#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace dateline::cli {

// Parses a subcommand's arguments. On a usage error (unknown option, missing
// value) it prints one clear line to stderr and returns false; the caller then
// exits with status 2. `--help` prints the subcommand's help and exits 0.
bool parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments, bool *helpShown);

void printError(const QString &message);
void printOut(const QByteArray &bytes);

} // namespace dateline::cli
