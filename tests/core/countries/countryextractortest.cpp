#include "countrytestsupport.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace dateline;
using dateline::test::codesIn;

namespace {

QStringList list(std::initializer_list<const char *> codes)
{
    QStringList out;
    for (const char *c : codes)
        out << QString::fromLatin1(c);
    return out;
}

} // namespace

TEST(CountryExtractor, LongestMatchWins)
{
    EXPECT_EQ(codesIn(QStringLiteral("South Korea and North Korea met.")), list({"KR", "KP"}));
    EXPECT_EQ(codesIn(QStringLiteral("The Republic of Korea said so.")), list({"KR"}));
    EXPECT_EQ(codesIn(QStringLiteral("Ties with Papua New Guinea and Equatorial Guinea grew.")), list({"PG", "GQ"}));
    EXPECT_EQ(codesIn(QStringLiteral("South Sudan split from Sudan.")), list({"SS", "SD"}));
}

TEST(CountryExtractor, ParenthesisedRepublicOfKoreaIsSouthKorea)
{
    const QString p = QStringLiteral("We hope to restore relations with the Republic (of Korea), he said.");
    const QList<CountryMention> m = CountryExtractor::extract(test::articleOf(p));
    ASSERT_EQ(m.size(), 1);
    EXPECT_EQ(m.first().code, QStringLiteral("KR"));
    EXPECT_EQ(m.first().text, QStringLiteral("Republic (of Korea)"));
    EXPECT_EQ(p.mid(m.first().start, m.first().end - m.first().start), m.first().text);
}

TEST(CountryExtractor, PossessivesKeepTheNameOnly)
{
    const QString p = QStringLiteral("Russia’s ties and Russia's borders");
    const QList<CountryMention> m = CountryExtractor::extract(test::articleOf(p));
    ASSERT_EQ(m.size(), 2);
    EXPECT_EQ(m.at(0).text, QStringLiteral("Russia"));
    EXPECT_EQ(m.at(0).start, 0);
    EXPECT_EQ(m.at(0).end, 6);
    EXPECT_EQ(m.at(1).start, 18);
    EXPECT_EQ(m.at(1).code, QStringLiteral("RU"));
}

TEST(CountryExtractor, MatchesWholeWordsOnly)
{
    EXPECT_EQ(codesIn(QStringLiteral("Chinatown, Omanis and Cubans")), list({"OM", "CU"}));
    EXPECT_TRUE(codesIn(QStringLiteral("The Indiana Pacers won.")).isEmpty());
}

TEST(CountryExtractor, MatchingIsCaseSensitive)
{
    EXPECT_TRUE(codesIn(QStringLiteral("We ate turkey off fine china plates in a guinea hen farm.")).isEmpty());
    EXPECT_EQ(codesIn(QStringLiteral("Turkey and China signed a deal.")), list({"TR", "CN"}));
}

TEST(CountryExtractor, AlternativeNames)
{
    EXPECT_EQ(codesIn(QStringLiteral("Türkiye, Turkey and Turkiye")), list({"TR", "TR", "TR"}));
    EXPECT_EQ(codesIn(QStringLiteral("Ivory Coast, Côte d'Ivoire, Côte d’Ivoire")), list({"CI", "CI", "CI"}));
    EXPECT_EQ(codesIn(QStringLiteral("Czechia or the Czech Republic")), list({"CZ", "CZ"}));
    EXPECT_EQ(codesIn(QStringLiteral("Britain, the UK, the U.K. and the United Kingdom")),
              list({"GB", "GB", "GB", "GB"}));
    EXPECT_EQ(codesIn(QStringLiteral("the US, the U.S., the United States and America")),
              list({"US", "US", "US", "US"}));
    EXPECT_EQ(codesIn(QStringLiteral("Russia, the Russian Federation")), list({"RU", "RU"}));
    EXPECT_EQ(codesIn(QStringLiteral("Iran, Syria, Vietnam, Laos and Palestine")),
              list({"IR", "SY", "VN", "LA", "PS"}));
    EXPECT_EQ(codesIn(QStringLiteral("the Holy See and the Vatican")), list({"VA", "VA"}));
    EXPECT_EQ(codesIn(QStringLiteral("North Korea, also called the DPRK")), list({"KP", "KP"}));
    EXPECT_EQ(codesIn(QStringLiteral("the Democratic Republic of the Congo, DR Congo, the Republic of the Congo")),
              list({"CD", "CD", "CG"}));
}

