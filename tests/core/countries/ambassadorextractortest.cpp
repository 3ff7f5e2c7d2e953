#include "countrytestsupport.h"
#include "testpaths.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace dateline;
using dateline::test::Pairs;
using dateline::test::pairsIn;

TEST(AmbassadorExtractor, TitleWithHostAndName)
{
    const Article a = test::articleOf(QStringLiteral("US Ambassador to Türkiye Tom Barrack met officials."));
    const QList<AmbassadorMention> m = test::ambassadorsIn(a);
    ASSERT_EQ(m.size(), 1);
    EXPECT_EQ(m.first().country, QStringLiteral("US"));
    EXPECT_EQ(m.first().host, QStringLiteral("TR"));
    EXPECT_EQ(m.first().name, QStringLiteral("Tom Barrack"));
    EXPECT_EQ(m.first().role, QStringLiteral("ambassador"));
    EXPECT_EQ(m.first().text, QStringLiteral("US Ambassador to Türkiye Tom Barrack"));
    EXPECT_EQ(m.first().start, 0);
}

TEST(AmbassadorExtractor, NameRightAfterTheTitle)
{
    const QList<AmbassadorMention> m
        = test::ambassadorsIn(test::articleOf(QStringLiteral("Britain's ambassador John Smith flew to Cairo.")));
    ASSERT_EQ(m.size(), 1);
    EXPECT_EQ(m.first().country, QStringLiteral("GB"));
    EXPECT_EQ(m.first().name, QStringLiteral("John Smith"));
}

TEST(AmbassadorExtractor, PossessiveSenderWithHost)
{
    EXPECT_EQ(pairsIn(QStringLiteral("South Korea's new ambassador to Russia arrived.")), (Pairs {{"KR", "RU"}}));
    EXPECT_EQ(pairsIn(QStringLiteral("Germany’s ambassador in Ankara was summoned.")), (Pairs {{"DE", "TR"}}));
}

TEST(AmbassadorExtractor, OfSenderToHost)
{
    EXPECT_EQ(pairsIn(QStringLiteral("He met the ambassador of France to Italy.")), (Pairs {{"FR", "IT"}}));
}

TEST(AmbassadorExtractor, EnvoyToAnOrganisation)
{
    EXPECT_EQ(pairsIn(QStringLiteral("Russia's envoy to the UN walked out.")), (Pairs {{"RU", "UN"}}));
    EXPECT_EQ(pairsIn(QStringLiteral("China's permanent representative to the United Nations spoke.")),
              (Pairs {{"CN", "UN"}}));
}

TEST(AmbassadorExtractor, CoordinatedListsGiveOneMentionPerCountry)
{
    const Article a = test::articleOf(QStringLiteral(
        "The newly-appointed envoys of France, Italy, Saudi Arabia and Pakistan to Russia were present."));
    const QList<AmbassadorMention> m = test::ambassadorsIn(a);
    EXPECT_EQ(m.size(), 4);
    EXPECT_EQ(test::pairs(m), (Pairs {{"FR", "RU"}, {"IT", "RU"}, {"SA", "RU"}, {"PK", "RU"}}));
    EXPECT_EQ(pairsIn(QStringLiteral("The French, German and Italian ambassadors in Moscow protested.")),
              (Pairs {{"FR", "RU"}, {"DE", "RU"}, {"IT", "RU"}}));
}

TEST(AmbassadorExtractor, CeremonyPlaceGivesTheHost)
{
    EXPECT_EQ(pairsIn(QStringLiteral("Brazil's ambassador presented credentials in the Kremlin.")),
              (Pairs {{"BR", "RU"}}));
}

TEST(AmbassadorExtractor, HostFromAnotherTitleInTheStory)
{
    const Article a
        = test::articleOf(QStringList {QStringLiteral("Twenty new ambassadors to Japan attended the ceremony."),
                                       QStringLiteral("Among them was Kenya's new ambassador, who spoke briefly.")},
                          QStringLiteral("ISTANBUL"));
    EXPECT_EQ(test::pairs(test::ambassadorsIn(a)), (Pairs {{"KE", "JP"}}));
}

