#include "import/feed/feeddate.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using dateline::FeedDate;

TEST(FeedDate, Rfc822)
{
    EXPECT_EQ(FeedDate::toIso(u"Wed, 31 Dec 2003 10:14:55 GMT"), QStringLiteral("2003-12-31T10:14:55Z"));
    EXPECT_EQ(FeedDate::toIso(u"Wed, 31 Dec 2003 10:14:55 +0100"), QStringLiteral("2003-12-31T10:14:55+01:00"));
    EXPECT_EQ(FeedDate::toIso(u"Wed, 31 Dec 2003 10:14:55 -0530"), QStringLiteral("2003-12-31T10:14:55-05:30"));
}

TEST(FeedDate, BrokenRfc822Forms)
{
    // No seconds, two-digit year, named zone.
    EXPECT_EQ(FeedDate::toIso(u"Wed, 31 Dec 03 10:14 EST"), QStringLiteral("2003-12-31T10:14:00-05:00"));
    EXPECT_EQ(FeedDate::toIso(u"31 Dec 99 10:14:55 PDT"), QStringLiteral("1999-12-31T10:14:55-07:00"));
    // No weekday, UT, extra whitespace.
    EXPECT_EQ(FeedDate::toIso(u"  31   Dec  2003   10:14:55   UT "), QStringLiteral("2003-12-31T10:14:55Z"));
    // Month first, full month name, no zone (read as GMT).
    EXPECT_EQ(FeedDate::toIso(u"December 31, 2003 10:14:55"), QStringLiteral("2003-12-31T10:14:55Z"));
    // Day only.
    EXPECT_EQ(FeedDate::toIso(u"Wed, 31 Dec 2003"), QStringLiteral("2003-12-31"));
    // 12-hour clock.
    EXPECT_EQ(FeedDate::toIso(u"Dec 31 2003 2:05 PM GMT"), QStringLiteral("2003-12-31T14:05:00Z"));
}

TEST(FeedDate, Iso8601AndRfc3339)
{
    EXPECT_EQ(FeedDate::toIso(u"2003-12-31T10:14:55Z"), QStringLiteral("2003-12-31T10:14:55Z"));
    EXPECT_EQ(FeedDate::toIso(u"2003-12-31T10:14:55.123+01:00"), QStringLiteral("2003-12-31T10:14:55+01:00"));
    EXPECT_EQ(FeedDate::toIso(u"2003-12-31T10:14-05:00"), QStringLiteral("2003-12-31T10:14:00-05:00"));
    EXPECT_EQ(FeedDate::toIso(u"20031231T101455Z"), QStringLiteral("2003-12-31T10:14:55Z"));
    EXPECT_EQ(FeedDate::toIso(u"2003-12-31 10:14:55"), QStringLiteral("2003-12-31T10:14:55"));
    EXPECT_EQ(FeedDate::toIso(u"2003-12-31"), QStringLiteral("2003-12-31"));
    EXPECT_EQ(FeedDate::toIso(u"2003-12"), QStringLiteral("2003-12"));
}

TEST(FeedDate, NonsenseGivesNothing)
{
    EXPECT_TRUE(FeedDate::toIso(u"").isEmpty());
    EXPECT_TRUE(FeedDate::toIso(u"yesterday").isEmpty());
    EXPECT_TRUE(FeedDate::toIso(u"2003-13-45T10:00:00Z").isEmpty());
    EXPECT_TRUE(FeedDate::toIso(u"31 Foo 2003 10:00").isEmpty());
    EXPECT_TRUE(FeedDate::toIso(u"Wed, 31 Dec 2003 25:99:00 GMT").isEmpty());
}
