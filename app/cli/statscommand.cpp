#include "statscommand.h"

#include "clicommand.h"
#include "commandline.h"
#include "libraryoptions.h"

#include "library/libraryerror.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>
#include <vector>

namespace dateline::cli {

int runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Count what the library holds."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the counts as a JSON object."));
    parser.addOptions({db, json});
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("stats"), arguments, &helpShown))
        return ExitUsage;
    if (helpShown)
        return ExitOk;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("stats: takes no arguments (see dateline-cli stats --help)"));
        return ExitUsage;
    }

    const QString path = libraryPath(parser, db);
    std::optional<Library> library = openLibrary(path, QStringLiteral("stats"));
    if (!library)
        return ExitFailure;
    LibraryStats s;
    try {
        s = library->stats();
    } catch (const LibraryError &e) {
        printError(QStringLiteral("stats: %1").arg(e.message()));
        return ExitFailure;
    }
    const std::vector<std::pair<const char *, qint64>> counts = {
        {"articles", s.articles},
        {"paragraphs", s.paragraphs},
        {"statements", s.statements},
        {"persons", s.persons},
        {"countries", s.countries},
        {"country_mentions", s.countryMentions},
        {"ambassador_mentions", s.ambassadorMentions},
        {"sources", s.sources},
        {"annotations", s.annotations},
        {"stale_articles", s.staleArticles},
        {"schema_version", s.schemaVersion},
        {"file_bytes", s.fileBytes},
    };
    if (parser.isSet(json)) {
        QJsonObject o;
        o.insert(QStringLiteral("path"), path);
        for (const auto &[key, value] : counts)
            o.insert(QLatin1String(key), value);
        printOut(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        QByteArray out = "library: " + path.toUtf8() + '\n';
        for (const auto &[key, value] : counts)
            out += QByteArray(key).leftJustified(20) + QByteArray::number(value) + '\n';
        printOut(out);
    }
    return ExitOk;
}

} // namespace dateline::cli
