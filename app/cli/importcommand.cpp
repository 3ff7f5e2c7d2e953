#include "importcommand.h"

#include "clicommand.h"
#include "commandline.h"
#include "libraryoptions.h"

#include "library/importpipeline.h"
#include "library/libraryerror.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

#include <unistd.h>

namespace dateline::cli {

namespace {

// Ctrl+C cancels the import cleanly: the current batch is committed and
// the summary still printed. A lock-free atomic store is signal-safe.
std::atomic<ImportPipeline *> g_running {nullptr};

void onInterrupt(int)
{
    if (ImportPipeline *p = g_running.load())
        p->cancel();
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

void writeErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

// A one-line bar redrawn in place on a terminal; otherwise a plain line
// every few seconds so logs stay short.
class ProgressPrinter
{
public:
    ProgressPrinter()
        : m_terminal(isatty(fileno(stderr)) == 1)
    {
        m_clock.start();
    }

    void update(const ImportProgress &p)
    {
        const bool last = p.filesDone == p.filesTotal;
        const qint64 interval = m_terminal ? 100 : 2000;
        if (!last && m_clock.elapsed() - m_lastPrint < interval)
            return;
        m_lastPrint = m_clock.elapsed();
        const QString counts = QStringLiteral("%1/%2 files, %3/%4, %5 articles, %6 duplicates")
                                   .arg(p.filesDone)
                                   .arg(p.filesTotal)
                                   .arg(megabytes(p.bytesDone), megabytes(p.bytesTotal))
                                   .arg(p.imported)
                                   .arg(p.duplicates);
        if (m_terminal) {
            constexpr int width = 24;
            const int filled = p.filesTotal > 0 ? width * p.filesDone / p.filesTotal : width;
            QString line = QStringLiteral("\r[%1%2] %3  %4")
                               .arg(QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char(' ')),
                                    counts, p.currentFile.section(QLatin1Char('/'), -1));
            line = line.left(150);
            writeErr(line + QStringLiteral("\x1b[K"));
            m_dirty = true;
        } else {
            writeErr(QStringLiteral("import: %1\n").arg(counts));
        }
    }

    void finish()
    {
        if (m_dirty)
            writeErr(QStringLiteral("\n"));
    }

private:
    bool m_terminal;
    bool m_dirty = false;
    QElapsedTimer m_clock;
    qint64 m_lastPrint = -100000;
};

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import files and folders (recursively) into the library. "
                                                    "Articles already there are not stored again."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption threads(
        QStringLiteral("threads"),
        QStringLiteral("Files read in parallel (default: one per core but one, left to the writer)."),
        QStringLiteral("N"));
    const QCommandLineOption maxSize(QStringLiteral("max-size"),
                                     QStringLiteral("Refuse files larger than <MB> megabytes (default 64)."),
                                     QStringLiteral("MB"));
    parser.addOptions({db, threads, maxSize});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files or folders to import."),
                                 QStringLiteral("PATH..."));
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("import"), arguments, &helpShown))
        return ExitUsage;
    if (helpShown)
        return ExitOk;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        printError(QStringLiteral("import: no PATH given (see dateline-cli import --help)"));
        return ExitUsage;
    }
    ImportOptions options;
    if (parser.isSet(maxSize)) {
        bool ok = false;
        const double mb = parser.value(maxSize).toDouble(&ok);
        if (!ok || mb <= 0) {
            printError(QStringLiteral("import: --max-size needs a positive number of megabytes"));
            return ExitUsage;
        }
        options.maxFileBytes = qint64(mb * 1024 * 1024);
    }
    int threadCount = 0;
    if (parser.isSet(threads)) {
        bool ok = false;
        threadCount = parser.value(threads).toInt(&ok);
        if (!ok || threadCount < 1) {
            printError(QStringLiteral("import: --threads needs a positive number"));
            return ExitUsage;
        }
    }

    std::optional<Library> library = openLibrary(libraryPath(parser, db), QStringLiteral("import"));
    if (!library)
        return ExitFailure;

    ImportPipeline pipeline(*library);
    pipeline.setImportOptions(options);
    pipeline.setThreadCount(threadCount);
    ProgressPrinter printer;
    pipeline.setProgressCallback([&printer](const ImportProgress &p) { printer.update(p); });

    g_running.store(&pipeline);
    std::signal(SIGINT, onInterrupt);
    ImportSummary summary;
    try {
        summary = pipeline.run(paths);
    } catch (const LibraryError &e) {
        g_running.store(nullptr);
        printer.finish();
        printError(QStringLiteral("import: %1").arg(e.message()));
        return ExitFailure;
    }
    g_running.store(nullptr);
    std::signal(SIGINT, SIG_DFL);
    printer.finish();

    QString report = QStringLiteral("%1: %2 files, imported %3, duplicates %4, refused %5\n")
                         .arg(summary.cancelled ? QStringLiteral("import cancelled") : QStringLiteral("import done"))
                         .arg(summary.files)
                         .arg(summary.imported)
                         .arg(summary.duplicates)
                         .arg(summary.refused.size());
    for (const RefusedFile &r : std::as_const(summary.refused))
        report += QStringLiteral("  refused %1: %2\n").arg(r.path, r.reason);
    writeErr(report);
    return summary.refused.isEmpty() && !summary.cancelled ? ExitOk : ExitFailure;
}

} // namespace dateline::cli
