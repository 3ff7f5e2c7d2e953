#include "statementtestsupport.h"

#include <gtest/gtest.h>

using namespace dateline;
using dateline::test::statementsOf;

// Speaker rules for organisations, places, countries and pronoun chains.

TEST(SpeakerRules, PlaceAfterPrepositionLocatesTheSpeaker)
{
    const QList<Statement> st = statementsOf({
        "The Norwegian Embassy in Lima said the visa office would reopen next month.",
    });
    ASSERT_EQ(st.size(), 1);
    EXPECT_EQ(st[0].speaker, QStringLiteral("Norwegian Embassy"));
    EXPECT_EQ(st[0].speakerKind, SpeakerKind::Organisation);
}

TEST(SpeakerRules, OrganisationInitialsAreNoRole)
{
    // "UN" says whom Dujarric works for; "UN spokesman" is his role, and
    // is learnt when it comes. A title in capitals is still a title.
    const QList<Statement> st = statementsOf({
        "UN Stephane Dujarric said the convoy had been stopped.",
        "UN spokesman Stephane Dujarric said talks would continue.",
        "PRESIDENT Emmanuel Macron said France would respond.",
    });
    ASSERT_EQ(st.size(), 3);
    EXPECT_EQ(st[0].speaker, QStringLiteral("Stephane Dujarric"));
    EXPECT_TRUE(st[0].speakerRole.isEmpty()) << st[0].speakerRole;
    EXPECT_EQ(st[1].speaker, QStringLiteral("Stephane Dujarric"));
    EXPECT_EQ(st[1].speakerRole, QStringLiteral("UN spokesman"));
    EXPECT_EQ(st[2].speakerRole, QStringLiteral("PRESIDENT"));
}

TEST(SpeakerRules, TownAndStateAfterPrepositionLocateTheSpeaker)
{
    // "Savannah, Georgia" is where someone is, not who speaks; a name after
    // the comma that is no country or state still speaks.
    const QList<Statement> st = statementsOf({
        "Officials in Savannah, Georgia said the storm had passed.",
        "Speaking in Ankara, Erdogan said the talks had gone well.",
        "Ambassador Daniel Rourke, a native of Savannah, Georgia, noted that trade was growing fast.",
    });
    ASSERT_EQ(st.size(), 3);
    EXPECT_EQ(st[0].speaker, QStringLiteral("Officials"));
    EXPECT_EQ(st[1].speaker, QStringLiteral("Erdogan"));
    EXPECT_EQ(st[2].speaker, QStringLiteral("Daniel Rourke"));
}

