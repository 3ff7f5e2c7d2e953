// dateline-cli: the headless face of Dateline's core.

#include "benchcommand.h"
#include "checkcommand.h"
#include "clicommand.h"
#include "commandline.h"
#include "exportcommand.h"
#include "extractcommand.h"
#include "feedscommand.h"
#include "importcommand.h"
#include "reindexcommand.h"
#include "searchcommand.h"
#include "showcommand.h"
#include "statscommand.h"

#include <QCoreApplication>

#include <array>

using namespace dateline::cli;

namespace {

// Every subcommand, in the order `--help` lists them.
const std::array kCommands = {
    CliCommand {"import", "Import files and folders into the library.", runImport},
    CliCommand {"search", "Search articles or past statements (by words, speaker, country, date).", runSearch},
    CliCommand {"show", "Print one article of the library.", runShow},
    CliCommand {"stats", "Count what the library holds.", runStats},
    CliCommand {"check", "Check the library file and its full-text indexes.", runCheck},
    CliCommand {"feeds", "Subscribe to feeds, refresh them, import and export OPML lists.", runFeeds},
    CliCommand {"reindex", "Re-extract stored articles after the extractors improved.", runReindex},
    CliCommand {"extract", "Read files and print their articles, statements, countries and ambassadors.", runExtract},
    CliCommand {"export", "Read files and write them as HTML, Markdown, JSON-LD annotations or CSV.", runExport},
    CliCommand {"bench", "Measure import, extraction, storage and search speed.", runBench},
};

QByteArray usage()
{
    QByteArray text = "Usage: dateline-cli COMMAND [OPTIONS] [ARGS]\n"
                      "       dateline-cli --version | --help\n\n"
                      "Dateline reads news, finds who said what, which countries and which\n"
                      "ambassadors a story is about, and keeps it all searchable.\n\n"
                      "Commands:\n";
    for (const CliCommand &c : kCommands)
        text += "  " + QByteArray(c.name).leftJustified(10) + c.summary + '\n';
    text += "\nRun 'dateline-cli COMMAND --help' for a command's options.\n";
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dateline"));
    QCoreApplication::setOrganizationName(QStringLiteral("Dateline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DATELINE_VERSION));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        printError(QStringLiteral("no command given (see dateline-cli --help)"));
        return ExitUsage;
    }
    const QString first = args.takeFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printOut(usage());
        return ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        printOut(QByteArrayLiteral("dateline-cli " DATELINE_VERSION "\n"));
        return ExitOk;
    }
    for (const CliCommand &c : kCommands) {
        if (first == QLatin1String(c.name))
            return c.run(args);
    }
    if (first.startsWith(QLatin1Char('-')))
        printError(QStringLiteral("unknown option '%1' (see dateline-cli --help)").arg(first));
    else
        printError(QStringLiteral("unknown command '%1' (see dateline-cli --help)").arg(first));
    return ExitUsage;
}