TEST(CountryExtractor, LatinAmericaIsNotTheUnitedStates)
{
    EXPECT_TRUE(
        codesIn(QStringLiteral("Latin American leaders met South American and Central America envoys.")).isEmpty());
    EXPECT_EQ(codesIn(QStringLiteral("American troops left.")), list({"US"}));
}

TEST(CountryExtractor, DemonymsSingularAndPlural)
{
    const QList<CountryMention> m = CountryExtractor::extract(
        test::articleOf(QStringLiteral("Russians, a South Korean, the French, Turkish and British officials, "
                                       "two Americans and Pakistanis")));
    EXPECT_EQ(test::codes(m), list({"RU", "KR", "FR", "TR", "GB", "US", "PK"}));
    for (const CountryMention &c : m)
        EXPECT_EQ(c.kind, CountryMentionKind::Demonym) << c.text;
}

TEST(CountryExtractor, CapitalsAndSeatsOfGovernment)
{
    const QList<CountryMention> m = CountryExtractor::extract(
        test::articleOf(QStringLiteral("Moscow, Seoul, Ankara, Kyiv, Kiev, the Kremlin, the White House, Downing "
                                       "Street, the Elysee, the Élysée, the Quai d'Orsay, Beijing and Tokyo")));
    EXPECT_EQ(test::codes(m), list({"RU", "KR", "TR", "UA", "UA", "RU", "US", "GB", "FR", "FR", "FR", "CN", "JP"}));
    for (const CountryMention &c : m)
        EXPECT_EQ(c.kind, CountryMentionKind::Capital) << c.text;
}

TEST(CountryExtractor, JordanThePersonIsNotJordan)
{
    EXPECT_TRUE(codesIn(QStringLiteral("Michael Jordan scored 40 points.")).isEmpty());
    EXPECT_TRUE(codesIn(QStringLiteral("Jordan said he was tired after the game.")).isEmpty());
    EXPECT_TRUE(codesIn(QStringLiteral("Jordan Peterson spoke.")).isEmpty());
    EXPECT_EQ(codesIn(QStringLiteral("Refugees fled to Jordan.")), list({"JO"}));
    EXPECT_EQ(codesIn(QStringLiteral("Jordan's King Abdullah arrived.")), list({"JO"}));
}

TEST(CountryExtractor, ChadTheFirstNameIsNotChad)
{
    EXPECT_TRUE(codesIn(QStringLiteral("Drummer Chad Smith played.")).isEmpty());
    EXPECT_EQ(codesIn(QStringLiteral("Troops withdrew from Chad last year.")), list({"TD"}));
}

TEST(CountryExtractor, WashingtonThePersonOrStateIsNotTheGovernment)
{
    EXPECT_TRUE(codesIn(QStringLiteral("George Washington crossed the river.")).isEmpty());
    EXPECT_TRUE(codesIn(QStringLiteral("The film stars Denzel Washington.")).isEmpty());
    EXPECT_TRUE(codesIn(QStringLiteral("A school named after Booker T. Washington opened.")).isEmpty());
    EXPECT_TRUE(codesIn(QStringLiteral("The Washington Post reported it.")).isEmpty());
    EXPECT_TRUE(codesIn(QStringLiteral("Wildfires hit Washington state and the state of Washington.")).isEmpty());
    EXPECT_EQ(codesIn(QStringLiteral("Washington imposed sanctions, and Moscow hit back.")), list({"US", "RU"}));
    EXPECT_EQ(codesIn(QStringLiteral("Talks in Washington ended.")), list({"US"}));
}

