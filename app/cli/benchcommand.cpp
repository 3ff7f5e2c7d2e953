#include "benchcommand.h"

#include "clicommand.h"
#include "commandline.h"

#include "bench/corpusgenerator.h"
#include "extract/extractor.h"
#include "import/importer.h"

#include <QCommandLineParser>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <sys/resource.h>

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

} // namespace

int runBench(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measure import and extraction speed on a generated corpus "
                                                    "(or a folder of real articles) and print median and spread."));
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("A run of under a minute."));
    const QCommandLineOption articles(QStringLiteral("articles"),
                                      QStringLiteral("Generated articles per format (default 2000)."),
                                      QStringLiteral("N"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure (default 5)."),
                                        QStringLiteral("N"));
    const QCommandLineOption folder(QStringLiteral("folder"),
                                    QStringLiteral("Also measure the files of this folder (recursive)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Corpus seed (default 20260116)."),
                                  QStringLiteral("N"));
    parser.addOptions({quick, articles, runsOption, folder, seed});
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
    int count = 0;
    int runs = 0;
    int seedValue = 0;
    if (!intOption(articles, parser.isSet(quick) ? 300 : 2000, &count)
        || !intOption(runsOption, parser.isSet(quick) ? 3 : 5, &runs) || !intOption(seed, 20260116, &seedValue))
        return ExitUsage;

    QTextStream out(stdout);
    Report report(out);
    report.line(QStringLiteral("# corpus: %1 generated articles per format, seed %2, %3 runs per figure")
                    .arg(count)
                    .arg(seedValue)
                    .arg(runs));

    CorpusGenerator gen {quint64(seedValue)};
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
        const QList<double> seconds = timeRuns(runs, [&] {
            produced = 0;
            refused = 0;
            for (const Document &d : docs) {
                const ImportResult r = Importer::importData(d.bytes, d.name);
                produced += r.articles.size();
                refused += r.ok() ? 0 : 1;
            }
        });
        report.row(QStringLiteral("import %1, MB/s").arg(label), summarise(rates(seconds, mb)), QStringLiteral("MB/s"));
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
    const Stats extraction = summarise(rates(timeRuns(runs,
                                                      [&] {
                                                          statements = 0;
                                                          mentions = 0;
                                                          for (const Article &a : extractionInput) {
                                                              const Extraction e = Extractor::extract(a);
                                                              statements += e.statements.size();
                                                              mentions += e.countries.size() + e.ambassadors.size();
                                                          }
                                                      }),
                                             textMb));
    report.row(QStringLiteral("extraction, MB/s of article text"), extraction,
               QStringLiteral("MB/s (%1 statements, %2 mentions in %3 MB)")
                   .arg(statements)
                   .arg(mentions)
                   .arg(textMb, 0, 'f', 1));
    report.row(QStringLiteral("baseline read + split sentences, MB/s"), baseline,
               QStringLiteral("MB/s (%1 sentences)").arg(sentences));
    report.line(QStringLiteral("ratio extraction / baseline: %1")
                    .arg(baseline.median > 0 ? extraction.median / baseline.median : 0.0, 0, 'f', 3));
    report.line(QStringLiteral("peak memory: %1 MB").arg(peakMemoryMb(), 0, 'f', 1));
    return ExitOk;
}

} // namespace dateline::cli
