#include "goldscorer.h"
#include "testpaths.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace dateline;
using namespace dateline::test;

namespace {

Statement statement(const QString &text, const QString &speaker)
{
    Statement s;
    s.text = text;
    s.speaker = speaker;
    return s;
}

CountryMention country(const QString &code)
{
    CountryMention c;
    c.code = code;
    return c;
}

AmbassadorMention ambassador(const QString &country, const QString &host)
{
    AmbassadorMention a;
    a.country = country;
    a.host = host;
    return a;
}

// Expected figures were worked out by hand and checked with score.py.
GoldStory sudanGold()
{
    GoldStory g;
    g.file = QStringLiteral("x.txt");
    g.hasQuotes = g.hasCountries = g.hasAmbassadors = true;
    g.quotes = {
        {QStringLiteral("direct"), QStringLiteral("Dmitry Polozov"),
         QStringLiteral("We will not accept a resolution that is written for the cameras")},
        {QStringLiteral("mixed"), QStringLiteral("Dmitry Polozov"),
         QStringLiteral("Moscow shared the goal of ending the fighting")},
        {QStringLiteral("direct"), QStringLiteral("Eleanor Marsh"), QStringLiteral("The people of Sudan cannot wait")},
    };
    g.optionalQuotes = {{QStringLiteral("indirect"), QStringLiteral("diplomats"),
                         QStringLiteral("A vote on the draft is expected next week")}};
    g.requiredCountries = {QStringLiteral("RU"), QStringLiteral("GB"), QStringLiteral("SD")};
    g.optionalCountries = {QStringLiteral("US")};
    g.ambassadors = {{QStringLiteral("GB"), QStringLiteral("UN")}, {QStringLiteral("RU"), QStringLiteral("UN")}};
    return g;
}

Extraction sudanPrediction()
{
    Extraction e;
    e.statements = {
        statement(QStringLiteral("“We will NOT accept a resolution that is written for the cameras,”"),
                  QStringLiteral("Polozov")),
        statement(QStringLiteral("Moscow shared the goal"), QStringLiteral("he")),
        statement(QStringLiteral("a vote on the draft is expected"), QStringLiteral("diplomats")),
        statement(QStringLiteral("Something else entirely was announced"), QStringLiteral("Eleanor Marsh")),
    };
    e.countries = {country(QStringLiteral("RU")), country(QStringLiteral("GB")), country(QStringLiteral("US")),
                   country(QStringLiteral("FR")), country(QStringLiteral("RU"))};
    e.ambassadors = {ambassador(QStringLiteral("GB"), QStringLiteral("UN")),
                     ambassador(QStringLiteral("RU"), QStringLiteral("GB"))};
    return e;
}

// The first article of dateline-cli's --json output as an Extraction.
Extraction fromCliJson(const QByteArray &json)
{
    const QJsonObject article
        = QJsonDocument::fromJson(json).object().value(QLatin1String("articles")).toArray().at(0).toObject();
    Extraction e;
    for (const QJsonValue &v : article.value(QLatin1String("quotes")).toArray())
        e.statements.append(statement(v[QLatin1String("text")].toString(), v[QLatin1String("speaker")].toString()));
    for (const QJsonValue &v : article.value(QLatin1String("countries")).toArray())
        e.countries.append(country(v[QLatin1String("code")].toString()));
    for (const QJsonValue &v : article.value(QLatin1String("ambassadors")).toArray())
        e.ambassadors.append(ambassador(v[QLatin1String("country")].toString(), v[QLatin1String("host")].toString()));
    return e;
}

} // namespace

TEST(GoldScorer, WordsIgnoreCaseQuoteMarksAndPunctuationButKeepUnicodeLetters)
{
    EXPECT_EQ(
        GoldScorer::words(QStringLiteral("“Türkiye’s envoy,” he SAID — 1.4 million_x")),
        (QStringList {QStringLiteral("türkiye"), QStringLiteral("s"), QStringLiteral("envoy"), QStringLiteral("he"),
                      QStringLiteral("said"), QStringLiteral("1"), QStringLiteral("4"), QStringLiteral("million_x")}));
    EXPECT_TRUE(GoldScorer::words(QStringLiteral(" “…” ")).isEmpty());
}