TEST(CountryExtractor, GeorgiaTheUsStateIsNotGeorgia)
{
    EXPECT_TRUE(test::codes(CountryExtractor::extract(
                                test::articleOf(QStringList {QStringLiteral("Voters in Georgia went to the polls."),
                                                             QStringLiteral("Turnout in Atlanta was high.")})))
                    .isEmpty());
    EXPECT_TRUE(codesIn(QStringLiteral("Storms hit the state of Georgia.")).isEmpty());
    EXPECT_TRUE(codesIn(QStringLiteral("Georgia and Alabama voters")).isEmpty());
    EXPECT_EQ(codesIn(QStringLiteral("Georgia's government in Tbilisi protested.")), list({"GE", "GE"}));
    EXPECT_EQ(codesIn(QStringLiteral("Russia and Georgia fought in 2008.")), list({"RU", "GE"}));
}

TEST(CountryExtractor, NigerIsNotNigeriaAndGuineaPigsAreNotGuinea)
{
    EXPECT_EQ(codesIn(QStringLiteral("Niger borders Nigeria.")), list({"NE", "NG"}));
    EXPECT_EQ(codesIn(QStringLiteral("Oil spills in the Niger Delta")), list({"NG"}));
    EXPECT_TRUE(codesIn(QStringLiteral("Guinea pigs were tested.")).isEmpty());
    EXPECT_EQ(codesIn(QStringLiteral("Guinea held elections.")), list({"GN"}));
}

TEST(CountryExtractor, TurkeyTheBirdIsNotTurkey)
{
    EXPECT_TRUE(codesIn(QStringLiteral("Turkey dinner is served at noon.")).isEmpty());
    EXPECT_TRUE(codesIn(QStringLiteral("a turkey dinner")).isEmpty());
}

TEST(CountryExtractor, StageNameAfterAnOccupationIsAPerson)
{
    EXPECT_TRUE(codesIn(QStringLiteral("The actress Georgia said she was delighted.")).isEmpty());
    EXPECT_TRUE(codesIn(QStringLiteral("Singer Georgia, 25, thanked her fans.")).isEmpty());
    EXPECT_EQ(codesIn(QStringLiteral("The actress visited Georgia and Armenia.")), list({"GE", "AM"}));
}

TEST(CountryExtractor, OffsetsAreUtf16IndicesIntoTheParagraph)
{
    const QString p = QStringLiteral("😀 Peace in Ukraine");
    const QList<CountryMention> m = CountryExtractor::extract(test::articleOf(p));
    ASSERT_EQ(m.size(), 1);
    EXPECT_EQ(m.first().start, 12);
    EXPECT_EQ(m.first().end, 19);
    EXPECT_EQ(m.first().paragraph, 0);
}

TEST(CountryExtractor, OnlyParagraphsAreSearchedAndParagraphIndexIsKept)
{
    Article a = test::articleOf(QStringList {QStringLiteral("Nothing here."), QStringLiteral("Then Egypt spoke.")});
    a.headline = QStringLiteral("France wins");
    a.standfirst = QStringLiteral("Spain loses");
    const QList<CountryMention> m = CountryExtractor::extract(a);
    ASSERT_EQ(m.size(), 1);
    EXPECT_EQ(m.first().code, QStringLiteral("EG"));
    EXPECT_EQ(m.first().paragraph, 1);
    EXPECT_EQ(m.first().start, 5);
}

