#include "import/html/htmltext.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace dateline;

TEST(HtmlText, BlocksBecomeParagraphsAndEntitiesAreDecoded)
{
    const QStringList p = HtmlText::paragraphs(
        QStringLiteral("<p>Putin said &ldquo;hello&rdquo; &amp; left.</p><div>Second <b>block</b></div>"));
    EXPECT_EQ(p, (QStringList {QStringLiteral("Putin said “hello” & left."), QStringLiteral("Second block")}));
}

TEST(HtmlText, BrRunsSplitParagraphsAndSingleBrJoinsLines)
{
    const QStringList p = HtmlText::paragraphs(QStringLiteral("one<br>two<br><br>three<br/>\n<br/>four"));
    EXPECT_EQ(p, (QStringList {QStringLiteral("one two"), QStringLiteral("three"), QStringLiteral("four")}));
}

TEST(HtmlText, ScriptsStylesAndHiddenNodesAreDropped)
{
    const QStringList p = HtmlText::paragraphs(QStringLiteral(
        "<script>alert(1)</script><style>p{}</style><p hidden>x</p><p style=\"display: none\">y</p><p>kept</p>"));
    EXPECT_EQ(p, QStringList {QStringLiteral("kept")});
}

TEST(HtmlText, DeepNestingDoesNotOverflow)
{
    QString html;
    for (int i = 0; i < 100000; ++i)
        html += QStringLiteral("<span>");
    html += QStringLiteral("deep");
    EXPECT_EQ(HtmlText::inlineText(html), QStringLiteral("deep"));
}

TEST(HtmlText, InertContentAndUnreadAttributesAreDroppedBeforeParsing)
{
    const QByteArray in("<!-- note --><div  class=\"a\" data-x='1>2' onclick=\"go()\">Hello    world\n\n  again</div>"
                        "<script>if (a < b) { x = '</div>'; }</script><script type=\"application/ld+json\">{\"a\": 1}"
                        "</script><STYLE>p{}</STYLE><pre>  keep   this  </pre><link rel=\"canonical\" href=\"u\">"
                        "<a href=\"x\">link</a><img src=\"i.png\"/>");
    EXPECT_EQ(HtmlText::dropInertContent(in),
              QByteArray("<div class=\"a\">Hello world\nagain</div><script></script><script "
                         "type=\"application/ld+json\">{\"a\": 1}</script><STYLE></STYLE><pre>  keep   this  </pre>"
                         "<link rel=\"canonical\" href=\"u\"><a>link</a><img/>"));
    // A tag that never ends is left to the parser unchanged.
    EXPECT_EQ(HtmlText::dropInertContent("<p>a</p><div class=\"x"), QByteArray("<p>a</p><div class=\"x"));
    EXPECT_EQ(HtmlText::dropInertContent("no markup  at all"), QByteArray("no markup  at all"));
    EXPECT_EQ(HtmlText::dropInertContent("a<!-->b<!--->c<!-- x -->d"), QByteArray("abcd"));
}
