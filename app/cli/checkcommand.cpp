#include "checkcommand.h"

#include "clicommand.h"
#include "commandline.h"
#include "libraryoptions.h"

#include "library/libraryerror.h"

#include <QCommandLineParser>

namespace dateline::cli {

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Check the library file, its foreign keys and both full-text "
                                                    "indexes. Exits with status 1 when something is wrong."));
    const QCommandLineOption db = databaseOption();
    parser.addOption(db);
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("check"), arguments, &helpShown))
        return ExitUsage;
    if (helpShown)
        return ExitOk;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("check: takes no arguments (see dateline-cli check --help)"));
        return ExitUsage;
    }
    const QString path = libraryPath(parser, db);
    std::optional<Library> library = openLibrary(path, QStringLiteral("check"));
    if (!library)
        return ExitFailure;
    QStringList problems;
    try {
        problems = library->check();
    } catch (const LibraryError &e) {
        problems << e.message();
    }
    if (problems.isEmpty()) {
        printOut("ok: " + path.toUtf8() + '\n');
        return ExitOk;
    }
    for (const QString &p : std::as_const(problems))
        printError(QStringLiteral("check: %1").arg(p));
    return ExitFailure;
}

} // namespace dateline::cli