TEST(AmbassadorExtractor, DatelineGivesTheHostWhenNothingCloserDoes)
{
    EXPECT_EQ(pairsIn(QStringLiteral("The Swedish ambassador declined to comment."), QStringLiteral("ANKARA")),
              (Pairs {{"SE", "TR"}}));
    // A city that is not a capital says nothing about the host.
    EXPECT_EQ(pairsIn(QStringLiteral("The Swedish ambassador declined to comment."), QStringLiteral("ISTANBUL")),
              (Pairs {{"SE", ""}}));
}

TEST(AmbassadorExtractor, SubjectCountryOfTheSentenceIsTheHost)
{
    EXPECT_EQ(pairsIn(QStringLiteral("Iran summoned the Dutch ambassador over the remarks.")), (Pairs {{"NL", "IR"}}));
}

TEST(AmbassadorExtractor, GoodwillAndBrandAmbassadorsAreNotDiplomats)
{
    EXPECT_TRUE(pairsIn(QStringLiteral("The Italian actress is a UNICEF goodwill ambassador in Kenya.")).empty());
    EXPECT_TRUE(pairsIn(QStringLiteral("The French tennis star became a brand ambassador.")).empty());
}

TEST(AmbassadorExtractor, SpecialEnvoyForACauseHasNoHost)
{
    EXPECT_EQ(pairsIn(QStringLiteral("The US special envoy for climate visited Beijing."), QStringLiteral("BEIJING")),
              (Pairs {{"US", ""}}));
}

TEST(AmbassadorExtractor, OtherHeadsOfMission)
{
    const QList<AmbassadorMention> hc
        = test::ambassadorsIn(test::articleOf(QStringLiteral("India's High Commissioner to Britain was recalled.")));
    ASSERT_EQ(hc.size(), 1);
    EXPECT_EQ(hc.first().role, QStringLiteral("high commissioner"));
    EXPECT_EQ(test::pairs(hc), (Pairs {{"IN", "GB"}}));
    EXPECT_EQ(pairsIn(QStringLiteral("The US chargé d'affaires in Kyiv left.")), (Pairs {{"US", "UA"}}));
    EXPECT_EQ(pairsIn(QStringLiteral("The Canadian charge d’affaires to Cuba spoke.")), (Pairs {{"CA", "CU"}}));
    EXPECT_EQ(pairsIn(QStringLiteral("The apostolic nuncio to Ukraine met the bishops.")), (Pairs {{"VA", "UA"}}));
}

TEST(AmbassadorExtractor, ConsulsAreNotHeadsOfMission)
{
    EXPECT_TRUE(pairsIn(QStringLiteral("The French consul-general in Istanbul spoke.")).empty());
}

TEST(AmbassadorExtractor, AccreditedToGivesTheHost)
{
    EXPECT_EQ(pairsIn(QStringLiteral("The Italian ambassador, who is also accredited to Malta, left.")),
              (Pairs {{"IT", "MT"}}));
}

TEST(AmbassadorExtractor, OneMentionPerOccurrence)
{
    const Article a
        = test::articleOf(QStringList {QStringLiteral("Japan's ambassador to China arrived."),
                                       QStringLiteral("Later, Japan's ambassador met officials in Beijing.")});
    const QList<AmbassadorMention> m = test::ambassadorsIn(a);
    ASSERT_EQ(m.size(), 2);
    EXPECT_EQ(m.at(1).paragraph, 1);
    EXPECT_EQ(test::pairs(m), (Pairs {{"JP", "CN"}}));
}

TEST(AmbassadorExtractor, TitleWithoutACountryGivesNothing)
{
    EXPECT_TRUE(pairsIn(QStringLiteral("The ambassador said nothing.")).empty());
    EXPECT_TRUE(pairsIn(QStringLiteral("Thirty ambassadors to Russia attended.")).empty());
}

TEST(AmbassadorExtractor, ItsAmbassadorIsTheSubjectsAndFromNamesTheHost)
{
    EXPECT_EQ(pairsIn(QStringLiteral("France recalled its ambassador from Niger on Monday.")), (Pairs {{"FR", "NE"}}));
    EXPECT_EQ(pairsIn(QStringLiteral("The ambassadors from Chile and Peru arrived.")),
              (Pairs {{"CL", ""}, {"PE", ""}}));
}

