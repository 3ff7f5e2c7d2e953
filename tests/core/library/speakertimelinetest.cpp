// The speaker view's queries: one person's statements in date order and
// their count per month, matched by folded name or alias.
#include "librarytestdata.h"

#include "library/speakertimeline.h"

#include <gtest/gtest.h>

using namespace dateline;
using dateline::test::makeArticle;
using dateline::test::makeStatement;

namespace {

class SpeakerTimelineTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString putin = QStringLiteral("Vladimir Putin");
        // Stored out of date order, so the order must come from the query.
        Article march
            = makeArticle(QStringLiteral("March"), {QStringLiteral("m")}, QStringLiteral("2024-03-05T10:00:00Z"));
        march.extraction.statements << makeStatement(putin, QStringLiteral("Putin"), QStringLiteral("march one"))
                                    << makeStatement(QStringLiteral("Dmitry Peskov"), QStringLiteral("Peskov"),
                                                     QStringLiteral("not his"));
        Article january = makeArticle(QStringLiteral("January"), {QStringLiteral("j")}, QStringLiteral("2024-01-20"));
        january.extraction.statements << makeStatement(putin, QStringLiteral("Putin"), QStringLiteral("january one"));
        Article march2 = makeArticle(QStringLiteral("March again"), {QStringLiteral("m2")},
                                     QStringLiteral("2024-03-01T08:00:00Z"));
        march2.extraction.statements << makeStatement(putin, QStringLiteral("Putin"), QStringLiteral("march zero"));
        Article undated = makeArticle(QStringLiteral("Undated"), {QStringLiteral("u")});
        undated.extraction.statements << makeStatement(putin, QStringLiteral("Putin"), QStringLiteral("undated"));
        test::storeAll(t.library(), {march, undated, january, march2});
    }

    Database &db() { return t.library().database(); }

    static QStringList texts(const StatementResults &r)
    {
        QStringList out;
        for (const StatementHit &h : r.hits)
            out << h.text;
        return out;
    }

    test::TempLibrary t;
};

TEST_F(SpeakerTimelineTest, ListsOnePersonsStatementsOldestFirstUndatedLast)
{
    const StatementResults r = SpeakerTimeline::statements(db(), QStringLiteral("Vladimir Putin"));
    EXPECT_EQ(r.total, 4);
    EXPECT_EQ(texts(r),
              (QStringList {QStringLiteral("january one"), QStringLiteral("march zero"), QStringLiteral("march one"),
                            QStringLiteral("undated")}));
    EXPECT_EQ(r.hits.first().headline, QStringLiteral("January"));
}

TEST_F(SpeakerTimelineTest, CountsPerMonthAndKeepsUndatedApart)
{
    qint64 undated = -1;
    const QList<MonthCount> months = SpeakerTimeline::monthCounts(db(), QStringLiteral("vladimir putin"), &undated);
    ASSERT_EQ(months.size(), 2);
    EXPECT_EQ(months[0].month, QStringLiteral("2024-01"));
    EXPECT_EQ(months[0].count, 1);
    EXPECT_EQ(months[1].month, QStringLiteral("2024-03"));
    EXPECT_EQ(months[1].count, 2);
    EXPECT_EQ(undated, 1);
}

TEST_F(SpeakerTimelineTest, MonthFilterAndAliasAndUnknownSpeaker)
{
    EXPECT_EQ(texts(SpeakerTimeline::statements(db(), QStringLiteral("Vladimir Putin"), QStringLiteral("2024-03"))),
              (QStringList {QStringLiteral("march zero"), QStringLiteral("march one")}));
    // An alias leads to the person when no one has it as a name.
    EXPECT_EQ(SpeakerTimeline::statements(db(), QStringLiteral("PUTIN")).total, 4);
    EXPECT_EQ(SpeakerTimeline::statements(db(), QStringLiteral("Nobody")).total, 0);
    EXPECT_TRUE(SpeakerTimeline::monthCounts(db(), QString()).isEmpty());
    const SpeakerHistory h = SpeakerTimeline::history(db(), QStringLiteral("Dmitry Peskov"));
    EXPECT_EQ(texts(h.statements), QStringList {QStringLiteral("not his")});
    ASSERT_EQ(h.months.size(), 1);
    EXPECT_EQ(h.months[0].count, 1);
}

} // namespace
