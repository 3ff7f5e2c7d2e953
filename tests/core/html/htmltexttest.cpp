#include "import/html/htmltext.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace dateline;

TEST(HtmlText, BlocksBecomeParagraphsAndEntitiesAreDecoded)
{
    const QStringList p = HtmlText::paragraphs(
        QStringLiteral("<p>Putin said &ldquo;hello&rdquo; &amp; left.</p><div>Second <b>block</b></div>"));
    EXPECT_EQ(p, (QStringList{QStringLiteral("Putin said “hello” & left."), QStringLiteral("Second block")}));
}

TEST(HtmlText, BrRunsSplitParagraphsAndSingleBrJoinsLines)
{
    const QStringList p = HtmlText::paragraphs(QStringLiteral("one<br>two<br><br>three<br/>\n<br/>four"));
    EXPECT_EQ(p, (QStringList{QStringLiteral("one two"), QStringLiteral("three"), QStringLiteral("four")}));
}

TEST(HtmlText, ScriptsStylesAndHiddenNodesAreDropped)
{
    const QStringList p = HtmlText::paragraphs(QStringLiteral(
        "<script>alert(1)</script><style>p{}</style><p hidden>x</p><p style=\"display: none\">y</p><p>kept</p>"));
    EXPECT_EQ(p, QStringList{QStringLiteral("kept")});
}

TEST(HtmlText, DeepNestingDoesNotOverflow)
{
    QString html;
    for (int i = 0; i < 100000; ++i)
        html += QStringLiteral("<span>");
    html += QStringLiteral("deep");
    EXPECT_EQ(HtmlText::inlineText(html), QStringLiteral("deep"));
}