TEST(GoldScorer, OverlapCountsRepeatedWordsOnlyAsOftenAsBothSidesHaveThem)
{
    const auto [a, b] = GoldScorer::overlap(GoldScorer::words(QStringLiteral("the the the cat")),
                                            GoldScorer::words(QStringLiteral("the cat")));
    EXPECT_DOUBLE_EQ(a, 0.5);
    EXPECT_DOUBLE_EQ(b, 1.0);
}

TEST(GoldScorer, QuotesMatchAtHalfOfBothSidesAndOneToOneBestFirst)
{
    // "a b" covers half of the gold, "a b c" more: the better one wins and the
    // other stays unmatched.
    EXPECT_EQ(GoldScorer::matchQuotes({QStringLiteral("a b c d")}, {QStringLiteral("a b"), QStringLiteral("a b c")}),
              (QList<QPair<int, int>> {{0, 1}}));
    // A quarter of the gold words is not enough; neither is a prediction that
    // is mostly words of its own.
    EXPECT_TRUE(GoldScorer::matchQuotes({QStringLiteral("a b c d")}, {QStringLiteral("a")}).isEmpty());
    EXPECT_TRUE(GoldScorer::matchQuotes({QStringLiteral("a b")}, {QStringLiteral("a b x y z")}).isEmpty());
    // Two gold quotes, two predictions: each gold quote gets its own.
    EXPECT_EQ(GoldScorer::matchQuotes({QStringLiteral("one two three"), QStringLiteral("four five six")},
                                      {QStringLiteral("four five six"), QStringLiteral("one two")}),
              (QList<QPair<int, int>> {{1, 0}, {0, 1}}));
}

TEST(GoldScorer, SpeakerIsRightWhenTheGoldLastWordIsAmongThePredictedWords)
{
    EXPECT_TRUE(GoldScorer::speakerMatches(QStringLiteral("Zhang Lirong"), QStringLiteral("Lirong")));
    EXPECT_TRUE(GoldScorer::speakerMatches(QStringLiteral("Lee Min-seo"), QStringLiteral("President Lee Min-seo")));
    EXPECT_TRUE(GoldScorer::speakerMatches(QStringLiteral("Lucía Herrera"), QStringLiteral("HERRERA")));
    EXPECT_TRUE(GoldScorer::speakerMatches(QStringLiteral("Russian Foreign Ministry"), QStringLiteral("the ministry")));
    EXPECT_FALSE(GoldScorer::speakerMatches(QStringLiteral("Lee Min-seo"), QStringLiteral("Lee")));
    EXPECT_FALSE(GoldScorer::speakerMatches(QStringLiteral("Kemal Aksoylu"), QStringLiteral("he")));
    EXPECT_FALSE(GoldScorer::speakerMatches(QStringLiteral("Kemal Aksoylu"), QString()));
    EXPECT_FALSE(GoldScorer::speakerMatches(QString(), QStringLiteral("Aksoylu")));
}

TEST(GoldScorer, PrfTreatsAnEmptySideAsPerfect)
{
    const Prf none = Prf::of(0, 0, 0);
    EXPECT_DOUBLE_EQ(none.precision, 1.0);
    EXPECT_DOUBLE_EQ(none.recall, 1.0);
    EXPECT_DOUBLE_EQ(none.f1, 1.0);
    const Prf nothingFound = Prf::of(0, 0, 4);
    EXPECT_DOUBLE_EQ(nothingFound.precision, 1.0);
    EXPECT_DOUBLE_EQ(nothingFound.recall, 0.0);
    EXPECT_DOUBLE_EQ(nothingFound.f1, 0.0);
    const Prf some = Prf::of(3, 1, 2);
    EXPECT_DOUBLE_EQ(some.precision, 0.75);
    EXPECT_DOUBLE_EQ(some.recall, 0.6);
    EXPECT_DOUBLE_EQ(some.f1, 2 * 0.75 * 0.6 / 1.35);
}

