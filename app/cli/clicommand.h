#pragma once

#include <QString>
#include <QStringList>

namespace dateline::cli {

// Exit statuses shared by every subcommand.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// One dateline-cli subcommand: its name, the line `--help` shows for it, and
// the function that runs it with the arguments after the subcommand name.
struct CliCommand
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments);
};

} // namespace dateline::cli
