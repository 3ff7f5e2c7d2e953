#include "goldscorer.h"
#include "testpaths.h"

#include "extract/extractor.h"
#include "import/importer.h"

#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <iostream>

using namespace dateline;
using namespace dateline::test;

// Scores the extractor against every story in tests/fixtures/gold, prints the
// figures and fails when one drops below tests/fixtures/gold/thresholds.json.
// Set DATELINE_GOLD_VERBOSE=1 to list each story's misses as well.

namespace {

struct GoldFile
{
    QString name;
    GoldStory story;
};

QString goldDir()
{
    return fixturePath(QStringLiteral("gold"));
}

QList<GoldFile> loadGold()
{
    QList<GoldFile> out;
    const QDir dir(goldDir());
    for (const QString &name : dir.entryList({QStringLiteral("*.gold.json")}, QDir::Files, QDir::Name)) {
        QString error;
        const auto story = GoldStory::fromJson(readFile(dir.filePath(name)), &error);
        if (!story) {
            ADD_FAILURE() << name << ": " << error;
            continue;
        }
        out.append({name, *story});
    }
    return out;
}

// Multiset inclusion of words: every word of the part occurs in the whole.
bool wordsContained(const QStringList &part, const QStringList &whole)
{
    QHash<QString, int> counts;
    for (const QString &w : whole)
        ++counts[w];
    for (const QString &w : part) {
        if (--counts[w] < 0)
            return false;
    }
    return true;
}

QString figure(double value)
{
    return QString::number(value, 'f', 3);
}

} // namespace

TEST(GoldFixtures, AreWellFormedAndAgreeWithTheirArticles)
{
    const QList<GoldFile> gold = loadGold();
    ASSERT_GE(gold.size(), 22);
    static const QRegularExpression code(QStringLiteral("^[A-Z]{2}$"));
    static const QSet<QString> kinds {QStringLiteral("direct"), QStringLiteral("mixed"), QStringLiteral("indirect")};
    for (const GoldFile &g : gold) {
        SCOPED_TRACE(g.name.toStdString());
        const QByteArray bytes = readFile(QDir(goldDir()).filePath(g.story.file));
        ASSERT_FALSE(bytes.isEmpty()) << "missing article " << g.story.file;
        const QStringList articleWords = GoldScorer::words(QString::fromUtf8(bytes));
        EXPECT_TRUE(g.story.hasQuotes && g.story.hasCountries && g.story.hasAmbassadors);
        EXPECT_GE(g.story.quotes.size(), 3);
        for (const QList<GoldQuote> *list : {&g.story.quotes, &g.story.optionalQuotes}) {
            for (const GoldQuote &q : *list) {
                EXPECT_TRUE(kinds.contains(q.kind)) << q.kind;
                EXPECT_FALSE(GoldScorer::words(q.speaker).isEmpty()) << q.text;
                // A typo in the gold text would make the quote unmatchable.
                EXPECT_TRUE(wordsContained(GoldScorer::words(q.text), articleWords)) << q.text;
            }
        }
        for (const QString &c : g.story.requiredCountries + g.story.optionalCountries)
            EXPECT_TRUE(code.match(c).hasMatch()) << c;
        EXPECT_TRUE((g.story.requiredCountries & g.story.optionalCountries).isEmpty());
        for (const auto &[country, host] : g.story.ambassadors) {
            EXPECT_TRUE(g.story.requiredCountries.contains(country)) << country;
            EXPECT_TRUE(host == QLatin1String("UN") || g.story.requiredCountries.contains(host)) << host;
        }
    }
}

TEST(GoldEvaluation, ExtractionMeetsTheThresholds)
{
    const QJsonObject thresholds
        = QJsonDocument::fromJson(readFile(fixturePath(QStringLiteral("gold/thresholds.json")))).object();
    const QStringList keys {QStringLiteral("quoteF1"), QStringLiteral("speakerAccuracy"), QStringLiteral("countryF1"),
                            QStringLiteral("ambassadorF1")};
    for (const QString &key : keys) {
        const QJsonValue v = thresholds.value(key);
        ASSERT_TRUE(v.isDouble() && v.toDouble() >= 0.0 && v.toDouble() <= 1.0) << "thresholds.json: " << key;
    }

    const QList<GoldFile> gold = loadGold();
    ASSERT_GE(gold.size(), 22);
    const bool verbose = !qEnvironmentVariableIsEmpty("DATELINE_GOLD_VERBOSE");
    GoldTally total;
    for (const GoldFile &g : gold) {
        const ImportResult imported = Importer::importFile(QDir(goldDir()).filePath(g.story.file));
        EXPECT_TRUE(imported.ok()) << g.story.file << ": " << imported.error;
        ASSERT_FALSE(imported.articles.isEmpty()) << g.story.file;
        const Extraction extraction = Extractor::extract(imported.articles.constFirst());
        const GoldTally t = GoldScorer::score(g.story, extraction);
        total += t;
        std::cout << QStringLiteral("%1  quotes P %2 R %3 F1 %4  speakers %5/%6  countries F1 %7  ambassadors F1 %8")
                         .arg(g.story.file.leftJustified(40), figure(t.quotes().precision), figure(t.quotes().recall),
                              figure(t.quotes().f1))
                         .arg(t.speakerRight)
                         .arg(t.speakerAll)
                         .arg(figure(t.countries().f1), figure(t.ambassadors().f1))
                         .toStdString()
                  << '\n';
        if (verbose) {
            for (const QString &line : GoldScorer::differences(g.story, extraction))
                std::cout << "    " << line.toStdString() << '\n';
        }
    }
    std::cout << "gold stories " << gold.size() << '\n' << total.report().toStdString() << '\n';

    const QList<QPair<QString, double>> figures {{keys.at(0), total.quotes().f1},
                                                 {keys.at(1), total.speakerAccuracy()},
                                                 {keys.at(2), total.countries().f1},
                                                 {keys.at(3), total.ambassadors().f1}};
    for (const auto &[key, value] : figures) {
        // A small tolerance so a threshold copied from the printout holds.
        EXPECT_GE(value + 5e-4, thresholds.value(key).toDouble()) << key << " dropped below thresholds.json";
    }
}