TEST(GoldScorer, ScoresAHandMadePredictionLikeScorePy)
{
    const GoldTally t = GoldScorer::score(sudanGold(), sudanPrediction());
    // Quotes: two matched (one at exactly half the gold words), the optional
    // one ignored, one extra, one missed.
    EXPECT_EQ(t.quoteTp, 2);
    EXPECT_EQ(t.quoteFp, 1);
    EXPECT_EQ(t.quoteFn, 1);
    EXPECT_NEAR(t.quotes().f1, 2.0 / 3.0, 1e-12);
    // "he" is never a right speaker; speaker accuracy is over all gold quotes.
    EXPECT_EQ(t.speakerRight, 1);
    EXPECT_EQ(t.speakerAll, 3);
    EXPECT_NEAR(t.speakerAccuracy(), 1.0 / 3.0, 1e-12);
    // Countries: US is optional, FR extra, SD missed, RU counted once.
    EXPECT_EQ(t.countryTp, 2);
    EXPECT_EQ(t.countryFp, 1);
    EXPECT_EQ(t.countryFn, 1);
    // Ambassadors: the host counts, RU@GB is not RU@UN.
    EXPECT_EQ(t.ambassadorTp, 1);
    EXPECT_EQ(t.ambassadorFp, 1);
    EXPECT_EQ(t.ambassadorFn, 1);
    EXPECT_NEAR(t.ambassadors().precision, 0.5, 1e-12);

    const QStringList diff = GoldScorer::differences(sudanGold(), sudanPrediction());
    EXPECT_EQ(diff.size(), 5) << diff.join(QLatin1Char('\n'));
    EXPECT_TRUE(diff.contains(QStringLiteral("countries missed [SD] extra [FR]")));
}

TEST(GoldScorer, APerfectPredictionScoresOneAndAnEmptyOneZero)
{
    const GoldStory gold = sudanGold();
    Extraction perfect;
    for (const GoldQuote &q : gold.quotes)
        perfect.statements.append(statement(q.text, q.speaker));
    for (const QString &c : gold.requiredCountries)
        perfect.countries.append(country(c));
    for (const auto &[c, h] : gold.ambassadors)
        perfect.ambassadors.append(ambassador(c, h));
    const GoldTally good = GoldScorer::score(gold, perfect);
    EXPECT_DOUBLE_EQ(good.quotes().f1, 1.0);
    EXPECT_DOUBLE_EQ(good.speakerAccuracy(), 1.0);
    EXPECT_DOUBLE_EQ(good.countries().f1, 1.0);
    EXPECT_DOUBLE_EQ(good.ambassadors().f1, 1.0);
    EXPECT_TRUE(GoldScorer::differences(gold, perfect).isEmpty());

    const GoldTally empty = GoldScorer::score(gold, Extraction {});
    EXPECT_DOUBLE_EQ(empty.quotes().f1, 0.0);
    EXPECT_DOUBLE_EQ(empty.speakerAccuracy(), 0.0);
    EXPECT_DOUBLE_EQ(empty.countries().f1, 0.0);
    EXPECT_DOUBLE_EQ(empty.ambassadors().f1, 0.0);
}

TEST(GoldScorer, PartsAGoldFileLacksAreNotScored)
{
    GoldStory gold;
    gold.file = QStringLiteral("x.txt");
    gold.hasCountries = true;
    gold.requiredCountries = {QStringLiteral("FR")};
    const GoldTally t = GoldScorer::score(gold, sudanPrediction());
    EXPECT_EQ(t.quoteTp + t.quoteFp + t.quoteFn + t.speakerAll, 0);
    EXPECT_EQ(t.ambassadorTp + t.ambassadorFp + t.ambassadorFn, 0);
    EXPECT_EQ(t.countryTp, 1);
    EXPECT_EQ(t.countryFp, 3); // RU, GB and US: US is not optional here
}

