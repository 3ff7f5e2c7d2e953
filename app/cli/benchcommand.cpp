#include "benchcommand.h"

#include "clicommand.h"
#include "commandline.h"

#include "bench/corpusgenerator.h"
#include "bench/fts5baseline.h"
#include "extract/extractor.h"
#include "import/importer.h"
#include "library/importpipeline.h"
#include "library/library.h"
#include "library/libraryerror.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <ctime>

#include <algorithm>
#include <functional>

namespace dateline::cli {

namespace {

struct Document
{
    QByteArray bytes;
    QString name;
};

struct Stats
{
    double median = 0;
    double low = 0;
    double high = 0;
};

Stats summarise(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return {};
    const qsizetype n = values.size();
    const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return {median, values.first(), values.last()};
}

qint64 totalBytes(const QList<Document> &docs)
{
    qint64 sum = 0;
    for (const Document &d : docs)
        sum += d.bytes.size();
    return sum;
}

// Runs `work` `runs` times and returns the seconds each run took.
QList<double> timeRuns(int runs, const std::function<void()> &work)
{
    QList<double> seconds;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        work();
        seconds << double(timer.nsecsElapsed()) / 1e9;
    }
    return seconds;
}

// CPU time this process has used, in seconds. On a shared, loaded machine
// wall time also counts the time other processes held the core; the
// parse figures give both.
double processCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

QList<double> rates(const QList<double> &seconds, double amount)
{
    QList<double> out;
    for (double s : seconds)
        out << (s > 0 ? amount / s : 0);
    return out;
}

class Report
{
public:
    explicit Report(QTextStream &out)
        : m_out(out)
    {
        m_out << QStringLiteral("%1 %2 %3 %4\n")
                     .arg(QStringLiteral("figure"), -46)
                     .arg(QStringLiteral("median"), 12)
                     .arg(QStringLiteral("min"), 12)
                     .arg(QStringLiteral("max"), 12);
        m_out.flush();
    }
    void row(const QString &figure, const Stats &s, const QString &unit)
    {
        m_out << QStringLiteral("%1 %2 %3 %4  %5\n")
                     .arg(figure, -46)
                     .arg(s.median, 12, 'f', 2)
                     .arg(s.low, 12, 'f', 2)
                     .arg(s.high, 12, 'f', 2)
                     .arg(unit);
        m_out.flush();
    }
    void line(const QString &text)
    {
        m_out << text << '\n';
        m_out.flush();
    }

private:
    QTextStream &m_out;
};

QList<Document> loadFolder(const QString &folder)
{
    QList<Document> docs;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.size() > 64 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
            continue;
        docs.append({f.readAll(), path});
    }
    return docs;
}

double peakMemoryMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

// The baseline extraction is compared with: read the paragraphs and split
// them into sentences, the least any statement finder has to do.
qsizetype splitSentences(const QList<Article> &articles)
{
    qsizetype sentences = 0;
    for (const Article &a : articles) {
        for (const QString &p : a.paragraphs) {
            qsizetype start = 0;
            for (qsizetype i = 0; i + 1 < p.size(); ++i) {
                const QChar c = p.at(i);
                if ((c == QLatin1Char('.') || c == QLatin1Char('?') || c == QLatin1Char('!'))
                    && p.at(i + 1).isSpace()) {
                    const QStringView sentence = QStringView(p).mid(start, i + 1 - start).trimmed();
                    sentences += sentence.isEmpty() ? 0 : 1;
                    start = i + 2;
                }
            }
            ++sentences;
        }
    }
    return sentences;
}

// A folder of files to import, with what the bare FTS5 baseline inserts:
// the articles they parse into, as the library stores their text.
struct ImportInput
{
    QString folder;
    QList<Fts5Baseline::Row> rows;
    qint64 bytes = 0;
};

ImportInput readImportInput(const QString &folder)
{
    ImportInput input {folder, {}, 0};
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        input.bytes += QFileInfo(path).size();
        for (const Article &a : Importer::importFile(path).articles)
            input.rows.append({a.headline, a.standfirst, a.paragraphs.join(QStringLiteral("\n\n"))});
    }
    return input;
}

qint64 folderBytes(const QString &folder)
{
    qint64 bytes = 0;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        bytes += QFileInfo(it.next()).size();
    return bytes;
}

