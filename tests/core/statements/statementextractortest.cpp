#include "statementtestsupport.h"

#include <gtest/gtest.h>

using namespace dateline;
using dateline::test::statementsOf;
using dateline::test::story;
using dateline::test::u8;

namespace {

// The span a statement claims, read back from its paragraph.
QString spanText(const Article &a, const Statement &s)
{
    return a.paragraphs.value(s.paragraph).mid(s.start, s.end - s.start);
}

} // namespace

TEST(StatementExtractor, DirectQuoteWithTitledSpeaker)
{
    const Article a = story({"“We have no plans for talks,” Kremlin spokesman Dmitry Peskov told reporters."});
    const QList<Statement> st = StatementExtractor::extract(a);
    ASSERT_EQ(st.size(), 1);
    EXPECT_EQ(st[0].text, QStringLiteral("We have no plans for talks"));
    EXPECT_EQ(st[0].kind, StatementKind::Direct);
    EXPECT_EQ(st[0].speaker, QStringLiteral("Dmitry Peskov"));
    EXPECT_EQ(st[0].speakerRole, QStringLiteral("Kremlin spokesman"));
    EXPECT_EQ(st[0].speakerKind, SpeakerKind::Person);
    EXPECT_EQ(st[0].verb, QStringLiteral("told"));
    EXPECT_EQ(spanText(a, st[0]), st[0].text);
}