TEST(GoldStory, ReadsTheScorePyFormatAndRejectsMalformedFiles)
{
    QString error;
    const auto story = GoldStory::fromJson(
        R"({"file": "a.txt", "quotes": [{"kind": "direct", "speaker": "S", "text": "t"}],
            "countries": {"required": ["FR"], "optional": ["US"]},
            "ambassadors": [{"country": "FR", "host": "UN"}]})",
        &error);
    ASSERT_TRUE(story) << error;
    EXPECT_EQ(story->file, QStringLiteral("a.txt"));
    EXPECT_TRUE(story->hasQuotes && story->hasCountries && story->hasAmbassadors);
    EXPECT_EQ(story->quotes.size(), 1);
    EXPECT_TRUE(story->optionalQuotes.isEmpty());
    EXPECT_TRUE(story->optionalCountries.contains(QStringLiteral("US")));
    EXPECT_TRUE(story->ambassadors.contains({QStringLiteral("FR"), QStringLiteral("UN")}));

    const auto noAmbassadors = GoldStory::fromJson(R"({"file": "a.txt", "countries": {"required": []}})", &error);
    ASSERT_TRUE(noAmbassadors) << error;
    EXPECT_FALSE(noAmbassadors->hasQuotes);
    EXPECT_FALSE(noAmbassadors->hasAmbassadors);

    EXPECT_FALSE(GoldStory::fromJson("{\"quotes\": []}", &error));
    EXPECT_FALSE(GoldStory::fromJson("[1, 2]", &error));
    EXPECT_FALSE(GoldStory::fromJson("{\"file\": \"a.txt\", \"quotes\": [{\"text\": \"\"}]}", &error));
    EXPECT_FALSE(GoldStory::fromJson(QByteArray("\xff\x00{", 3), &error));
}

// tests/fixtures/goldscorer holds flawed predictions (truncated, duplicated,
// upper-cased and extra quotes, pronoun speakers, missing and extra countries)
// for four gold stories, and the counts score.py gives them.
TEST(GoldScorer, AgreesWithScorePyOnFlawedPredictionsForRealGoldStories)
{
    const QDir dir(test::fixturePath(QStringLiteral("goldscorer")));
    const QJsonObject expected = QJsonDocument::fromJson(test::readFile(dir.filePath(QStringLiteral("expected.json"))))
                                     .object()
                                     .value(QLatin1String("counts"))
                                     .toObject();
    ASSERT_FALSE(expected.isEmpty());
    GoldTally total;
    int stories = 0;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        if (name == QLatin1String("expected.json"))
            continue;
        const QString stem = name.chopped(5);
        QString error;
        const auto gold = GoldStory::fromJson(
            test::readFile(test::fixturePath(QStringLiteral("gold/%1.gold.json").arg(stem))), &error);
        ASSERT_TRUE(gold) << stem << ": " << error;
        total += GoldScorer::score(*gold, fromCliJson(test::readFile(dir.filePath(name))));
        ++stories;
    }
    EXPECT_EQ(stories, 4);
    const auto count = [&](const char *key) {
        return expected.value(QLatin1String(key)).toInt(-1);
    };
    EXPECT_EQ(total.quoteTp, count("q_tp"));
    EXPECT_EQ(total.quoteFp, count("q_fp"));
    EXPECT_EQ(total.quoteFn, count("q_fn"));
    EXPECT_EQ(total.speakerRight, count("spk_ok"));
    EXPECT_EQ(total.speakerAll, count("spk_all"));
    EXPECT_EQ(total.countryTp, count("c_tp"));
    EXPECT_EQ(total.countryFp, count("c_fp"));
    EXPECT_EQ(total.countryFn, count("c_fn"));
    EXPECT_EQ(total.ambassadorTp, count("a_tp"));
    EXPECT_EQ(total.ambassadorFp, count("a_fp"));
    EXPECT_EQ(total.ambassadorFn, count("a_fn"));
}