TEST(SpeakerRules, NameAfterAmbassadorToCountrySpeaks)
{
    const QList<Statement> st = statementsOf({
        "Chile's ambassador to Kenya, Rodrigo Fuentes, said the new consulate would open in May.",
        "The trade office in Mombasa, Amina Odhiambo, said nothing had been decided.",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_EQ(st[0].speaker, QStringLiteral("Rodrigo Fuentes"));
    EXPECT_EQ(st[0].speakerKind, SpeakerKind::Person);
    EXPECT_NE(st[1].speaker, QStringLiteral("Mombasa"));
}

TEST(SpeakerRules, AddingThatAfterAClauseIsASecondStatement)
{
    const QList<Statement> st = statementsOf({
        "Finance Minister Tomas Lindgren said the budget would be balanced, adding that taxes would not rise.",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_EQ(st[0].text, QStringLiteral("the budget would be balanced"));
    EXPECT_EQ(st[1].text, QStringLiteral("taxes would not rise"));
    EXPECT_EQ(st[1].kind, StatementKind::Indirect);
    EXPECT_EQ(st[1].speaker, QStringLiteral("Tomas Lindgren"));
    EXPECT_EQ(st[1].verb, QStringLiteral("adding"));
}

TEST(SpeakerRules, AddingThatAfterAQuoteIsASecondStatement)
{
    const QList<Statement> st = statementsOf({
        "Finance Minister Tomas Lindgren spoke in Oslo.",
        "“The numbers are better than we feared,” he said, adding that the deficit would shrink next year.",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_EQ(st[0].kind, StatementKind::Direct);
    EXPECT_EQ(st[0].text, QStringLiteral("The numbers are better than we feared"));
    EXPECT_EQ(st[1].text, QStringLiteral("the deficit would shrink next year"));
    EXPECT_EQ(st[1].speaker, QStringLiteral("Tomas Lindgren"));
}

TEST(SpeakerRules, AddingThatInsideAQuotationStaysInIt)
{
    const QList<Statement> st = statementsOf({
        "Finance Minister Tomas Lindgren said the plan was “sound, adding that nothing is certain” in these times.",
    });
    ASSERT_EQ(st.size(), 1);
    EXPECT_EQ(st[0].kind, StatementKind::Mixed);
}

TEST(SpeakerRules, CountriesSpeakTogetherAndTheyFollowThem)
{
    const QList<Statement> st = statementsOf({
        "Chile and Peru said the fishing dispute would go to arbitration.",
        "Foreign Minister Rodrigo Fuentes said the talks had been useful.",
        "They said a ruling was expected within a year.",
    });
    ASSERT_EQ(st.size(), 3);
    EXPECT_EQ(st[0].speaker, QStringLiteral("Chile and Peru"));
    EXPECT_EQ(st[0].speakerKind, SpeakerKind::Organisation);
    EXPECT_EQ(st[1].speaker, QStringLiteral("Rodrigo Fuentes"));
    EXPECT_EQ(st[2].speaker, QStringLiteral("Chile and Peru"));
    EXPECT_EQ(st[2].speakerSurface, QStringLiteral("They"));
}

TEST(SpeakerRules, TheyNeverStandsForOnePerson)
{
    const QList<Statement> st = statementsOf({
        "Foreign Minister Rodrigo Fuentes said the talks had been useful.",
        "They said a ruling was expected within a year.",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_TRUE(st[1].speaker.isEmpty());
}

TEST(SpeakerRules, FamilyNameFirstResolvesToTheFullName)
{
    const QList<Statement> st = statementsOf({
        "Vietnamese Trade Minister Pham Thi Lan met investors in Hanoi.",
        "Pham said exports of rice would rise this year.",
        "Lan said the port would be expanded by the end of the decade.",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_EQ(st[0].speaker, QStringLiteral("Pham Thi Lan"));
    EXPECT_EQ(st[1].speaker, QStringLiteral("Pham Thi Lan"));
}

TEST(SpeakerRules, FirstWordAloneIsNotAnUnrelatedPerson)
{
    const QList<Statement> st = statementsOf({
        "Vietnamese Trade Minister Pham Thi Lan met investors in Hanoi.",
        "Nguyen said exports of rice would rise this year.",
    });
    ASSERT_EQ(st.size(), 1);
    EXPECT_EQ(st[0].speaker, QStringLiteral("Nguyen"));
}

TEST(SpeakerRules, AppositiveNameLeadsItsSentence)
{
    const QList<Statement> st = statementsOf({
        "Interior Minister Helen Ward said the bill would pass next week.",
        "Chile's ambassador to Britain, Ximena Roque, welcomed the bill.",
        "She said it would help students from abroad.",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_EQ(st[0].speaker, QStringLiteral("Helen Ward"));
    EXPECT_EQ(st[1].speaker, QStringLiteral("Ximena Roque"));
}

TEST(SpeakerRules, StatementFromABodyIsThatBodySpeaking)
{
    const QList<Statement> st = statementsOf({
        "The talks covered fisheries and ports, according to a statement from the Peruvian Foreign Ministry.",
        "Both sides agreed to meet again in March, the statement said.",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_EQ(st[0].speaker, QStringLiteral("Peruvian Foreign Ministry"));
    EXPECT_EQ(st[0].speakerKind, SpeakerKind::Organisation);
    EXPECT_EQ(st[1].speaker, QStringLiteral("Peruvian Foreign Ministry"));
}

TEST(SpeakerRules, TheStatementGoesToTheLastBodyQuoted)
{
    const QList<Statement> st = statementsOf({
        "Foreign Minister Rodrigo Fuentes met his Peruvian counterpart in Lima on Monday, the ministry said.",
        "The two also discussed the fishing dispute, according to the statement.",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_EQ(st[1].speaker, st[0].speaker);
    EXPECT_EQ(st[1].speakerKind, SpeakerKind::Organisation);
}

TEST(SpeakerRules, QuoteGoingOnAfterItsAttributionIsOneStatement)
{
    const QList<Statement> st = statementsOf({
        "Foreign Minister Rodrigo Fuentes spoke in Lima.",
        "“We will not yield,” Fuentes said. “Our path is set.”",
        "“The court will decide.”",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_EQ(st[0].text, QStringLiteral("We will not yield Our path is set."));
    EXPECT_EQ(st[0].speaker, QStringLiteral("Rodrigo Fuentes"));
    EXPECT_EQ(st[1].text, QStringLiteral("The court will decide."));
    EXPECT_EQ(st[1].speaker, QStringLiteral("Rodrigo Fuentes"));
}

TEST(SpeakerRules, AndWithASecondReportingVerbIsASecondStatement)
{
    const QList<Statement> st = statementsOf({
        "The Peruvian Foreign Ministry said on Monday it would study the offer, and warned that the deadline was "
        "too short.",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_EQ(st[0].text, QStringLiteral("it would study the offer"));
    EXPECT_EQ(st[1].text, QStringLiteral("the deadline was too short"));
    EXPECT_EQ(st[1].speaker, st[0].speaker);
    EXPECT_EQ(st[1].verb, QStringLiteral("warned"));
}

TEST(SpeakerRules, WhoAfterACommaStandsForTheNameBeforeIt)
{
    const QList<Statement> st = statementsOf({
        "Among the guests was Peruvian Deputy Foreign Minister Lucia Campos, who said Lima hoped for a quick ruling.",
        "Also present was Omar Haddad, an IMF adviser, who said the fund would review the loan in June.",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_EQ(st[0].text, QStringLiteral("Lima hoped for a quick ruling"));
    EXPECT_EQ(st[0].speaker, QStringLiteral("Lucia Campos"));
    EXPECT_EQ(st[1].speaker, QStringLiteral("Omar Haddad"));
}

TEST(SpeakerRules, WhoWithoutACommaIsNoAttribution)
{
    const QList<Statement> st = statementsOf({
        "Foreign Minister Lucia Campos met the officials who said nothing at the meeting in Lima.",
    });
    for (const Statement &s : st)
        EXPECT_NE(s.speaker, QStringLiteral("Lucia Campos")) << s.text;
}

TEST(SpeakerRules, TrailingFrameWithACircumstance)
{
    const QList<Statement> st = statementsOf({
        "Chile and Peru agreed to send the dispute to arbitration, Colombia's foreign minister said after talks "
        "in Bogota.",
        "Peru recalled its ambassador from Santiago, the foreign ministry said, in a sharp escalation of the row.",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_EQ(st[0].text, QStringLiteral("Chile and Peru agreed to send the dispute to arbitration"));
    EXPECT_EQ(st[0].kind, StatementKind::Indirect);
    EXPECT_EQ(st[1].text, QStringLiteral("Peru recalled its ambassador from Santiago"));
    EXPECT_EQ(st[1].speakerKind, SpeakerKind::Organisation);
}

TEST(SpeakerRules, TrailingFrameFollowedByAClauseIsNotAFrame)
{
    const QList<Statement> st = statementsOf({
        "The talks were long, Foreign Minister Lucia Campos said Lima would not sign.",
    });
    for (const Statement &s : st)
        EXPECT_NE(s.text, QStringLiteral("The talks were long")) << s.text;
}

TEST(SpeakerRules, PronounOpeningAReportedClauseTellsTheSpeakersGender)
{
    const QList<Statement> st = statementsOf({
        "Trade Minister Keshi Andor met Finance Minister Oren Valtu in Lima.",
        "Andor said she wanted lower tariffs on copper.",
        "Valtu said he had no room for new subsidies.",
        "She said the talks would go on next week.",
    });
    ASSERT_EQ(st.size(), 3);
    EXPECT_EQ(st[1].speaker, QStringLiteral("Oren Valtu"));
    EXPECT_EQ(st[2].speaker, QStringLiteral("Keshi Andor"));
}

TEST(SpeakerRules, LedeDescriptionResolvesToThePersonNamedLater)
{
    const QList<Statement> st = statementsOf({
        "Peru and Chile will send their fishing dispute to arbitration, Colombia's foreign minister said on Monday.",
        "“Both sides chose the law over force,” Colombian Foreign Minister Ines Arboleda told reporters.",
        "The talks were hosted by a neutral country, a diplomat said.",
    });
    ASSERT_EQ(st.size(), 3);
    EXPECT_EQ(st[0].speaker, QStringLiteral("Ines Arboleda"));
    EXPECT_EQ(st[1].speaker, QStringLiteral("Ines Arboleda"));
    EXPECT_EQ(st[2].speaker, QStringLiteral("a diplomat"));
}

TEST(SpeakerRules, TheyAfterAPluralNounIsThatGroup)
{
    const QList<Statement> st = statementsOf({
        "Egypt and Qatar said the talks would resume on Sunday.",
        "Steelmakers in both countries welcomed the move, but they warned that cheap imports remained a threat.",
        "Traders in the border town of Mandera said they hoped prices for food would fall.",
        "The negotiators said they would return next week. They added that a deal was close.",
    });
    ASSERT_EQ(st.size(), 5);
    EXPECT_EQ(st[0].speaker, QStringLiteral("Egypt and Qatar"));
    EXPECT_EQ(st[1].speaker, QStringLiteral("Steelmakers"));
    EXPECT_EQ(st[1].text, QStringLiteral("cheap imports remained a threat"));
    EXPECT_EQ(st[2].speaker, QStringLiteral("Traders"));
    EXPECT_EQ(st[2].text, QStringLiteral("they hoped prices for food would fall"));
    EXPECT_EQ(st[3].speaker, QStringLiteral("negotiators"));
    EXPECT_EQ(st[4].speaker, QStringLiteral("negotiators"));
}

TEST(SpeakerRules, PluralNounOnlyOpeningTheSentenceIsAGroup)
{
    // "Rangers" mid-sentence and "numbers" are not people speaking.
    const QList<Statement> st = statementsOf({
        "Foreign Minister Paul Grant said the vote was fair.",
        "He met the Rangers in the stadium, and they said the season would start soon.",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_NE(st[1].speaker, QStringLiteral("Rangers"));
}

TEST(SpeakerRules, NameAfterTitleWithItsPostSpeaks)
{
    const QList<Statement> st = statementsOf({
        "\"We will not accept this draft,\" said U.S. Ambassador to the U.N. Linda Harwell.",
        "\xE2\x80\x9CThe people cannot wait,\xE2\x80\x9D said the UK\xE2\x80\x99s ambassador to the UN, Eleanor Marsh, "
        "who presented the draft.",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_EQ(st[0].speaker, QStringLiteral("Linda Harwell"));
    EXPECT_EQ(st[0].text, QStringLiteral("We will not accept this draft"));
    EXPECT_EQ(st[1].speaker, QStringLiteral("Eleanor Marsh"));
}

TEST(SpeakerRules, DescriptionThenAppositionAndNameThenTitleSpeak)
{
    const QList<Statement> st = statementsOf({
        "The UK's ambassador to the UN, Eleanor Marsh, said the council must act quickly.",
        "Tomas Varga, Hungary's ambassador to Japan, said Tokyo had been consulted.",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_EQ(st[0].speaker, QStringLiteral("Eleanor Marsh"));
    EXPECT_EQ(st[1].speaker, QStringLiteral("Tomas Varga"));
}

TEST(SpeakerRules, LongCircumstanceAfterATrailingFrame)
{
    const QList<Statement> st = statementsOf({
        "France summoned Mali's ambassador on Thursday, the foreign ministry said, in the latest sign of strained "
        "ties between Paris and the junta that seized power in a coup.",
    });
    ASSERT_EQ(st.size(), 1);
    EXPECT_EQ(st[0].text, QStringLiteral("France summoned Mali's ambassador on Thursday"));
    EXPECT_EQ(st[0].speaker, QStringLiteral("the foreign ministry"));
}

TEST(SpeakerRules, TheSpeakersNextActEndsTheClause)
{
    const QList<Statement> st = statementsOf({
        "Villareal said Manila wanted \"more eyes on the water\" and thanked Washington for two patrol vessels.",
        "Grant said prices rose and fell all year.",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_EQ(st[0].text, QStringLiteral("Manila wanted more eyes on the water"));
    EXPECT_EQ(st[0].kind, StatementKind::Mixed);
    EXPECT_EQ(st[1].text, QStringLiteral("prices rose and fell all year"));
}

TEST(SpeakerRules, AnonymityAfterATrailingFrame)
{
    const QList<Statement> st = statementsOf({
        "The measures were coordinated with Norway and Canada, a British official said, speaking on condition of "
        "anonymity.",
    });
    ASSERT_EQ(st.size(), 1);
    EXPECT_EQ(st[0].text, QStringLiteral("The measures were coordinated with Norway and Canada"));
}

TEST(SpeakerRules, PossessiveTitleThenApposition)
{
    const QList<Statement> st = statementsOf({
        "Mayor Ihor Tkachenko said the city needed more air defence.",
        "Tkachenko's deputy, Olena Marchenko, said she expected new attacks. She told AFP that shelters were full.",
    });
    ASSERT_EQ(st.size(), 3);
    EXPECT_EQ(st[1].speaker, QStringLiteral("Olena Marchenko"));
    EXPECT_EQ(st[2].speaker, QStringLiteral("Olena Marchenko"));
    EXPECT_EQ(st[2].text, QStringLiteral("shelters were full"));
}

TEST(SpeakerRules, AccordingToAfterAClauseIsNotReported)
{
    const QList<Statement> st = statementsOf({
        "Residents of the town said they were exhausted, according to local media.",
    });
    ASSERT_EQ(st.size(), 1);
    EXPECT_EQ(st[0].text, QStringLiteral("they were exhausted"));
}
