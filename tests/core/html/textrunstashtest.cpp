#include "import/html/textrunstash.h"

#include <QByteArray>
#include <QString>

#include <gumbo.h>

#include <gtest/gtest.h>

using namespace dateline;

namespace {

// The parsed tree as text: node kinds, tags, attributes and text, so two
// parses compare equal only when gumbo built the same document.
void serialise(const GumboNode *node, int depth, QByteArray &out)
{
    out.append(QByteArray(depth * 2, ' '));
    switch (node->type) {
    case GUMBO_NODE_DOCUMENT:
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
        const GumboVector &children
            = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
        if (node->type != GUMBO_NODE_DOCUMENT) {
            out.append('<').append(gumbo_normalized_tagname(node->v.element.tag));
            const GumboVector &attrs = node->v.element.attributes;
            for (unsigned int i = 0; i < attrs.length; ++i) {
                const auto *a = static_cast<const GumboAttribute *>(attrs.data[i]);
                out.append(' ').append(a->name).append("=\"").append(a->value).append('"');
            }
            out.append('>');
        }
        out.append('\n');
        for (unsigned int i = 0; i < children.length; ++i)
            serialise(static_cast<const GumboNode *>(children.data[i]), depth + 1, out);
        return;
    }
    case GUMBO_NODE_TEXT:
        out.append("text: ");
        break;
    case GUMBO_NODE_WHITESPACE:
        out.append("space: ");
        break;
    case GUMBO_NODE_CDATA:
        out.append("cdata: ");
        break;
    case GUMBO_NODE_COMMENT:
        out.append("comment: ");
        break;
    }
    out.append(node->v.text.text).append('\n');
}

QByteArray parsed(const QByteArray &html)
{
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, html.constData(), size_t(html.size()));
    QByteArray out;
    serialise(output->document, 0, out);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return out;
}

struct Stashed
{
    QByteArray page; // what gumbo was given
    QByteArray tree; // what it built, runs restored
};

Stashed parsedWithStash(const QByteArray &html)
{
    TextRunStash stash;
    Stashed s;
    s.page = stash.stash(html);
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, s.page.constData(), size_t(s.page.size()));
    stash.restore(output->document, kGumboDefaultOptions);
    serialise(output->document, 0, s.tree);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return s;
}

const QByteArray kLong = "a sentence long enough to be worth stashing away";

} // namespace

TEST(TextRunStash, SameTreeForTrickyPages)
{
    const QByteArray pages[] = {
        "<!DOCTYPE html><html><head><title>" + kLong + "</title></head><body><p>" + kLong + "</p>\n<p>  " + kLong
            + " &amp; " + kLong + "  </p></body></html>",
        // Text before <body>, in a table (foster parenting), in a select.
        kLong + "<table><tr><td>" + kLong + "</td></tr>" + kLong + "</table><select><option>" + kLong + "</select>",
        // References: legacy ones without ';' run into letters.
        "<p>&notit; " + kLong + " &#8217;" + kLong + "&amp" + kLong + "</p>",
        // Quoted '>' in attributes, unquoted values, odd names, end tags with attributes.
        "<div title=\"a > " + kLong + "\" data-x='" + kLong + " >' id=x>" + kLong + "</div x=\">\"><p =a>" + kLong,
        // Comments (short forms too), bogus comments, CDATA in and out of SVG.
        "<!--> " + kLong + " <!---> " + kLong + " <!-- " + kLong + " --> <? " + kLong + " > <![CDATA[ " + kLong
            + " ]]> <svg><![CDATA[ " + kLong + " ]]></svg><p>" + kLong + "</p>",
        // Raw text elements: their content is not markup.
        "<script>var s = '<p>" + kLong + "</p>';</script><style>p { content: '" + kLong + "' }</style><textarea>\n"
            + kLong + "</textarea><xmp><b>" + kLong + "</b></xmp><p>" + kLong,
        // noscript holds markup (gumbo parses with scripting off).
        "<head><noscript><style>" + kLong + "</style></noscript></head><body><noscript><p>" + kLong + "</p></noscript>",
        // Stray '<', "</>" and an unterminated tag at the end.
        "<p>" + kLong + " < " + kLong + " </> " + kLong + "</p><div class=\"" + kLong,
        // <pre> drops a leading newline.
        "<pre>\n" + kLong + "\n</pre><listing>\n\n" + kLong + "</listing>",
    };
    for (const QByteArray &page : pages) {
        const Stashed s = parsedWithStash(page);
        EXPECT_EQ(QString::fromUtf8(s.tree), QString::fromUtf8(parsed(page))) << page.constData();
    }
}

TEST(TextRunStash, GumboSeesPlaceholdersInsteadOfLongRuns)
{
    const QByteArray page = "<html><body><p>" + kLong + "</p><p>" + kLong + " &amp; " + kLong + "</p><p>short</p>";
    const Stashed s = parsedWithStash(page);
    EXPECT_FALSE(s.page.contains(kLong)) << s.page.constData();
    EXPECT_TRUE(s.page.contains("<p>short</p>"));
    EXPECT_TRUE(s.page.contains(" &amp; "));
    EXPECT_LT(s.page.size(), page.size() - 2 * kLong.size());
    EXPECT_EQ(s.tree, parsed(page));

    // Raw text is one run; in <title> only without references.
    const QByteArray head = "<head><title>" + kLong + "</title><script type=\"application/ld+json\">{\"a\": \"" + kLong
        + "\"}</script></head>";
    const Stashed h = parsedWithStash(head);
    EXPECT_FALSE(h.page.contains(kLong)) << h.page.constData();
    EXPECT_EQ(h.tree, parsed(head));
    const QByteArray referenced = "<title>" + kLong + " &amp; more</title>";
    EXPECT_EQ(parsedWithStash(referenced).page, referenced);
}

TEST(TextRunStash, PagesItCannotHandleSafelyAreLeftAlone)
{
    const QByteArray pages[] = {
        // Its own placeholder characters, raw or as references.
        "<p>" + kLong
            + " \xEE\x80\x80"
              "0\xEE\x80\x81</p>",
        "<p>" + kLong + " &#xE000;0&#57345;</p>",
        // Framesets drop text, plaintext ends markup, escaped script data.
        "<frameset><p>" + kLong + "</p></frameset>",
        "<p>" + kLong + "</p><plaintext>" + kLong,
        "<script><!-- <script></script> " + kLong + " --></script><p>" + kLong + "</p>",
    };
    for (const QByteArray &page : pages) {
        const Stashed s = parsedWithStash(page);
        EXPECT_EQ(s.page, page);
        EXPECT_EQ(s.tree, parsed(page));
    }
}
