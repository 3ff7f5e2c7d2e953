#include "libraryoptions.h"

#include "commandline.h"

#include "library/libraryerror.h"

namespace dateline::cli {

QCommandLineOption databaseOption()
{
    return QCommandLineOption(
        QStringLiteral("db"),
        QStringLiteral("The library file (default: $DATELINE_DB, else %1).").arg(Library::defaultPath()),
        QStringLiteral("PATH"));
}

QString libraryPath(const QCommandLineParser &parser, const QCommandLineOption &database)
{
    if (parser.isSet(database))
        return parser.value(database);
    const QString env = qEnvironmentVariable("DATELINE_DB");
    return env.isEmpty() ? Library::defaultPath() : env;
}

std::optional<Library> openLibrary(const QString &path, const QString &command)
{
    try {
        return Library::open(path);
    } catch (const LibraryError &e) {
        printError(command + QStringLiteral(": ") + e.message());
        return std::nullopt;
    }
}

} // namespace dateline::cli
