#include "import/html/gumboarena.h"
#include "import/html/htmltext.h"

#include <gtest/gtest.h>

#include <QByteArray>

using namespace dateline;

namespace {

// The text of every <p> of a parsed page, joined by '|'.
QString paragraphTexts(const GumboOutput *output)
{
    return HtmlText::paragraphs(output->root, {}).join(QLatin1Char('|'));
}

QByteArray manyParagraphs(int count)
{
    QByteArray html = "<html><body>";
    for (int i = 0; i < count; ++i)
        html += "<p class=\"x\" data-i=\"" + QByteArray::number(i) + "\">Paragraph " + QByteArray::number(i) + "</p>";
    return html + "</body></html>";
}

} // namespace

TEST(GumboArena, ParsesWithinTheArena)
{
    const QByteArray html = "<p>One &amp; two</p><div>three</div>";
    GumboArena arena(size_t(html.size()));
    GumboOutput *output = arena.parse(html.constData(), size_t(html.size()));
    ASSERT_NE(output, nullptr);
    EXPECT_EQ(paragraphTexts(output), QStringLiteral("One & two|three"));
    EXPECT_FALSE(arena.overflowed());
    arena.destroy(output);
}

TEST(GumboArena, GrowsBeyondItsFirstBlock)
{
    // Far more tree than the first block (eight times the page) holds.
    const QByteArray html = manyParagraphs(5000);
    GumboArena arena(64);
    GumboOutput *output = arena.parse(html.constData(), size_t(html.size()));
    ASSERT_NE(output, nullptr);
    const QStringList p = HtmlText::paragraphs(output->root, {});
    ASSERT_EQ(p.size(), 5000);
    EXPECT_EQ(p.last(), QStringLiteral("Paragraph 4999"));
    EXPECT_FALSE(arena.overflowed());
    arena.destroy(output);
}

TEST(GumboArena, PastTheCapMemoryComesFromMalloc)
{
    // A cap below the first block: everything after it is malloc's, freed
    // by gumbo during the parse and by destroy() after it.
    const QByteArray html = manyParagraphs(5000);
    GumboArena arena(size_t(html.size()), 0);
    GumboOutput *output = arena.parse(html.constData(), size_t(html.size()));
    ASSERT_NE(output, nullptr);
    EXPECT_TRUE(arena.overflowed());
    const QStringList p = HtmlText::paragraphs(output->root, {});
    ASSERT_EQ(p.size(), 5000);
    EXPECT_EQ(p.first(), QStringLiteral("Paragraph 0"));
    EXPECT_EQ(p.last(), QStringLiteral("Paragraph 4999"));
    arena.destroy(output);
}
