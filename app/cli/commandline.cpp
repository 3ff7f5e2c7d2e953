#include "commandline.h"

#include "extract/extractor.h"
#include "import/importer.h"

#include <cstdio>

namespace dateline::cli {

bool parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments, bool *helpShown)
{
    *helpShown = false;
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("dateline-cli ") + command);
    if (!parser.parse(argv)) {
        printError(parser.errorText() + QStringLiteral(" (see dateline-cli %1 --help)").arg(command));
        return false;
    }
    if (parser.isSet(help)) {
        printOut(parser.helpText().toUtf8());
        *helpShown = true;
    }
    return true;
}

bool readMaxSize(const QCommandLineParser &parser, const QCommandLineOption &option, const QString &command,
                 ImportOptions *options)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const double mb = parser.value(option).toDouble(&ok);
    if (!ok || mb <= 0) {
        printError(QStringLiteral("%1: --max-size needs a positive number of megabytes").arg(command));
        return false;
    }
    options->maxFileBytes = qint64(mb * 1024 * 1024);
    return true;
}

int importAndExtract(const QStringList &files, const ImportOptions &options, QList<Article> *articles)
{
    int failures = 0;
    for (const QString &file : files) {
        ImportResult r = Importer::importFile(file, options);
        if (!r.ok()) {
            printError(QStringLiteral("%1: %2").arg(file, r.error));
            ++failures;
        }
        for (Article &a : r.articles) {
            a.extraction = Extractor::extract(a);
            articles->append(std::move(a));
        }
    }
    return failures;
}

void printError(const QString &message)
{
    const QByteArray line = QByteArrayLiteral("dateline-cli: ") + message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void printOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace dateline::cli