// Writes stories [first, end) as wire text files, 500 to a subfolder so no
// folder grows huge.
void writeStories(CorpusGenerator &gen, const QString &folder, int first, int end)
{
    for (int i = first; i < end; ++i) {
        const QString dir = QStringLiteral("%1/%2").arg(folder).arg(i / 500, 4, 10, QLatin1Char('0'));
        if (i == first || i % 500 == 0)
            QDir().mkpath(dir);
        QFile f(QStringLiteral("%1/story%2.txt").arg(dir).arg(i, 7, 10, QLatin1Char('0')));
        if (f.open(QIODevice::WriteOnly))
            f.write(gen.wireStory(i));
    }
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

qint64 databaseBytes(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size() + QFileInfo(path).size();
}

// Seconds of one run of `work`.
double timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}

constexpr int kBatch = 200; // ImportPipeline's default batch size

// End-to-end import (read, parse, extract, store, index) beside a bare
// FTS5 insert of the same texts, each into a new file per run. The runs
// take turns (library, bare, library, bare...) so that a slower minute of
// a shared machine weighs on both. The last library run is written to
// `keepPath` (and kept) unless that is empty. Returns the articles the
// library stored.
int compareImport(Report &report, const QString &label, const QString &folder, int runs, const QDir &work,
                  const QString &keepPath)
{
    QList<double> librarySeconds;
    int stored = 0;
    int refused = 0;
    const auto libraryRun = [&](int r) {
        const bool last = r + 1 == runs && !keepPath.isEmpty();
        const QString path = last ? keepPath : work.filePath(QStringLiteral("import.sqlite"));
        librarySeconds << timed([&] {
            Library library = Library::open(path);
            ImportPipeline pipeline(library);
            pipeline.setBatchSize(kBatch);
            const ImportSummary summary = pipeline.run({folder});
            stored = summary.imported;
            refused = int(summary.refused.size());
        });
        if (!last)
            removeDatabase(path);
    };
    libraryRun(0);
    // Before the baseline's texts are held in memory.
    report.line(QStringLiteral("peak memory after the library import: %1 MB").arg(peakMemoryMb(), 0, 'f', 1));
    const ImportInput input = readImportInput(folder);
    const double mb = double(input.bytes) / (1024.0 * 1024.0);
    const double articles = double(input.rows.size());
    QList<double> bareSeconds;
    // The same bare insert through the layer that writes the library's log
    // (BufferedWalVfs): SQLite's own is the floor the goal is set against,
    // this one says how much of the ratio that layer makes.
    QList<double> bufferedSeconds;
    QString bareError;
    for (int r = 0; r < runs && bareError.isEmpty(); ++r) {
        const QString path = work.filePath(QStringLiteral("bare.sqlite"));
        bareSeconds << timed([&] { bareError = Fts5Baseline::insertAll(path, input.rows, kBatch); });
        removeDatabase(path);
        if (!bareError.isEmpty())
            break;
        bufferedSeconds << timed([&] {
            bareError = Fts5Baseline::insertAll(path, input.rows, kBatch, Fts5Baseline::Files::LibraryBufferedLog);
        });
        removeDatabase(path);
        if (r + 1 < runs)
            libraryRun(r + 1);
    }
    const Stats libraryRate = summarise(rates(librarySeconds, articles));
    report.row(QStringLiteral("library import %1, articles/s").arg(label), libraryRate,
               QStringLiteral("articles/s (%1 articles parsed, %2 stored, %3 files refused)")
                   .arg(input.rows.size())
                   .arg(stored)
                   .arg(refused));
    report.row(QStringLiteral("library import %1, MB/s").arg(label), summarise(rates(librarySeconds, mb)),
               QStringLiteral("MB/s (%1 MB of files)").arg(mb, 0, 'f', 1));
    if (!bareError.isEmpty()) {
        report.line(QStringLiteral("bare FTS5 insert failed: %1").arg(bareError));
        return stored;
    }
    const Stats bareRate = summarise(rates(bareSeconds, articles));
    report.row(QStringLiteral("bare FTS5 insert %1, articles/s").arg(label), bareRate, QStringLiteral("articles/s"));
    report.row(QStringLiteral("bare FTS5 insert %1, MB/s").arg(label), summarise(rates(bareSeconds, mb)),
               QStringLiteral("MB/s (same files' MB, batches of %1)").arg(kBatch));
    const Stats bufferedRate = summarise(rates(bufferedSeconds, articles));
    report.row(QStringLiteral("bare FTS5 insert %1 through the library's log layer, articles/s").arg(label),
               bufferedRate, QStringLiteral("articles/s (for reference, not the goal's floor)"));
    // Each library run is paired with the bare runs right after it: a
    // minute in which the shared machine is slower weighs on both runs of
    // a pair, where it would move only one of the two medians.
    const auto pairedWith = [&](const QList<double> &floor) {
        QList<double> paired;
        for (qsizetype r = 0; r < qMin(librarySeconds.size(), floor.size()); ++r) {
            if (librarySeconds[r] > 0)
                paired << floor[r] / librarySeconds[r];
        }
        return paired;
    };
    const QList<double> paired = pairedWith(bareSeconds);
    const Stats pairedRatio = summarise(paired);
    report.line(QStringLiteral("ratio library import / bare FTS5 insert: %1 (goal >= 0.40; median of %2 paired runs, "
                               "lowest %3, highest %4; ratio of the medians %5)")
                    .arg(pairedRatio.median, 0, 'f', 3)
                    .arg(paired.size())
                    .arg(pairedRatio.low, 0, 'f', 3)
                    .arg(pairedRatio.high, 0, 'f', 3)
                    .arg(bareRate.median > 0 ? libraryRate.median / bareRate.median : 0.0, 0, 'f', 3));
    const Stats bufferedRatio = summarise(pairedWith(bufferedSeconds));
    report.line(QStringLiteral("ratio library import / bare FTS5 insert through the library's log layer: %1 "
                               "(for reference; median of paired runs, lowest %2, highest %3)")
                    .arg(bufferedRatio.median, 0, 'f', 3)
                    .arg(bufferedRatio.low, 0, 'f', 3)
                    .arg(bufferedRatio.high, 0, 'f', 3));
    return stored;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

// Words of five letters or more from the quoted clauses: ones stories hold.
QStringList queryWords()
{
    QStringList words;
    for (const QString &clause : CorpusGenerator::quoteClauses()) {
        for (const QString &w : clause.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (w.size() >= 5 && !words.contains(w))
                words << w;
        }
    }
    return words;
}

// Search latency of one kind of query: p50/p95/p99 in each run, reported
// as their median and spread over the runs.
void searchLatency(Report &report, const QString &label, int runs, int queries,
                   const std::function<qint64(QRandomGenerator &)> &search)
{
    QList<double> p50;
    QList<double> p95;
    QList<double> p99;
    qint64 hits = 0;
    for (int r = 0; r < runs; ++r) {
        // The same queries every run, so runs differ only in timing.
        QRandomGenerator rng(20260116);
        QList<double> ms;
        hits = 0;
        for (int q = 0; q < queries; ++q) {
            QElapsedTimer timer;
            timer.start();
            hits += search(rng);
            ms << double(timer.nsecsElapsed()) / 1e6;
        }
        p50 << percentile(ms, 0.50);
        p95 << percentile(ms, 0.95);
        p99 << percentile(ms, 0.99);
    }
    const QString unit = QStringLiteral("ms (%1 queries, %2 hits in all)").arg(queries).arg(hits);
    report.row(QStringLiteral("%1, p50").arg(label), summarise(p50), unit);
    report.row(QStringLiteral("%1, p95").arg(label), summarise(p95), QStringLiteral("ms"));
    report.row(QStringLiteral("%1, p99").arg(label), summarise(p99), QStringLiteral("ms"));
}

void measureSearch(Report &report, const QString &path, int runs, int queries)
{
    const QStringList speakers = CorpusGenerator::speakers();
    const QStringList codes = CorpusGenerator::countryCodes();
    const QStringList clauses = CorpusGenerator::quoteClauses();
    const QStringList words = queryWords();
    const auto any = [](QRandomGenerator &rng, const QStringList &list) {
        return list.at(qsizetype(rng.bounded(quint32(list.size()))));
    };

    report.row(QStringLiteral("library open (new connection), ms"), summarise([&] {
                   QList<double> ms;
                   for (int r = 0; r < std::max(runs, 5); ++r)
                       ms << timed([&] { Library::open(path); }) * 1000;
                   return ms;
               }()),
               QStringLiteral("ms"));

    Library library = Library::open(path);
    const LibraryStats stats = library.stats();
    report.line(QStringLiteral("# search library: %1 articles, %2 statements, %3 paragraphs")
                    .arg(stats.articles)
                    .arg(stats.statements)
                    .arg(stats.paragraphs));
    searchLatency(report, QStringLiteral("statement search, word + speaker"), runs, queries,
                  [&](QRandomGenerator &rng) {
                      SearchFilter filter;
                      filter.query = any(rng, words);
                      filter.speaker = any(rng, speakers);
                      return library.searchStatements(filter).total;
                  });
    searchLatency(
        report, QStringLiteral("statement search, phrase + date + country"), runs, queries, [&](QRandomGenerator &rng) {
            const QStringList clause = any(rng, clauses).split(QLatin1Char(' '));
            const qsizetype start = qsizetype(rng.bounded(quint32(std::max<qsizetype>(1, clause.size() - 2))));
            SearchFilter filter;
            filter.query = QLatin1Char('"') + clause.mid(start, 3).join(QLatin1Char(' ')) + QLatin1Char('"');
            filter.country = any(rng, codes);
            filter.from = QDate(2020 + int(rng.bounded(6)), 1, 1);
            filter.to = filter.from.addYears(2).addDays(-1);
            return library.searchStatements(filter).total;
        });
    searchLatency(report, QStringLiteral("article search, word"), runs, queries, [&](QRandomGenerator &rng) {
        SearchFilter filter;
        filter.query
            = rng.bounded(2) ? any(rng, words) : any(rng, CorpusGenerator::topics()).split(QLatin1Char(' ')).last();
        return library.searchArticles(filter).total;
    });
}

} // namespace

