#include "exportcommand.h"

#include "clicommand.h"
#include "commandline.h"
#include "libraryoptions.h"
#include "pdfexport.h"

#include "export/exporter.h"
#include "library/annotationstore.h"
#include "library/libraryerror.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dateline::cli {

namespace {

// One article to write, with the number its file name starts with (the
// library id, or its place among the files given).
struct Entry
{
    qint64 number = 0;
    ExportItem item;
};

bool isArticleId(const QString &argument)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    return digits.match(argument).hasMatch();
}

// A file name from the headline: ASCII letters and digits only, so no
// headline can name a path, a hidden file or a device.
QString slug(const QString &headline)
{
    QString out;
    for (const QChar c : headline.toLower()) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
        if (out.size() >= 60)
            break;
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("article") : out;
}

bool parseDate(const QString &text, QDate *date)
{
    *date = QDate::fromString(text, Qt::ISODate);
    return date->isValid();
}

// Article ids a search finds, in result order, each once; every page.
QList<qint64> searchIds(Library &library, SearchFilter filter, bool statements)
{
    QList<qint64> ids;
    QSet<qint64> seen;
    filter.limit = 1000;
    for (filter.offset = 0;; filter.offset += filter.limit) {
        QList<qint64> page;
        qint64 total = 0;
        if (statements) {
            const StatementResults r = library.searchStatements(filter);
            total = r.total;
            for (const StatementHit &h : r.hits)
                page << h.articleId;
        } else {
            const ArticleResults r = library.searchArticles(filter);
            total = r.total;
            for (const ArticleHit &h : r.hits)
                page << h.articleId;
        }
        for (qint64 id : page) {
            if (!seen.contains(id)) {
                seen.insert(id);
                ids << id;
            }
        }
        if (page.isEmpty() || filter.offset + filter.limit >= total)
            break;
    }
    return ids;
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Export articles with their statements, countries, ambassadors and your highlights and notes.\n"
        "Articles come from the library, by ID or by --query (with the search filters), or from FILEs,\n"
        "which are imported and extracted on the fly (a plain number is an article id; anything else\n"
        "is a file: write ./42 for a file named 42).\n"
        "Formats: html (one self-contained page, like the reader), pdf (that page printed; needs the\n"
        "desktop app installed beside dateline-cli), md (Markdown), jsonld (W3C Web Annotations),\n"
        "csv (one row per statement, highlight and note).\n"
        "--out PATH: a file gets everything in one document. An existing folder (or PATH ending in /)\n"
        "gets one file per article, NUMBER-headline.EXT, for html, pdf and md; csv and jsonld always\n"
        "write one combined file, named export.csv / export.jsonld in a folder.\n"
        "Files are written to a temporary file and renamed, so a failed export leaves nothing partial."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("Export format: html, pdf, md, jsonld or csv."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringList {QStringLiteral("o"), QStringLiteral("out")},
                                 QStringLiteral("File or folder to write."), QStringLiteral("PATH"));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption query(QStringLiteral("query"),
                                   QStringLiteral("Export the library's articles matching Q (as in search)."),
                                   QStringLiteral("Q"));
    const QCommandLineOption statements(
        QStringLiteral("statements"),
        QStringLiteral("With --query: export the articles of the statements that match, not the articles."));
    const QCommandLineOption speaker(
        QStringLiteral("speaker"),
        QStringLiteral("Only articles with statements by this person (alone: every one of them)."),
        QStringLiteral("NAME"));
    const QCommandLineOption country(QStringLiteral("country"),
                                     QStringLiteral("Only articles mentioning this country (ISO code)."),
                                     QStringLiteral("CODE"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Published on or after DATE (yyyy-mm-dd)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Published on or before DATE (yyyy-mm-dd)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption maxSize(QStringLiteral("max-size"),
                                     QStringLiteral("Refuse input FILEs larger than <MB> megabytes (default 64)."),
                                     QStringLiteral("MB"));
    parser.addOptions({format, out, db, query, statements, speaker, country, from, to, maxSize});
    parser.addPositionalArgument(QStringLiteral("ID|FILE"), QStringLiteral("Library article ids, or files to read."),
                                 QStringLiteral("[ID...|FILE...]"));
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("export"), arguments, &helpShown))
        return ExitUsage;
    if (helpShown)
        return ExitOk;

    const auto usageError = [](const QString &message) {
        printError(QStringLiteral("export: %1 (see dateline-cli export --help)").arg(message));
        return int(ExitUsage);
    };
    if (!parser.isSet(format))
        return usageError(QStringLiteral("--format is required (html, pdf, md, jsonld or csv)"));
    // PDF is the HTML export, printed.
    const bool pdf = parser.value(format).trimmed().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    const std::optional<ExportFormat> chosen
        = pdf ? std::optional(ExportFormat::Html) : exportFormatFromString(parser.value(format));
    if (!chosen)
        return usageError(
            QStringLiteral("unknown format '%1' (use html, pdf, md, jsonld or csv)").arg(parser.value(format)));
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return usageError(QStringLiteral("--out PATH is required"));

    const QStringList positional = parser.positionalArguments();
    const bool byQuery = parser.isSet(query) || parser.isSet(speaker) || parser.isSet(country);
    const bool byId = !positional.isEmpty() && std::all_of(positional.begin(), positional.end(), isArticleId);
    if (byQuery && !positional.isEmpty())
        return usageError(QStringLiteral("give article ids, files or --query, not several of them"));
    if (!byQuery && positional.isEmpty())
        return usageError(QStringLiteral("no ID, FILE or --query given"));
    if (!byQuery && (parser.isSet(statements) || parser.isSet(from) || parser.isSet(to)))
        return usageError(QStringLiteral("--statements, --from and --to go with --query"));

    SearchFilter filter;
    filter.query = parser.value(query);
    filter.speaker = parser.value(speaker);
    filter.country = parser.value(country);
    if (parser.isSet(from) && !parseDate(parser.value(from), &filter.from))
        return usageError(QStringLiteral("--from needs a date like 2024-03-31"));
    if (parser.isSet(to) && !parseDate(parser.value(to), &filter.to))
        return usageError(QStringLiteral("--to needs a date like 2024-03-31"));
    ImportOptions options;
    if (!readMaxSize(parser, maxSize, QStringLiteral("export"), &options))
        return ExitUsage;

    const QString outPath = parser.value(out);
    const bool toFolder = QFileInfo(outPath).isDir() || outPath.endsWith(QLatin1Char('/'));
    if (toFolder && !QFileInfo(outPath).isDir()) {
        printError(QStringLiteral("export: folder %1 does not exist").arg(QDir::toNativeSeparators(outPath)));
        return ExitFailure;
    }

    int failures = 0;
    QList<Entry> entries;
    if (byQuery || byId) {
        std::optional<Library> library = openLibrary(libraryPath(parser, db), QStringLiteral("export"));
        if (!library)
            return ExitFailure;
        try {
            QList<qint64> ids;
            if (byQuery) {
                // Without Q, --speaker and --country pick statements (as search does).
                ids = searchIds(*library, filter, parser.isSet(statements) || filter.query.trimmed().isEmpty());
            } else {
                for (const QString &p : positional)
                    ids << p.toLongLong();
            }
            AnnotationStore annotations(library->database());
            for (qint64 id : ids) {
                std::optional<StoredArticle> stored = library->article(id);
                if (!stored) {
                    printError(QStringLiteral("export: no article %1 in the library").arg(id));
                    ++failures;
                    continue;
                }
                entries << Entry {id, ExportItem {std::move(stored->article), annotations.list(id)}};
            }
        } catch (const LibraryError &e) {
            printError(QStringLiteral("export: %1").arg(e.message()));
            return ExitFailure;
        }
    } else {
        QList<Article> articles;
        failures = importAndExtract(positional, options, &articles);
        for (qsizetype i = 0; i < articles.size(); ++i)
            entries << Entry {i + 1, ExportItem {std::move(articles[i]), {}}};
    }
    if (entries.isEmpty()) {
        printError(QStringLiteral("export: no articles to export; %1 not written").arg(outPath));
        return ExitFailure;
    }

    const ExportFormat fmt = *chosen;
    const bool onePerArticle = toFolder && (fmt == ExportFormat::Html || fmt == ExportFormat::Markdown);
    const QString suffix = pdf ? QStringLiteral("pdf") : fileSuffix(fmt);
    QList<QPair<QString, QList<ExportItem>>> files;
    if (onePerArticle) {
        for (Entry &e : entries) {
            const QString name = QStringLiteral("%1-%2.%3").arg(e.number).arg(slug(e.item.article.headline), suffix);
            files.append({QDir(outPath).filePath(name), {std::move(e.item)}});
        }
    } else {
        QList<ExportItem> items;
        for (Entry &e : entries)
            items << std::move(e.item);
        const QString path = toFolder ? QDir(outPath).filePath(QStringLiteral("export.") + suffix) : outPath;
        files.append({path, items});
    }
    for (const auto &[path, items] : files) {
        const ExportResult result = pdf ? PdfExport::write(items, path) : Exporter::write(fmt, items, path);
        if (!result.ok()) {
            printError(QStringLiteral("export: ") + result.error);
            return ExitFailure;
        }
    }
    return failures == 0 ? ExitOk : ExitFailure;
}

} // namespace dateline::cli
