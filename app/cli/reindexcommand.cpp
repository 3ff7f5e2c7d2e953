#include "reindexcommand.h"

#include "clicommand.h"
#include "commandline.h"
#include "libraryoptions.h"

#include "library/libraryerror.h"

#include <QCommandLineParser>

namespace dateline::cli {

int runReindex(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Re-extract statements, countries and ambassadors of articles "
                                                    "extracted by an older version of the extractors."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("Re-extract every article."));
    parser.addOptions({db, all});
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("reindex"), arguments, &helpShown))
        return ExitUsage;
    if (helpShown)
        return ExitOk;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("reindex: takes no arguments (see dateline-cli reindex --help)"));
        return ExitUsage;
    }
    std::optional<Library> library = openLibrary(libraryPath(parser, db), QStringLiteral("reindex"));
    if (!library)
        return ExitFailure;
    try {
        const int done = library->reindex(parser.isSet(all));
        printOut(QByteArray("re-extracted ") + QByteArray::number(done) + (done == 1 ? " article\n" : " articles\n"));
    } catch (const LibraryError &e) {
        printError(QStringLiteral("reindex: %1").arg(e.message()));
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace dateline::cli
