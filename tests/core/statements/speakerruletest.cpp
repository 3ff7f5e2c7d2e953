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