TEST(CountryExtractor, PlaceLineInTheFirstParagraphIsADatelineMention)
{
    const QList<CountryMention> m = CountryExtractor::extract(
        test::articleOf(QStringLiteral("MOSCOW (Reuters) - Talks with Kazakhstan resumed.")));
    ASSERT_EQ(m.size(), 2);
    EXPECT_EQ(m.at(0).code, QStringLiteral("RU"));
    EXPECT_EQ(m.at(0).kind, CountryMentionKind::Dateline);
    EXPECT_EQ(m.at(0).text, QStringLiteral("MOSCOW"));
    EXPECT_EQ(m.at(1).code, QStringLiteral("KZ"));
}

TEST(CountryExtractor, CountryNamesForDisplay)
{
    EXPECT_EQ(CountryExtractor::countryName(QStringLiteral("KR")), QStringLiteral("South Korea"));
    EXPECT_EQ(CountryExtractor::countryName(QStringLiteral("KP")), QStringLiteral("North Korea"));
    EXPECT_EQ(CountryExtractor::countryName(QStringLiteral("RU")), QStringLiteral("Russia"));
    EXPECT_EQ(CountryExtractor::countryName(QStringLiteral("FR")), QStringLiteral("France"));
    EXPECT_EQ(CountryExtractor::countryName(QStringLiteral("TR")), QStringLiteral("Türkiye"));
    EXPECT_EQ(CountryExtractor::countryName(QStringLiteral("CD")), QStringLiteral("DR Congo"));
    EXPECT_EQ(CountryExtractor::countryName(QStringLiteral("VA")), QStringLiteral("Vatican City"));
    EXPECT_EQ(CountryExtractor::countryName(QStringLiteral("BN")), QStringLiteral("Brunei"));
    EXPECT_EQ(CountryExtractor::countryName(QStringLiteral("XX")), QStringLiteral("XX"));
}

TEST(CountryExtractor, HostileInputDoesNotCrash)
{
    QString junk;
    for (int i = 0; i < 200000; ++i)
        junk += QChar(char16_t((i * 7919) % 0xFFFF + 1));
    QString apostrophes(100000, u'\'');
    const Article a = test::articleOf(QStringList {junk, apostrophes, QString(), QStringLiteral("South")});
    const QList<CountryMention> m = CountryExtractor::extract(a);
    for (const CountryMention &c : m) {
        EXPECT_GE(c.start, 0);
        EXPECT_LE(c.end, a.paragraphs.at(c.paragraph).size());
    }
}

TEST(CountryExtractor, KoreanNewsAgencyIsNorthKorean)
{
    EXPECT_EQ(codesIn(QStringLiteral("the Korean Central News Agency reported")), list({"KP"}));
    EXPECT_EQ(codesIn(QStringLiteral("Korean officials")), list({"KR"}));
}

TEST(CountryExtractor, TreatiesNamedAfterCapitalsAreNotTheirStates)
{
    EXPECT_TRUE(codesIn(QStringLiteral("under the Vienna Convention and the Minsk agreements")).isEmpty());
    EXPECT_EQ(codesIn(QStringLiteral("talks in Vienna")), list({"AT"}));
}

TEST(CountryExtractor, CompoundDemonymsBelongToOneState)
{
    EXPECT_EQ(codesIn(QStringLiteral("Bosnian Serb and Greek Cypriot leaders")), list({"BA", "CY"}));
}

TEST(CountryExtractor, RegionsNamedAfterStatesAreNotThem)
{
    EXPECT_TRUE(codesIn(QStringLiteral("Fires in British Columbia and New South Wales spread.")).isEmpty());
    EXPECT_EQ(codesIn(QStringLiteral("Northern Irish and Irish fans")), list({"GB", "IE"}));
    EXPECT_EQ(codesIn(QStringLiteral("Chinese Taipei won gold.")), list({"TW"}));
}

TEST(CountryExtractor, LondonDistrictsAreNotPeopleCalledLondon)
{
    EXPECT_EQ(codesIn(QStringLiteral("Police in East London and Greater London")), list({"GB", "GB"}));
    EXPECT_TRUE(codesIn(QStringLiteral("The novelist Jack London wrote it.")).isEmpty());
}