TEST(AmbassadorExtractor, UnnamedSingleEnvoyUnderACapitalDatelineIsTheHomeCountrys)
{
    EXPECT_EQ(pairsIn(QStringLiteral("The panel advanced the nomination of the envoy to Japan."),
                      QStringLiteral("WASHINGTON")),
              (Pairs {{"US", "JP"}}));
    EXPECT_TRUE(pairsIn(QStringLiteral("Thirty ambassadors to Japan attended."), QStringLiteral("WASHINGTON")).empty());
}

TEST(AmbassadorExtractor, UnnamedSpecialEnvoyIsNotTheDatelineCountrys)
{
    // The special envoy to Yemen is most often the UN's: no country is
    // better than the dateline's.
    EXPECT_TRUE(
        pairsIn(QStringLiteral("The special envoy to Yemen met rebel leaders on Monday."), QStringLiteral("WASHINGTON"))
            .empty());
    // With its country named, it counts as before.
    EXPECT_EQ(pairsIn(QStringLiteral("The US special envoy to Yemen met rebel leaders on Monday."),
                      QStringLiteral("WASHINGTON")),
              (Pairs {{"US", "YE"}}));
}

TEST(AmbassadorExtractor, AmbassadorLevelIsARankNotADiplomat)
{
    EXPECT_TRUE(pairsIn(QStringLiteral("Turkish-Israeli ambassador-level ties were restored.")).empty());
}

TEST(AmbassadorExtractor, OfListWithArticlesAndAHost)
{
    EXPECT_EQ(pairsIn(QStringLiteral("The ambassadors of Germany, France and the UK to Iran met.")),
              (Pairs {{"DE", "IR"}, {"FR", "IR"}, {"GB", "IR"}}));
    EXPECT_EQ(pairsIn(QStringLiteral("Ambassador of Palestine to Türkiye Faed Mustafa spoke.")),
              (Pairs {{"PS", "TR"}}));
}

TEST(AmbassadorExtractor, WhoseAmbassadorBelongsToTheCountryBefore)
{
    EXPECT_EQ(pairsIn(QStringLiteral("China protested to Japan, whose ambassador in Beijing was summoned.")),
              (Pairs {{"JP", "CN"}}));
}

TEST(AmbassadorExtractor, CoordinatedSubjectsRecallTheirAmbassadors)
{
    EXPECT_EQ(pairsIn(QStringLiteral("Britain and France recalled their ambassadors from Niger.")),
              (Pairs {{"GB", "NE"}, {"FR", "NE"}}));
}

TEST(AmbassadorExtractor, ThoseOfListsNameTheSenders)
{
    EXPECT_EQ(
        pairsIn(QStringLiteral("Putin received 20 new ambassadors in the Kremlin, including those of Mongolia and "
                               "Vietnam.")),
        (Pairs {{"MN", "RU"}, {"VN", "RU"}}));
}

TEST(AmbassadorExtractor, NameInApposition)
{
    const QList<AmbassadorMention> m = test::ambassadorsIn(
        test::articleOf(QStringLiteral("The new Chinese ambassador, Zhang Hanhui, said Beijing was ready.")));
    ASSERT_EQ(m.size(), 1);
    EXPECT_EQ(m.first().name, QStringLiteral("Zhang Hanhui"));
    const QList<AmbassadorMention> none = test::ambassadorsIn(
        test::articleOf(QStringLiteral("He met the Chinese ambassador, Vladimir Putin said on Friday.")));
    ASSERT_EQ(none.size(), 1);
    EXPECT_EQ(none.first().name, QString());
}

TEST(AmbassadorExtractor, HostileOneSentenceParagraphsStayFast)
{
    QString countriesAndTitles;
    QString separators;
    for (int i = 0; i < 20000; ++i) {
        countriesAndTitles += QStringLiteral("France, Georgia and Iran's ambassadors to Russia accredited in Moscow ");
        separators += QStringLiteral(", and , ");
    }
    separators += QStringLiteral("France's envoy");
    const Article a = test::articleOf(QStringList {countriesAndTitles, separators});
    QElapsedTimer timer;
    timer.start();
    const QList<AmbassadorMention> m = test::ambassadorsIn(a);
    EXPECT_LT(timer.elapsed(), 20000);
    EXPECT_EQ(m.size(), 3 * 20000 + 1); // France, Georgia, Iran each time; "Moscow France" is no list
}

