#include "showcommand.h"

#include "clicommand.h"
#include "commandline.h"
#include "libraryoptions.h"

#include "library/libraryerror.h"
#include "render/articlejson.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace dateline::cli {

namespace {

QByteArray textReport(const StoredArticle &stored)
{
    const Article &a = stored.article;
    QString out;
    QTextStream s(&out);
    s << "== " << a.headline << "\n";
    s << "article " << stored.id << "  format: " << a.format << "  published: " << a.published
      << "  source: " << a.source << "\n";
    if (!a.authors.isEmpty())
        s << "by: " << a.authors.join(QStringLiteral(", ")) << "\n";
    if (!a.standfirst.isEmpty())
        s << "\n" << a.standfirst << "\n";
    for (int i = 0; i < a.paragraphs.size(); ++i)
        s << "\n[" << i + 1 << "] " << a.paragraphs.at(i) << "\n";
    if (!a.extraction.statements.isEmpty())
        s << "\nStatements:\n";
    for (const Statement &st : a.extraction.statements)
        s << "  [" << st.paragraph + 1 << "] " << st.speaker << ": " << st.text << "\n";
    s.flush();
    return out.toUtf8();
}

} // namespace

int runShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print one article of the library, as search results name it."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print the article as JSON (the extract format, plus its id)."));
    parser.addOptions({db, json});
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The article's id."));
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("show"), arguments, &helpShown))
        return ExitUsage;
    if (helpShown)
        return ExitOk;
    const QStringList ids = parser.positionalArguments();
    bool ok = false;
    const qint64 id = ids.size() == 1 ? ids.first().toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        printError(QStringLiteral("show: give one article ID (see dateline-cli show --help)"));
        return ExitUsage;
    }

    std::optional<Library> library = openLibrary(libraryPath(parser, db), QStringLiteral("show"));
    if (!library)
        return ExitFailure;
    try {
        const std::optional<StoredArticle> stored = library->article(id);
        if (!stored) {
            printError(QStringLiteral("show: there is no article %1 in the library").arg(id));
            return ExitFailure;
        }
        if (parser.isSet(json)) {
            QJsonObject o = ArticleJson::toJson(stored->article);
            o.insert(QStringLiteral("id"), stored->id);
            o.insert(QStringLiteral("source"), stored->article.source);
            o.insert(QStringLiteral("imported_at"), stored->importedAt);
            o.insert(QStringLiteral("extractor_version"), stored->extractorVersion);
            printOut(QJsonDocument(o).toJson(QJsonDocument::Indented));
        } else {
            printOut(textReport(*stored));
        }
    } catch (const LibraryError &e) {
        printError(QStringLiteral("show: %1").arg(e.message()));
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace dateline::cli
