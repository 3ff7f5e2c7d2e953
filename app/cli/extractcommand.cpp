#include "extractcommand.h"

#include "clicommand.h"
#include "commandline.h"

#include "render/articlejson.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace dateline::cli {

namespace {

QByteArray textReport(const QList<Article> &articles)
{
    QString out;
    QTextStream s(&out);
    for (const Article &a : articles) {
        s << "== " << a.headline << "\n";
        s << "format: " << a.format << "  published: " << a.published << "  dateline: " << a.dateline << "\n";
        if (!a.authors.isEmpty())
            s << "by: " << a.authors.join(QStringLiteral(", ")) << "\n";
        s << a.paragraphs.size() << " paragraphs, " << a.extraction.statements.size() << " statements, "
          << a.extraction.countries.size() << " country mentions, " << a.extraction.ambassadors.size()
          << " ambassador mentions\n";
        for (const Statement &st : a.extraction.statements)
            s << "  [" << toString(st.kind) << "] " << st.speaker << ": " << st.text << "\n";
    }
    s.flush();
    return out.toUtf8();
}

} // namespace

int runExtract(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import files and print their articles with statements, "
                                                    "countries and ambassadors, without touching a library."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print {\"articles\": [...]} as JSON."));
    const QCommandLineOption maxSize(QStringLiteral("max-size"),
                                     QStringLiteral("Refuse files larger than <MB> megabytes (default 64)."),
                                     QStringLiteral("MB"));
    parser.addOptions({json, maxSize});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Files to read."), QStringLiteral("FILE..."));
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("extract"), arguments, &helpShown))
        return ExitUsage;
    if (helpShown)
        return ExitOk;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        printError(QStringLiteral("extract: no FILE given (see dateline-cli extract --help)"));
        return ExitUsage;
    }
    ImportOptions options;
    if (!readMaxSize(parser, maxSize, QStringLiteral("extract"), &options))
        return ExitUsage;

    QList<Article> articles;
    const int failures = importAndExtract(files, options, &articles);
    printOut(parser.isSet(json) ? ArticleJson::document(articles) : textReport(articles));
    return failures == 0 ? ExitOk : ExitFailure;
}

} // namespace dateline::cli
