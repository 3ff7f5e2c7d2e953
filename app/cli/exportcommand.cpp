#include "exportcommand.h"

#include "clicommand.h"
#include "commandline.h"

#include "export/exporter.h"

#include <QCommandLineParser>

namespace dateline::cli {

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import FILEs, find their statements, countries and ambassadors, and write them all to one export file.\n"
        "Formats: html (one self-contained page, like the reader), md (Markdown), jsonld (W3C Web Annotations),\n"
        "csv (one row per statement). PDF is exported from the desktop app.\n"
        "For now articles come only from files; exporting from the library by article id or search query\n"
        "will follow when the command line can open a library."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Export format: html, md, jsonld or csv."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringList {QStringLiteral("o"), QStringLiteral("out")},
                                 QStringLiteral("File to write (replaced only once the export is complete)."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption maxSize(QStringLiteral("max-size"),
                                     QStringLiteral("Refuse input files larger than <MB> megabytes (default 64)."),
                                     QStringLiteral("MB"));
    parser.addOptions({format, out, maxSize});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Files to read."), QStringLiteral("FILE..."));
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("export"), arguments, &helpShown))
        return ExitUsage;
    if (helpShown)
        return ExitOk;

    if (!parser.isSet(format)) {
        printError(QStringLiteral("export: --format is required (html, md, jsonld or csv)"));
        return ExitUsage;
    }
    const std::optional<ExportFormat> chosen = exportFormatFromString(parser.value(format));
    if (!chosen) {
        printError(
            QStringLiteral("export: unknown format '%1' (use html, md, jsonld or csv)").arg(parser.value(format)));
        return ExitUsage;
    }
    if (!parser.isSet(out) || parser.value(out).isEmpty()) {
        printError(QStringLiteral("export: --out PATH is required"));
        return ExitUsage;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        printError(QStringLiteral("export: no FILE given (see dateline-cli export --help)"));
        return ExitUsage;
    }
    ImportOptions options;
    if (!readMaxSize(parser, maxSize, QStringLiteral("export"), &options))
        return ExitUsage;

    QList<Article> articles;
    const int failures = importAndExtract(files, options, &articles);
    QList<ExportItem> items;
    for (Article &a : articles)
        items.append(ExportItem {std::move(a), {}});
    if (items.isEmpty()) {
        printError(QStringLiteral("export: no articles to export; %1 not written").arg(parser.value(out)));
        return ExitFailure;
    }
    const ExportResult result = Exporter::write(*chosen, items, parser.value(out));
    if (!result.ok()) {
        printError(QStringLiteral("export: ") + result.error);
        return ExitFailure;
    }
    return failures == 0 ? ExitOk : ExitFailure;
}

} // namespace dateline::cli
