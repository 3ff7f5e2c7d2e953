#include "searchcommand.h"

#include "clicommand.h"
#include "commandline.h"
#include "libraryoptions.h"

#include "library/libraryerror.h"
#include "util/unicodeoffsets.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace dateline::cli {

namespace {

bool parseDate(const QString &text, QDate *date)
{
    *date = QDate::fromString(text, Qt::ISODate);
    return date->isValid();
}

// The command-line contract counts code points; the library keeps UTF-16.
StatementHit withCodePointOffsets(Library &library, StatementHit h)
{
    const QString paragraph = library.paragraph(h.articleId, h.paragraph);
    h.start = codePointIndex(paragraph, h.start);
    h.end = codePointIndex(paragraph, h.end);
    return h;
}

QJsonObject toJson(const StatementHit &h)
{
    return QJsonObject {
        {QStringLiteral("article_id"), h.articleId},
        {QStringLiteral("headline"), h.headline},
        {QStringLiteral("published"), h.published},
        {QStringLiteral("speaker"), h.speaker},
        {QStringLiteral("text"), h.text},
        {QStringLiteral("snippet"), h.snippet},
        {QStringLiteral("paragraph"), h.paragraph},
        {QStringLiteral("start"), h.start},
        {QStringLiteral("end"), h.end},
        {QStringLiteral("statement_id"), h.statementId},
    };
}

QJsonObject toJson(const ArticleHit &h)
{
    return QJsonObject {
        {QStringLiteral("article_id"), h.articleId}, {QStringLiteral("headline"), h.headline},
        {QStringLiteral("published"), h.published},  {QStringLiteral("source"), h.source},
        {QStringLiteral("snippet"), h.snippet},
    };
}

template<typename Hit> QByteArray jsonDocument(const SearchResults<Hit> &r)
{
    QJsonArray results;
    for (const Hit &h : r.hits)
        results.append(toJson(h));
    const QJsonObject root {{QStringLiteral("total"), r.total}, {QStringLiteral("results"), results}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray textReport(const StatementResults &r, int offset)
{
    QString out;
    QTextStream s(&out);
    s << r.total << (r.total == 1 ? " statement" : " statements") << "\n";
    int n = offset;
    for (const StatementHit &h : r.hits) {
        s << "\n"
          << ++n << ". " << (h.speaker.isEmpty() ? QStringLiteral("(unknown speaker)") : h.speaker) << ": " << h.snippet
          << "\n";
        s << "   " << h.headline << " (" << (h.published.isEmpty() ? QStringLiteral("undated") : h.published)
          << ") article " << h.articleId << ", paragraph " << h.paragraph + 1 << "\n";
    }
    s.flush();
    return out.toUtf8();
}

QByteArray textReport(const ArticleResults &r, int offset)
{
    QString out;
    QTextStream s(&out);
    s << r.total << (r.total == 1 ? " article" : " articles") << "\n";
    int n = offset;
    for (const ArticleHit &h : r.hits) {
        s << "\n"
          << ++n << ". [" << h.articleId << "] " << h.headline << " ("
          << (h.published.isEmpty() ? QStringLiteral("undated") : h.published) << ")\n";
        s << "   " << h.snippet << "\n";
    }
    s.flush();
    return out.toUtf8();
}

} // namespace

int runSearch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Search the library. QUERY takes words, \"phrases\", prefixes*, -exclusions and OR. "
                       "With --statements, search what people said; --speaker or --country alone list "
                       "statements without QUERY."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption statements(QStringLiteral("statements"),
                                        QStringLiteral("Search statements instead of articles."));
    const QCommandLineOption speaker(QStringLiteral("speaker"),
                                     QStringLiteral("Only statements by this person (name, alias or the start of "
                                                    "one; case and accents do not matter)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption country(QStringLiteral("country"),
                                     QStringLiteral("Only articles mentioning this country (ISO code, e.g. TR)."),
                                     QStringLiteral("CODE"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Published on or after DATE (yyyy-mm-dd)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Published on or before DATE (yyyy-mm-dd)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption source(QStringLiteral("source"),
                                    QStringLiteral("Only this agency, or sources starting with this path or URL."),
                                    QStringLiteral("SOURCE"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Results per page (default 20)."),
                                   QStringLiteral("N"));
    const QCommandLineOption offset(QStringLiteral("offset"), QStringLiteral("Skip the first N results."),
                                    QStringLiteral("N"));
    const QCommandLineOption sort(QStringLiteral("sort"), QStringLiteral("relevance (default) or date (newest first)."),
                                  QStringLiteral("ORDER"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print {\"total\": N, \"results\": [...]} as JSON."));
    parser.addOptions({db, statements, speaker, country, from, to, source, limit, offset, sort, json});
    parser.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("What to look for."),
                                 QStringLiteral("[QUERY...]"));
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("search"), arguments, &helpShown))
        return ExitUsage;
    if (helpShown)
        return ExitOk;

    auto usageError = [](const QString &message) {
        printError(QStringLiteral("search: %1 (see dateline-cli search --help)").arg(message));
        return int(ExitUsage);
    };
    SearchFilter filter;
    filter.query = parser.positionalArguments().join(QLatin1Char(' '));
    filter.speaker = parser.value(speaker);
    filter.country = parser.value(country);
    filter.source = parser.value(source);
    const bool bySpeakerOrCountry = !filter.speaker.trimmed().isEmpty() || !filter.country.trimmed().isEmpty();
    if (filter.query.trimmed().isEmpty() && !(parser.isSet(statements) && bySpeakerOrCountry))
        return usageError(QStringLiteral("no QUERY given"));
    if (parser.isSet(from) && !parseDate(parser.value(from), &filter.from))
        return usageError(QStringLiteral("--from needs a date like 2024-03-31"));
    if (parser.isSet(to) && !parseDate(parser.value(to), &filter.to))
        return usageError(QStringLiteral("--to needs a date like 2024-03-31"));
    if (parser.isSet(limit)) {
        bool ok = false;
        filter.limit = parser.value(limit).toInt(&ok);
        if (!ok || filter.limit < 1)
            return usageError(QStringLiteral("--limit needs a positive number"));
    }
    if (parser.isSet(offset)) {
        bool ok = false;
        filter.offset = parser.value(offset).toInt(&ok);
        if (!ok || filter.offset < 0)
            return usageError(QStringLiteral("--offset needs a number of results to skip"));
    }
    if (parser.isSet(sort)) {
        const QString order = parser.value(sort);
        if (order == QLatin1String("date"))
            filter.order = SearchOrder::Newest;
        else if (order != QLatin1String("relevance"))
            return usageError(QStringLiteral("--sort takes relevance or date"));
    }

    std::optional<Library> library = openLibrary(libraryPath(parser, db), QStringLiteral("search"));
    if (!library)
        return ExitFailure;
    try {
        if (parser.isSet(statements)) {
            StatementResults r = library->searchStatements(filter);
            if (parser.isSet(json)) {
                for (StatementHit &h : r.hits)
                    h = withCodePointOffsets(*library, h);
            }
            printOut(parser.isSet(json) ? jsonDocument(r) : textReport(r, filter.offset));
        } else {
            const ArticleResults r = library->searchArticles(filter);
            printOut(parser.isSet(json) ? jsonDocument(r) : textReport(r, filter.offset));
        }
    } catch (const LibraryError &e) {
        printError(QStringLiteral("search: %1").arg(e.message()));
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace dateline::cli
