// The filter words of statements_fts: dates, countries and speakers.
#include "library/searchfacets.h"

#include "model/extraction.h"

#include <gtest/gtest.h>

using namespace dateline;

TEST(SearchFacets, ArticleWordsAreTheDateAndEachCountryOnce)
{
    CountryMention tr;
    tr.code = QStringLiteral("TR");
    CountryMention fr;
    fr.code = QStringLiteral("FR");
    EXPECT_EQ(SearchFacets::ofArticle(QStringLiteral("2024-03-05T10:00:00Z"), {tr, fr, tr}),
              QStringLiteral("y2024 m202403 d20240305 ctr cfr"));
    EXPECT_EQ(SearchFacets::ofArticle(QString(), {fr}), QStringLiteral("cfr"));
    // Only a real YYYY-MM-DD start is a date, as SQLite's date() in migration 3.
    EXPECT_EQ(SearchFacets::ofArticle(QStringLiteral("2024-02-30"), {}), QString());
    EXPECT_EQ(SearchFacets::ofArticle(QStringLiteral("Tue, 5 Mar 2024"), {}), QString());
    EXPECT_EQ(SearchFacets::ofStatement(12, QStringLiteral("cfr")), QStringLiteral("p12 cfr"));
    EXPECT_EQ(SearchFacets::ofStatement(0, QStringLiteral("cfr")), QStringLiteral("cfr"));
    EXPECT_EQ(SearchFacets::ofStatement(7, QString()), QStringLiteral("p7"));
}

TEST(SearchFacets, DateRangeIsCoveredExactlyByTheFewestWords)
{
    EXPECT_EQ(SearchFacets::dateRange(QDate(2020, 1, 1), QDate(2021, 12, 31)),
              (QStringList {QStringLiteral("y2020"), QStringLiteral("y2021")}));
    EXPECT_EQ(SearchFacets::dateRange(QDate(2023, 11, 29), QDate(2024, 2, 2)),
              (QStringList {QStringLiteral("d20231129"), QStringLiteral("d20231130"), QStringLiteral("m202312"),
                            QStringLiteral("m202401"), QStringLiteral("d20240201"), QStringLiteral("d20240202")}));
    EXPECT_EQ(SearchFacets::dateRange(QDate(2024, 2, 29), QDate(2024, 2, 29)),
              QStringList {QStringLiteral("d20240229")});
    EXPECT_TRUE(SearchFacets::dateRange(QDate(2024, 3, 1), QDate(2024, 2, 1)).isEmpty());
}

// Article words are written out directly for the common YYYY-MM-DD date;
// they must be the words a search for that day, month and year asks for.
TEST(SearchFacets, ArticleDateWordsAreTheOnesSearchesUse)
{
    for (const QDate d : {QDate(1, 1, 1), QDate(999, 12, 31), QDate(2024, 2, 29), QDate(9999, 12, 31)}) {
        const QString published = d.toString(Qt::ISODate) + QStringLiteral("T08:00:00Z");
        const QStringList words = SearchFacets::ofArticleCodes(published, {}).split(QLatin1Char(' '));
        ASSERT_EQ(words.size(), 3) << published.toStdString();
        const QDate firstOfYear(d.year(), 1, 1);
        const QDate firstOfMonth(d.year(), d.month(), 1);
        EXPECT_EQ(words.at(0), SearchFacets::dateRange(firstOfYear, firstOfYear.addYears(1).addDays(-1)).value(0));
        EXPECT_EQ(words.at(1), SearchFacets::dateRange(firstOfMonth, firstOfMonth.addMonths(1).addDays(-1)).value(0));
        EXPECT_EQ(words.at(2), SearchFacets::dateRange(d, d).value(0));
    }
    // Not digits where a date has them: Qt reads what it can, as before.
    EXPECT_EQ(SearchFacets::ofArticleCodes(QStringLiteral("0000-01-01"), {}), QString());
    EXPECT_EQ(SearchFacets::ofArticleCodes(QStringLiteral("2024-13-01"), {}), QString());
    EXPECT_EQ(SearchFacets::ofArticleCodes(QStringLiteral("2024/03/05"), {}), QString());
    EXPECT_EQ(SearchFacets::ofArticleCodes(QStringLiteral("2024-03-05"),
                                           {QStringLiteral(" De "), QStringLiteral("DE"), QStringLiteral("É1")}),
              QStringLiteral("y2024 m202403 d20240305 cde cé1"));
}
