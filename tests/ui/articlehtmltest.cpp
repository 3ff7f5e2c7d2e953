#include "render/articlehtml.h"
#include "fixturearticles.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace dateline;

// The reader's markup, as the panels and layer toggles rely on it.
TEST(ArticleHtml, MarksCarryTheIdsAndClassesThePanelsUse)
{
    const QString html = ArticleHtml::render(test::credentialsArticle(), {});
    EXPECT_TRUE(html.contains(QStringLiteral("<mark class=\"q s0\" id=\"q0\"")));
    EXPECT_TRUE(html.contains(QStringLiteral("<mark class=\"q s1\" id=\"q1\"")));
    EXPECT_TRUE(html.contains(QStringLiteral("<mark class=\"q s0\" id=\"q3\""))) << "same speaker, same colour";
    EXPECT_TRUE(html.contains(QStringLiteral("<mark class=\"c\" id=\"c9\" data-code=\"TR\"")));
    EXPECT_TRUE(html.contains(QStringLiteral("<mark class=\"a\" id=\"a1\"")));
    EXPECT_FALSE(html.contains(QStringLiteral("<script")));
}

TEST(ArticleHtml, ShowsDatesReadablyAndKeepsTheIsoForm)
{
    Article a = test::reutersArticle();
    a.published = QStringLiteral("2026-01-20T09:30");
    EXPECT_TRUE(ArticleHtml::render(a, {}).contains(
        QStringLiteral("<time datetime=\"2026-01-20T09:30\">20 January 2026, 09:30</time>")));
    a.published = QStringLiteral("2026-01-18");
    EXPECT_TRUE(ArticleHtml::render(a, {}).contains(QStringLiteral(">18 January 2026</time>")));
    a.published = QStringLiteral("sometime <soon>");
    EXPECT_TRUE(ArticleHtml::render(a, {}).contains(QStringLiteral(">sometime &lt;soon&gt;</time>")));
}

TEST(ArticleHtml, SpeakerSlotsFollowFirstAppearanceAndWrapAround)
{
    Extraction e;
    for (int i = 0; i < ArticleHtml::kSpeakerColours + 2; ++i) {
        Statement s;
        s.speaker = QStringLiteral("Speaker %1").arg(i);
        e.statements << s;
    }
    e.statements << e.statements.first();
    const QHash<QString, int> colourSlots = ArticleHtml::speakerSlots(e);
    EXPECT_EQ(colourSlots.size(), ArticleHtml::kSpeakerColours + 2);
    EXPECT_EQ(colourSlots.value(QStringLiteral("Speaker 0")), 0);
    EXPECT_EQ(colourSlots.value(QStringLiteral("Speaker 7")), 7);
    EXPECT_EQ(colourSlots.value(QStringLiteral("Speaker 9")), 1);
}