TEST(AmbassadorExtractor, TheStorysCommonestHostWinsOverTheNearest)
{
    const Article a = test::articleOf(
        QStringList {QStringLiteral("Hungary's ambassador to Türkiye and Ukraine's ambassador in Ankara spoke."),
                     QStringLiteral("The US ambassador to Israel was absent."),
                     QStringLiteral("The Palestinian envoy welcomed the decision.")});
    EXPECT_EQ(test::pairs(test::ambassadorsIn(a)), (Pairs {{"HU", "TR"}, {"UA", "TR"}, {"US", "IL"}, {"PS", "TR"}}));
}

TEST(AmbassadorExtractor, OnlyPluralTitlesAreSharedByAList)
{
    EXPECT_EQ(pairsIn(QStringLiteral("Britain and France's ambassadors to Iran left.")),
              (Pairs {{"GB", "IR"}, {"FR", "IR"}}));
    EXPECT_EQ(pairsIn(QStringLiteral("He met Germany and Spain's ambassador to Iran.")), (Pairs {{"ES", "IR"}}));
}

TEST(AmbassadorExtractor, OrganisationBeforeTheTitleIsTheHost)
{
    EXPECT_EQ(pairsIn(QStringLiteral("Russia's U.N. Ambassador Nikolai Sobolev called the text propaganda.")),
              (Pairs {{"RU", "UN"}}));
    EXPECT_EQ(pairsIn(QStringLiteral("China's UN ambassador, Zhang Lirong, said the drills raised tensions.")),
              (Pairs {{"CN", "UN"}}));
    // A host written after the title still wins.
    EXPECT_EQ(pairsIn(QStringLiteral("Kenya's U.N. ambassador to Japan spoke.")), (Pairs {{"KE", "JP"}}));
}

TEST(AmbassadorExtractor, NameBeforeTheTitle)
{
    const QList<AmbassadorMention> m = test::ambassadorsIn(test::articleOf(
        QStringLiteral("Eleanor Marsh, Britain's ambassador to Japan, said Tokyo had been consulted.")));
    ASSERT_EQ(m.size(), 1);
    EXPECT_EQ(m.first().country, QStringLiteral("GB"));
    EXPECT_EQ(m.first().host, QStringLiteral("JP"));
    EXPECT_EQ(m.first().name, QStringLiteral("Eleanor Marsh"));
    // A sentence opener is no name.
    const QList<AmbassadorMention> opener = test::ambassadorsIn(
        test::articleOf(QStringLiteral("On Monday, Britain's ambassador to Japan met the minister.")));
    ASSERT_EQ(opener.size(), 1);
    EXPECT_TRUE(opener.first().name.isEmpty());
}

TEST(AmbassadorExtractor, KazakhDemonymsSend)
{
    EXPECT_EQ(pairsIn(QStringLiteral("The Kazakh ambassador to Türkiye, Yerlan Abenov, opened the forum.")),
              (Pairs {{"KZ", "TR"}}));
    EXPECT_EQ(pairsIn(QStringLiteral("A Kazakhstani envoy to Russia was summoned.")), (Pairs {{"KZ", "RU"}}));
    // The title alone, with the embassy it speaks for named before it.
    EXPECT_EQ(pairsIn(QStringLiteral(
                  "The Kazakh Embassy in Ankara said that Ambassador Yerlan Abenov would chair the council.")),
              (Pairs {{"KZ", "TR"}}));
}

TEST(AmbassadorExtractor, PossessiveOfThePreviousSentenceSends)
{
    // The host comes from the other envoy of the story.
    const Article a = test::articleOf(
        QStringList {QStringLiteral("Ukraine's U.N. Ambassador Serhiy Hordiyenko spoke first."),
                     QStringLiteral("China abstained. Its envoy, Geng Weimin, said Beijing opposed the text.")});
    EXPECT_EQ(test::pairs(test::ambassadorsIn(a)), (Pairs {{"UA", "UN"}, {"CN", "UN"}}));
}

TEST(AmbassadorExtractor, ListAfterIncluding)
{
    EXPECT_EQ(pairsIn(QStringLiteral("Zhao met the ambassadors of several EU states, including Germany, France and "
                                     "Spain, in Beijing.")),
              (Pairs {{"DE", "CN"}, {"FR", "CN"}, {"ES", "CN"}}));
}
