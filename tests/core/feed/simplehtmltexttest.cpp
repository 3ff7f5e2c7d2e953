#include "import/feed/simplehtmltext.h"
#include "import/html/htmltext.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace dateline;

// The fast path must give exactly what the HTML5 parser gives whenever it
// accepts a fragment.
TEST(SimpleHtmlText, AgreesWithHtmlText)
{
    const QString samples[] = {
        QStringLiteral("<p>One <b>bold</b> move.</p><p>Two &amp; three.</p>"),
        QStringLiteral("Line one<br>line two<br/><br />New paragraph"),
        QStringLiteral("<div>A<div>B</div>C</div>"),
        QStringLiteral("1 < 2 and AT&T & co &#8217;quoted&#x2019; &#146;"),
        QStringLiteral("<p>caf&eacute; &nbsp;au&nbsp;lait</p>"),
        QStringLiteral("<ul><li>first</li><li>second <a href=\"x?a=1&b=2\">link</a></li></ul>"),
        QStringLiteral("text<img src='a.png' alt=\"x\">more<!-- comment -->end"),
        QStringLiteral("<h2>Title</h2>\n\n  <p>Body   with\n newline</p>"),
        QStringLiteral("zero\u200Bwidth soft\u00ADhyphen"),
    };
    for (const QString &html : samples) {
        QStringList fast;
        ASSERT_TRUE(SimpleHtmlText::paragraphs(html, &fast)) << html;
        EXPECT_EQ(fast, HtmlText::paragraphs(html)) << html;
    }
}

TEST(SimpleHtmlText, DeclinesWhatNeedsTheFullParser)
{
    const QString samples[] = {
        QStringLiteral("<script>var x = '<p>';</script><p>text</p>"),
        QStringLiteral("<table><tr><td>a</td><td>b</td></tr></table>"),
        QStringLiteral("<p hidden>secret</p>"),
        QStringLiteral("<span style=\"display: none\">x</span>"),
        QStringLiteral("&copy 2025"),
        QStringLiteral("<p>unterminated <b"),
    };
    for (const QString &html : samples) {
        QStringList fast;
        EXPECT_FALSE(SimpleHtmlText::paragraphs(html, &fast)) << html;
    }
    EXPECT_EQ(SimpleHtmlText::paragraphsOf(QStringLiteral("<p hidden>secret</p><p>shown</p>")),
              QStringList {QStringLiteral("shown")});
}

TEST(SimpleHtmlText, SpacingIsNormalisedAcrossBlocksOfEightCharacters)
{
    // Runs of spaces where eight-character blocks meet, at the start of a
    // paragraph and before markup; long plain runs copied as they are.
    QStringList out;
    ASSERT_TRUE(SimpleHtmlText::paragraphs(
        u"<p> 1234567  abcdefgh ijklmnop qrstuvwx yz</p><p>Eight ch\u00A0ars &amp;  more  <b>bold</b>  text </p>",
        &out));
    EXPECT_EQ(out,
              (QStringList {QStringLiteral("1234567 abcdefgh ijklmnop qrstuvwx yz"),
                            QStringLiteral("Eight ch ars & more bold text")}));
}