TEST(StatementExtractor, SurnameAndDescriptionResolveToTheFullName)
{
    const QList<Statement> st = statementsOf({
        "Russian President Vladimir Putin met ambassadors on Thursday.",
        "Putin said Russia is open to cooperation with all countries.",
        "The Russian president touched on Cuba, stating, “We stand in solidarity with them.”",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_EQ(st[0].kind, StatementKind::Indirect);
    EXPECT_EQ(st[0].text, QStringLiteral("Russia is open to cooperation with all countries"));
    EXPECT_EQ(st[0].speaker, QStringLiteral("Vladimir Putin"));
    EXPECT_EQ(st[0].speakerSurface, QStringLiteral("Putin"));
    EXPECT_EQ(st[0].speakerRole, QStringLiteral("Russian President"));
    EXPECT_EQ(st[1].kind, StatementKind::Direct);
    EXPECT_EQ(st[1].text, QStringLiteral("We stand in solidarity with them."));
    EXPECT_EQ(st[1].speaker, QStringLiteral("Vladimir Putin"));
    EXPECT_EQ(st[1].speakerSurface, QStringLiteral("The Russian president"));
    EXPECT_EQ(st[1].verb, QStringLiteral("stating"));
}

TEST(StatementExtractor, SplitQuoteIsOneStatement)
{
    const Article a = story({"Foreign Minister Sergey Lavrov spoke in Ankara.",
                             "“We hope,” he said, “to restore relations with Turkey soon.”"});
    const QList<Statement> st = StatementExtractor::extract(a);
    ASSERT_EQ(st.size(), 1);
    EXPECT_EQ(st[0].text, QStringLiteral("We hope to restore relations with Turkey soon."));
    EXPECT_EQ(st[0].speaker, QStringLiteral("Sergey Lavrov"));
    EXPECT_EQ(st[0].speakerSurface, QStringLiteral("he"));
    EXPECT_EQ(st[0].paragraph, 1);
    EXPECT_TRUE(spanText(a, st[0]).startsWith(QStringLiteral("We hope")));
    EXPECT_TRUE(spanText(a, st[0]).endsWith(QStringLiteral("soon.")));
}

TEST(StatementExtractor, QuoteRunningOverParagraphs)
{
    const QList<Statement> st = statementsOf({
        "German Chancellor Friedrich Merz told parliament: “Europe must defend itself.",
        "“We will spend what it takes.",
        "“And we will do it together.”",
        "The debate lasted three hours.",
    });
    ASSERT_EQ(st.size(), 1);
    EXPECT_EQ(st[0].text,
              QStringLiteral("Europe must defend itself. We will spend what it takes. And we will do it together."));
    EXPECT_EQ(st[0].speaker, QStringLiteral("Friedrich Merz"));
    EXPECT_EQ(st[0].paragraph, 0);
}

TEST(StatementExtractor, MultiParagraphQuoteAttributedAtItsEnd)
{
    const QList<Statement> st = statementsOf({
        "Prime Minister Keir Starmer addressed the summit.",
        "“Nobody wants this war to go on.",
        "“But peace cannot reward aggression,” Starmer said.",
    });
    ASSERT_EQ(st.size(), 1);
    EXPECT_EQ(st[0].text, QStringLiteral("Nobody wants this war to go on. But peace cannot reward aggression"));
    EXPECT_EQ(st[0].speaker, QStringLiteral("Keir Starmer"));
    EXPECT_EQ(st[0].paragraph, 1);
}

TEST(StatementExtractor, MixedStatementDropsQuoteMarks)
{
    const QList<Statement> st = statementsOf({"Speaking at the ceremony, Putin said that “much of the positive "
                                              "capital” in the ties has been “squandered.”"});
    ASSERT_EQ(st.size(), 1);
    EXPECT_EQ(st[0].kind, StatementKind::Mixed);
    EXPECT_EQ(st[0].text, QStringLiteral("much of the positive capital in the ties has been squandered."));
    EXPECT_EQ(st[0].speaker, QStringLiteral("Putin"));
}

TEST(StatementExtractor, PronounsFollowTheNearestSubject)
{
    const QList<Statement> st = statementsOf({
        "U.S. President Joe Biden met British Prime Minister Keir Starmer in Washington on Monday.",
        "Starmer said the alliance was stronger than ever.",
        "He added that Britain would keep supporting Ukraine.",
        "Biden praised the talks. “This is a special relationship,” he said.",
    });
    ASSERT_EQ(st.size(), 3);
    EXPECT_EQ(st[0].speaker, QStringLiteral("Keir Starmer"));
    EXPECT_EQ(st[1].speaker, QStringLiteral("Keir Starmer"));
    EXPECT_EQ(st[1].text, QStringLiteral("Britain would keep supporting Ukraine"));
    EXPECT_EQ(st[2].speaker, QStringLiteral("Joe Biden"));
}

TEST(StatementExtractor, SheAndHeResolveByGender)
{
    const QList<Statement> st = statementsOf({
        "Foreign Ministry spokeswoman Maria Zakharova and Foreign Minister Sergey Lavrov spoke after the talks.",
        "\"The West is not interested in peace,\" she said.",
        "\"We are ready for a dialogue,\" he said.",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_EQ(st[0].speaker, QStringLiteral("Maria Zakharova"));
    EXPECT_EQ(st[0].text, QStringLiteral("The West is not interested in peace"));
    EXPECT_EQ(st[1].speaker, QStringLiteral("Sergey Lavrov"));
}

TEST(StatementExtractor, OrganisationsStayOrganisations)
{
    const QList<Statement> st = statementsOf({
        "Russia's Foreign Ministry summoned the envoy on Tuesday.",
        "“The provocation will not go unanswered,” the ministry said.",
        "The State Department said in a statement that it was reviewing the decision.",
        "The Kremlin said the meeting would take place in Istanbul.",
    });
    ASSERT_EQ(st.size(), 3);
    EXPECT_EQ(st[0].speaker, QStringLiteral("Russia's Foreign Ministry"));
    EXPECT_EQ(st[0].speakerSurface, QStringLiteral("the ministry"));
    EXPECT_EQ(st[0].speakerKind, SpeakerKind::Organisation);
    EXPECT_EQ(st[1].speaker, QStringLiteral("State Department"));
    EXPECT_EQ(st[1].verb, QStringLiteral("said in a statement"));
    EXPECT_EQ(st[1].text, QStringLiteral("it was reviewing the decision"));
    EXPECT_EQ(st[1].speakerKind, SpeakerKind::Organisation);
    EXPECT_EQ(st[2].speaker, QStringLiteral("Kremlin"));
    EXPECT_EQ(st[2].speakerKind, SpeakerKind::Organisation);
}

TEST(StatementExtractor, AccordingTo)
{
    const QList<Statement> st = statementsOf({
        "The ceasefire is holding in most areas, according to UN envoy Tor Wennesland.",
        "According to the ministry, more than 300 people were evacuated overnight.",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_EQ(st[0].text, QStringLiteral("The ceasefire is holding in most areas"));
    EXPECT_EQ(st[0].speaker, QStringLiteral("Tor Wennesland"));
    EXPECT_EQ(st[0].verb, QStringLiteral("according to"));
    EXPECT_EQ(st[1].text, QStringLiteral("more than 300 people were evacuated overnight"));
    EXPECT_EQ(st[1].speakerKind, SpeakerKind::Organisation);
}

TEST(StatementExtractor, ReutersTrailingAttributionIsIndirect)
{
    const QList<Statement> st = statementsOf({
        "Moscow has not received any proposal from Washington, Peskov told reporters on Friday.",
    });
    ASSERT_EQ(st.size(), 1);
    EXPECT_EQ(st[0].kind, StatementKind::Indirect);
    EXPECT_EQ(st[0].text, QStringLiteral("Moscow has not received any proposal from Washington"));
    EXPECT_EQ(st[0].speaker, QStringLiteral("Peskov"));
}

TEST(StatementExtractor, InvertedVerbWithAppositive)
{
    const QList<Statement> st = statementsOf({
        "“Talks are over for now,” said Dmitry Peskov, the Kremlin spokesman.",
        "“The door remains open,” Peskov added.",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_EQ(st[0].speaker, QStringLiteral("Dmitry Peskov"));
    EXPECT_EQ(st[0].speakerRole, QStringLiteral("Kremlin spokesman"));
    EXPECT_EQ(st[1].speaker, QStringLiteral("Dmitry Peskov"));
    EXPECT_EQ(st[1].verb, QStringLiteral("added"));
}

TEST(StatementExtractor, HeadlineColonQuote)
{
    const QList<Statement> st = statementsOf({"Erdogan: ‘We will not back down’"});
    ASSERT_EQ(st.size(), 1);
    EXPECT_EQ(st[0].text, QStringLiteral("We will not back down"));
    EXPECT_EQ(st[0].speaker, QStringLiteral("Erdogan"));
    EXPECT_EQ(st[0].kind, StatementKind::Direct);
}

TEST(StatementExtractor, GuillemetsAndStraightQuotes)
{
    const QList<Statement> st = statementsOf({
        "«We are ready for any scenario,» French President Emmanuel Macron said.",
        "'Nothing has been decided yet,' a senior official said.",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_EQ(st[0].text, QStringLiteral("We are ready for any scenario"));
    EXPECT_EQ(st[0].speaker, QStringLiteral("Emmanuel Macron"));
    EXPECT_EQ(st[1].text, QStringLiteral("Nothing has been decided yet"));
    EXPECT_EQ(st[1].speakerSurface, QStringLiteral("a senior official"));
}

TEST(StatementExtractor, ScareQuotesAndTitlesAreNotStatements)
{
    const QList<Statement> st = statementsOf({
        "The so-called “peace plan” was rejected by lawmakers on Tuesday.",
        "The film “Oppenheimer” won seven awards, and critics called it a “masterpiece.”",
        "“Avatar” remains the highest-grossing film of all time.",
        "Russian President Vladimir Putin expressed hope Thursday in restoring ties with Seoul.",
    });
    EXPECT_TRUE(st.isEmpty()) << st.value(0).text;
}

TEST(StatementExtractor, ApostrophesDoNotOpenQuotes)
{
    const Article a = story({"\"We don't accept Russia’s demands of the ’90s,\" Ukrainian President Volodymyr "
                             "Zelenskyy said in the countries’ joint appearance."});
    const QList<Statement> st = StatementExtractor::extract(a);
    ASSERT_EQ(st.size(), 1);
    EXPECT_EQ(st[0].text, u8("We don't accept Russia’s demands of the ’90s"));
    EXPECT_EQ(st[0].speaker, QStringLiteral("Volodymyr Zelenskyy"));
    EXPECT_EQ(spanText(a, st[0]), st[0].text);
}

TEST(StatementExtractor, UnbalancedQuoteCostsOnlyItsParagraph)
{
    const QList<Statement> st = statementsOf({
        "Chancellor Olaf Scholz said the “plan was never agreed.",
        "Scholz also said the talks would resume in March.",
        "“We are patient,” he said.",
    });
    ASSERT_GE(st.size(), 2);
    EXPECT_EQ(st[st.size() - 2].text, QStringLiteral("the talks would resume in March"));
    EXPECT_EQ(st.last().text, QStringLiteral("We are patient"));
    EXPECT_EQ(st.last().speaker, QStringLiteral("Olaf Scholz"));
}

TEST(StatementExtractor, FollowUpQuoteParagraphTakesThePreviousSpeaker)
{
    const QList<Statement> st = statementsOf({
        "“We will respond,” Iranian Foreign Minister Abbas Araghchi said.",
        "“Our patience has limits and everyone knows it.”",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_EQ(st[1].text, QStringLiteral("Our patience has limits and everyone knows it."));
    EXPECT_EQ(st[1].speaker, QStringLiteral("Abbas Araghchi"));
    EXPECT_EQ(st[1].paragraph, 1);
}

TEST(StatementExtractor, QuotedAsSayingAndWeakVerbs)
{
    const QList<Statement> st = statementsOf({
        "Defense Minister Andrei Belousov was quoted as saying that troops had advanced.",
        "The ministry announced a new plan on Monday.",
        "Belousov warned that the offensive would continue.",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_EQ(st[0].verb, QStringLiteral("was quoted as saying"));
    EXPECT_EQ(st[0].text, QStringLiteral("troops had advanced"));
    EXPECT_EQ(st[0].speaker, QStringLiteral("Andrei Belousov"));
    EXPECT_EQ(st[1].verb, QStringLiteral("warned"));
    EXPECT_EQ(st[1].speaker, QStringLiteral("Andrei Belousov"));
}

TEST(StatementExtractor, WireServicePhrasings)
{
    const QList<Statement> st = statementsOf({
        "Turkish President Recep Tayyip Erdogan on Thursday said Türkiye is ready to host new talks.",
        "Sen. Chris Murphy called the pause a mistake. Murphy said Congress would push back.",
        "But Hungarian Prime Minister Viktor Orban rejected the plan, saying Europe should seek talks instead.",
        "Foreign Minister Hakan Fidan stressed the need for a truce, saying: “Civilians pay the heaviest price.”",
        "Putin told Erdogan that Moscow remained committed to “a political solution,” the Kremlin said.",
    });
    ASSERT_EQ(st.size(), 6);
    EXPECT_EQ(st[0].speaker, QStringLiteral("Recep Tayyip Erdogan"));
    EXPECT_EQ(st[0].text, u8("Türkiye is ready to host new talks"));
    EXPECT_EQ(st[1].speaker, QStringLiteral("Chris Murphy"));
    EXPECT_EQ(st[1].speakerRole, QStringLiteral("Sen."));
    EXPECT_EQ(st[2].speaker, QStringLiteral("Viktor Orban"));
    EXPECT_EQ(st[2].text, QStringLiteral("Europe should seek talks instead"));
    EXPECT_EQ(st[3].text, QStringLiteral("the need for a truce"));
    EXPECT_EQ(st[3].kind, StatementKind::Indirect);
    EXPECT_EQ(st[4].text, QStringLiteral("Civilians pay the heaviest price."));
    EXPECT_EQ(st[4].kind, StatementKind::Direct);
    EXPECT_EQ(st[4].speaker, QStringLiteral("Hakan Fidan"));
    EXPECT_EQ(st[5].text, QStringLiteral("Moscow remained committed to a political solution"));
    EXPECT_EQ(st[5].speaker, QStringLiteral("Putin"));
}

TEST(StatementExtractor, DescriptionsBySynonymAndNamedAppositive)
{
    const QList<Statement> st = statementsOf({
        "French President Emmanuel Macron spoke in Paris.",
        "The French leader said he would convene a summit next month.",
        "“We are watching closely,” the ministry's spokeswoman, Maria Zakharova, said.",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_EQ(st[0].speaker, QStringLiteral("Emmanuel Macron"));
    EXPECT_EQ(st[0].speakerSurface, QStringLiteral("The French leader"));
    EXPECT_EQ(st[1].speaker, QStringLiteral("Maria Zakharova"));
    EXPECT_EQ(st[1].speakerRole, QStringLiteral("ministry's spokeswoman"));
}

TEST(StatementExtractor, TwoSpeakersInOneSentenceAndLeadingPhrases)
{
    const QList<Statement> st = statementsOf({
        "In a post on X, Zelenskyy said Ukraine would not give up any territory.",
        "The European Commission said it would propose new sanctions, while NATO Secretary-General Mark Rutte "
        "said the alliance stood united.",
        "Russia will not attend the talks, Peskov told Reuters.",
    });
    ASSERT_EQ(st.size(), 4);
    EXPECT_EQ(st[0].text, QStringLiteral("Ukraine would not give up any territory"));
    EXPECT_EQ(st[1].text, QStringLiteral("it would propose new sanctions"));
    EXPECT_EQ(st[1].speaker, QStringLiteral("European Commission"));
    EXPECT_EQ(st[2].text, QStringLiteral("the alliance stood united"));
    EXPECT_EQ(st[2].speaker, QStringLiteral("Mark Rutte"));
    EXPECT_EQ(st[2].speakerRole, QStringLiteral("NATO Secretary-General"));
    EXPECT_EQ(st[3].text, QStringLiteral("Russia will not attend the talks"));
    EXPECT_EQ(st[3].speaker, QStringLiteral("Peskov"));
}

TEST(StatementExtractor, AddingAfterAQuoteStartsASecondStatement)
{
    const QList<Statement> st = statementsOf({
        "“We will not accept this,” Foreign Minister Hakan Fidan said, adding: “Our patience is running out.”",
    });
    ASSERT_EQ(st.size(), 2);
    EXPECT_EQ(st[0].text, QStringLiteral("We will not accept this"));
    EXPECT_EQ(st[1].text, QStringLiteral("Our patience is running out."));
    EXPECT_EQ(st[1].speaker, QStringLiteral("Hakan Fidan"));
    EXPECT_EQ(st[1].verb, QStringLiteral("adding"));
}

TEST(StatementExtractor, SpeakersWithUnlistedWordsAndAnonymousResidents)
{
    const QList<Statement> st = statementsOf({
        "Strikes killed at least 20 people overnight, the territory's civil defence agency said on Sunday.",
        "“Our teams recovered 20 bodies,” civil defence spokesman Mahmud Bassal told AFP.",
        "“It's a disgrace,” said one resident, Umm Mohammed, 54. “Where is the world?”",
    });
    ASSERT_EQ(st.size(), 3);
    EXPECT_EQ(st[0].text, QStringLiteral("Strikes killed at least 20 people overnight"));
    EXPECT_EQ(st[0].speakerKind, SpeakerKind::Organisation);
    EXPECT_EQ(st[1].speaker, QStringLiteral("Mahmud Bassal"));
    // The quotation goes on after its attribution: one statement.
    EXPECT_EQ(st[2].text, QStringLiteral("It's a disgrace Where is the world?"));
    EXPECT_EQ(st[2].speaker, QStringLiteral("Umm Mohammed"));
    EXPECT_EQ(st[2].speakerRole, QStringLiteral("resident"));
}

TEST(StatementExtractor, CoordinatedVerbAndDescriptionOfTheLatestPresident)
{
    const QList<Statement> st = statementsOf({
        "President Donald Trump met Ukrainian President Volodymyr Zelenskyy on Friday.",
        "Zelenskyy thanked Trump. “We are grateful for your support,” he said.",
        "Trump praised the meeting but said a deal would take time.",
        "“It's going to happen,” the president told reporters later.",
    });
    ASSERT_EQ(st.size(), 3);
    EXPECT_EQ(st[0].speaker, QStringLiteral("Volodymyr Zelenskyy"));
    EXPECT_EQ(st[1].text, QStringLiteral("a deal would take time"));
    EXPECT_EQ(st[1].speaker, QStringLiteral("Donald Trump"));
    EXPECT_EQ(st[2].speaker, QStringLiteral("Donald Trump"));
    EXPECT_EQ(st[2].speakerSurface, QStringLiteral("the president"));
}

TEST(StatementExtractor, LongInsertionsCounterpartsAndParentheticalReports)
{
    const QList<Statement> st = statementsOf({
        "Separately, Foreign Minister Hakan Fidan, speaking at a press conference in Ankara with his Egyptian "
        "counterpart Badr Abdelatty, underlined that a two-state solution was the only way to peace.",
        "“There is no alternative to a Palestinian state,” he noted.",
        "Abdelatty said Cairo and Ankara shared a common vision.",
        "The Egyptian minister also warned that the situation in Gaza had worsened.",
        "The agreement, which officials said would be signed next week, covers grain exports.",
    });
    ASSERT_EQ(st.size(), 4);
    EXPECT_EQ(st[0].speaker, QStringLiteral("Hakan Fidan"));
    EXPECT_EQ(st[0].text, QStringLiteral("a two-state solution was the only way to peace"));
    EXPECT_EQ(st[1].speaker, QStringLiteral("Hakan Fidan"));
    EXPECT_EQ(st[2].speaker, QStringLiteral("Badr Abdelatty"));
    EXPECT_EQ(st[3].speaker, QStringLiteral("Badr Abdelatty"));
    EXPECT_EQ(st[3].speakerSurface, QStringLiteral("The Egyptian minister"));
}