int runBench(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measure import and extraction speed on a generated corpus "
                                                    "(or a folder of real articles) and print median and spread."));
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("A run of under a minute."));
    const QCommandLineOption articles(QStringLiteral("articles"),
                                      QStringLiteral("Generated articles: per format for the format figures (at "
                                                     "most 10000), and imported end to end (at least 2000; "
                                                     "default 2000, 300 per format with --quick)."),
                                      QStringLiteral("N"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   QStringLiteral("Articles in the library that is searched (default: the "
                                                  "larger of 10000 and the articles imported; with --quick "
                                                  "the articles imported)."),
                                   QStringLiteral("N"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Runs per figure (default 5, 3 with --quick)."), QStringLiteral("N"));
    const QCommandLineOption folder(QStringLiteral("folder"),
                                    QStringLiteral("Also measure the files of this folder (recursive)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Keep the searched library as DIR/library.sqlite."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Corpus seed (default 20260116)."),
                                  QStringLiteral("N"));
    const QCommandLineOption searchOnly(QStringLiteral("search-library"),
                                        QStringLiteral("Only measure opening and searching this existing library "
                                                       "(e.g. one kept with --keep); nothing is imported."),
                                        QStringLiteral("PATH"));
    parser.addOptions({quick, articles, scale, runsOption, folder, keep, seed, searchOnly});
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("bench"), arguments, &helpShown))
        return ExitUsage;
    if (helpShown)
        return ExitOk;

    const auto intOption = [&](const QCommandLineOption &option, int fallback, int *out) {
        if (!parser.isSet(option)) {
            *out = fallback;
            return true;
        }
        bool ok = false;
        *out = parser.value(option).toInt(&ok);
        if (!ok || *out <= 0) {
            printError(QStringLiteral("bench: --%1 needs a positive number").arg(option.names().first()));
            return false;
        }
        return true;
    };
    int requested = 0;
    int runs = 0;
    int seedValue = 0;
    int scaleCount = 0;
    if (!intOption(articles, parser.isSet(quick) ? 300 : 2000, &requested)
        || !intOption(runsOption, parser.isSet(quick) ? 3 : 5, &runs) || !intOption(seed, 20260116, &seedValue))
        return ExitUsage;
    // Holding every format of 100,000 stories in memory would take
    // gigabytes and say nothing more about throughput than 10,000 do.
    const int count = std::min(requested, 10000);
    const int importCount = std::max(requested, 2000);
    // --quick searches the imported library as it is: growing it to 10,000
    // articles alone takes longer than the minute --quick has.
    if (!intOption(scale, parser.isSet(quick) ? importCount : std::max(importCount, 10000), &scaleCount))
        return ExitUsage;
    scaleCount = std::max(scaleCount, importCount);

    if (parser.isSet(searchOnly)) {
        const QString path = parser.value(searchOnly);
        if (!QFileInfo(path).isFile()) {
            printError(QStringLiteral("bench: there is no library at %1").arg(path));
            return ExitFailure;
        }
        QTextStream out(stdout);
        Report report(out);
        report.line(QStringLiteral("# search only: %1, %2 runs per figure").arg(path).arg(runs));
        try {
            measureSearch(report, path, runs, parser.isSet(quick) ? 20 : 100);
        } catch (const LibraryError &e) {
            printError(QStringLiteral("bench: %1").arg(e.message()));
            return ExitFailure;
        }
        return ExitOk;
    }

    QTemporaryDir work;
    if (!work.isValid()) {
        printError(QStringLiteral("bench: cannot create a temporary folder: %1").arg(work.errorString()));
        return ExitFailure;
    }
    QString libraryPath = work.filePath(QStringLiteral("library.sqlite"));
    if (parser.isSet(keep)) {
        QDir().mkpath(parser.value(keep));
        libraryPath = QDir(parser.value(keep)).absoluteFilePath(QStringLiteral("library.sqlite"));
        if (QFile::exists(libraryPath)) {
            printError(QStringLiteral("bench: %1 exists already; it is left alone").arg(libraryPath));
            return ExitFailure;
        }
    }

    QTextStream out(stdout);
    Report report(out);
    CorpusGenerator gen {quint64(seedValue)};

    // The library first, so peak memory is the import's and not that of
    // the corpora the format figures hold in memory.
    report.line(QStringLiteral("# library: %1 generated wire stories imported end to end, searched at %2, "
                               "seed %3, %4 runs per figure")
                    .arg(importCount)
                    .arg(scaleCount)
                    .arg(seedValue)
                    .arg(runs));
    try {
        const QString stories = work.filePath(QStringLiteral("stories"));
        writeStories(gen, stories, 0, importCount);
        compareImport(report, QStringLiteral("(wire stories)"), stories, runs, QDir(work.path()), libraryPath);
        qint64 inputBytes = folderBytes(stories);
        if (scaleCount > importCount) {
            const QString more = work.filePath(QStringLiteral("more"));
            writeStories(gen, more, importCount, scaleCount);
            int stored = 0;
            const double seconds = timed([&] {
                Library library = Library::open(libraryPath);
                ImportPipeline pipeline(library);
                pipeline.setBatchSize(kBatch);
                stored = pipeline.run({more}).imported;
            });
            inputBytes += folderBytes(more);
            QDir(more).removeRecursively();
            report.line(QStringLiteral("grew the library by %1 articles to %2 at %3 articles/s (one run); "
                                       "peak memory %4 MB")
                            .arg(stored)
                            .arg(scaleCount)
                            .arg(seconds > 0 ? double(stored) / seconds : 0.0, 0, 'f', 1)
                            .arg(peakMemoryMb(), 0, 'f', 1));
        }
        QDir(stories).removeRecursively();
        const qint64 dbBytes = databaseBytes(libraryPath);
        report.line(QStringLiteral("database size: %1 MB for %2 MB of input files: %3x (goal <= 2.5x)")
                        .arg(double(dbBytes) / (1024.0 * 1024.0), 0, 'f', 1)
                        .arg(double(inputBytes) / (1024.0 * 1024.0), 0, 'f', 1)
                        .arg(inputBytes > 0 ? double(dbBytes) / double(inputBytes) : 0.0, 0, 'f', 2));
        measureSearch(report, libraryPath, runs, parser.isSet(quick) ? 20 : 100);
        if (parser.isSet(folder))
            compareImport(report, QStringLiteral("(folder)"), parser.value(folder), runs, QDir(work.path()), {});
    } catch (const LibraryError &e) {
        printError(QStringLiteral("bench: %1").arg(e.message()));
        return ExitFailure;
    }

    report.line(QStringLiteral("# formats: %1 generated articles per format, seed %2, %3 runs per figure")
                    .arg(count)
                    .arg(seedValue)
                    .arg(runs));

    QList<std::pair<QString, QList<Document>>> corpora;
    QList<Document> wire;
    QList<Document> agency;
    QList<Document> html;
    QList<Document> newsml;
    for (int i = 0; i < count; ++i) {
        wire.append({gen.wireStory(i, i % 2 ? CorpusGenerator::Style::Reuters : CorpusGenerator::Style::AP),
                     QStringLiteral("wire.txt")});
        agency.append({gen.wireStory(i, CorpusGenerator::Style::Agency), QStringLiteral("agency.txt")});
        html.append({gen.htmlPage(i), QStringLiteral("page.html")});
        newsml.append({gen.newsmlItem(i), QStringLiteral("item.xml")});
    }
    QList<Document> feeds;
    for (int i = 0; i < count; i += 20)
        feeds.append({gen.rssFeed(i, 20), QStringLiteral("feed.xml")});
    corpora.append({QStringLiteral("agency text"), agency});
    corpora.append({QStringLiteral("plain text (Reuters/AP)"), wire});
    corpora.append({QStringLiteral("HTML pages"), html});
    corpora.append({QStringLiteral("RSS feeds"), feeds});
    corpora.append({QStringLiteral("NewsML-G2"), newsml});
    if (parser.isSet(folder)) {
        const QList<Document> real = loadFolder(parser.value(folder));
        if (real.isEmpty()) {
            printError(QStringLiteral("bench: no readable files in %1").arg(parser.value(folder)));
            return ExitFailure;
        }
        corpora.append({QStringLiteral("folder %1").arg(parser.value(folder)), real});
    }

    // Import: parse each document into articles, one core.
    QList<Article> extractionInput;
    for (const auto &corpus : corpora) {
        // Named references, not a structured binding: lambdas may capture them.
        const QString &label = corpus.first;
        const QList<Document> &docs = corpus.second;
        const double mb = double(totalBytes(docs)) / (1024.0 * 1024.0);
        qsizetype produced = 0;
        qsizetype refused = 0;
        QList<double> cpuSeconds;
        const QList<double> seconds = timeRuns(runs, [&] {
            const double cpuStart = processCpuSeconds();
            produced = 0;
            refused = 0;
            for (const Document &d : docs) {
                const ImportResult r = Importer::importData(d.bytes, d.name);
                produced += r.articles.size();
                refused += r.ok() ? 0 : 1;
            }
            cpuSeconds << processCpuSeconds() - cpuStart;
        });
        report.row(QStringLiteral("import %1, MB/s").arg(label), summarise(rates(seconds, mb)), QStringLiteral("MB/s"));
        report.row(QStringLiteral("import %1, MB/s of CPU time").arg(label), summarise(rates(cpuSeconds, mb)),
                   QStringLiteral("MB/s (process CPU time, less disturbed by other processes)"));
        report.row(QStringLiteral("import %1, articles/s").arg(label), summarise(rates(seconds, double(produced))),
                   QStringLiteral("articles/s (%1 articles, %2 refused, %3 MB)")
                       .arg(produced)
                       .arg(refused)
                       .arg(mb, 0, 'f', 1));
        if (label.startsWith(QLatin1String("agency")) || label.startsWith(QLatin1String("plain"))) {
            for (const Document &d : docs)
                extractionInput += Importer::importData(d.bytes, d.name).articles;
        }
    }

    // Extraction beside the read-and-split baseline, same articles, same process.
    qint64 textBytes = 0;
    for (const Article &a : extractionInput) {
        for (const QString &p : a.paragraphs)
            textBytes += p.toUtf8().size();
    }
    const double textMb = double(textBytes) / (1024.0 * 1024.0);
    qsizetype sentences = 0;
    const Stats baseline
        = summarise(rates(timeRuns(runs, [&] { sentences = splitSentences(extractionInput); }), textMb));
    qsizetype statements = 0;
    qsizetype mentions = 0;
    QList<double> extractionCpuSeconds;
    const Stats extraction = summarise(rates(timeRuns(runs,
                                                      [&] {
                                                          const double cpuStart = processCpuSeconds();
                                                          statements = 0;
                                                          mentions = 0;
                                                          for (const Article &a : extractionInput) {
                                                              const Extraction e = Extractor::extract(a);
                                                              statements += e.statements.size();
                                                              mentions += e.countries.size() + e.ambassadors.size();
                                                          }
                                                          extractionCpuSeconds << processCpuSeconds() - cpuStart;
                                                      }),
                                             textMb));
    report.row(QStringLiteral("extraction, MB/s of article text"), extraction,
               QStringLiteral("MB/s (%1 statements, %2 mentions in %3 MB)")
                   .arg(statements)
                   .arg(mentions)
                   .arg(textMb, 0, 'f', 1));
    report.row(QStringLiteral("extraction, MB/s of CPU time"), summarise(rates(extractionCpuSeconds, textMb)),
               QStringLiteral("MB/s (process CPU time, less disturbed by other processes)"));
    report.row(QStringLiteral("baseline read + split sentences, MB/s"), baseline,
               QStringLiteral("MB/s (%1 sentences)").arg(sentences));
    report.line(QStringLiteral("ratio extraction / baseline: %1")
                    .arg(baseline.median > 0 ? extraction.median / baseline.median : 0.0, 0, 'f', 3));
    report.line(QStringLiteral("peak memory: %1 MB").arg(peakMemoryMb(), 0, 'f', 1));
    return ExitOk;
}

} // namespace dateline::cli
