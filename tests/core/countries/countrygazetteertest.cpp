#include "extract/countries/countrygazetteer.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace dateline;

TEST(CountryGazetteer, HasAll249IsoCountriesWithNames)
{
    const QString iso = QString::fromUtf8(test::readFile(test::resourcePath(QStringLiteral("data/iso3166-1.tsv"))));
    int count = 0;
    for (const QString &line : iso.split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QString code = line.section(u'\t', 0, 0);
        EXPECT_TRUE(CountryGazetteer::instance().isCode(code)) << code;
        EXPECT_FALSE(CountryGazetteer::instance().displayName(code).isEmpty()) << code;
        ++count;
    }
    EXPECT_EQ(count, 249);
}

TEST(CountryGazetteer, CatalogueFormsAreNotMatchedButCommonNamesAre)
{
    const CountryGazetteer &g = CountryGazetteer::instance();
    EXPECT_LT(g.lookup(u"Korea, Republic of"), 0);
    ASSERT_GE(g.lookup(u"Bolivia"), 0);
    EXPECT_EQ(g.entry(g.lookup(u"Bolivia")).code, QStringLiteral("BO"));
    ASSERT_GE(g.lookup(u"Plurinational State of Bolivia"), 0);
}

TEST(CountryGazetteer, CuratedEntriesWinOverIsoNames)
{
    const CountryGazetteer g(
        QStringLiteral("CG\tCOG\tCongo\t\tRepublic of the Congo\nCD\tCOD\tCongo, DR\t\t\n"),
        QStringLiteral("# comment\nCD\tname\tCongo\nCD\tdisplay\tDR Congo\n-\tblock\tCongo Basin\n"));
    ASSERT_GE(g.lookup(u"Congo"), 0);
    EXPECT_EQ(g.entry(g.lookup(u"Congo")).code, QStringLiteral("CD"));
    EXPECT_EQ(g.entry(g.lookup(u"Republic of the Congo")).code, QStringLiteral("CG"));
    EXPECT_TRUE(g.entry(g.lookup(u"Congo Basin")).blocks());
    EXPECT_EQ(g.displayName(QStringLiteral("CD")), QStringLiteral("DR Congo"));
    EXPECT_EQ(g.displayName(QStringLiteral("CG")), QStringLiteral("Congo"));
}

TEST(CountryGazetteer, MalformedDataIsIgnored)
{
    const CountryGazetteer g(QStringLiteral("garbage\n\t\t\nXX"), QStringLiteral("\t\t\nonly-one-field\n"));
    EXPECT_LT(g.lookup(u"garbage"), 0);
    EXPECT_FALSE(g.isCode(QStringLiteral("XX")));
}

TEST(CountryGazetteer, PlaceLinesResolveCapitalsAndCountriesInAnyCase)
{
    const CountryGazetteer &g = CountryGazetteer::instance();
    EXPECT_EQ(g.placeCode(u"MOSCOW"), QStringLiteral("RU"));
    EXPECT_EQ(g.placeCode(u"KUALA LUMPUR"), QStringLiteral("MY"));
    EXPECT_EQ(g.placeCode(u"ANKARA, Turkey"), QStringLiteral("TR"));
    EXPECT_EQ(g.placeCode(u"Lagos, Nigeria"), QStringLiteral("NG"));
    EXPECT_EQ(g.placeCode(u"ISTANBUL"), QString()); // a city, not the seat of the state
    EXPECT_EQ(g.placeCode(u""), QString());
}
