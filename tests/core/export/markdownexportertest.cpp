#include "export/markdownexporter.h"
#include "exportsamples.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace dateline;

namespace {

QString markdown(const QList<ExportItem> &items)
{
    return QString::fromUtf8(MarkdownExporter::render(items));
}

} // namespace

TEST(MarkdownExporter, HeadlineMetadataAndBoldStatements)
{
    const QString md = markdown({test::sampleItem()});
    EXPECT_TRUE(md.startsWith(QStringLiteral("# Envoy \U0001F1F9\U0001F1F7 says talks will go on\n")));
    EXPECT_TRUE(md.contains(QStringLiteral("- **Published:** 2026\\-03\\-02T09:30:00Z")));
    EXPECT_TRUE(md.contains(QStringLiteral("- **Agency:** Reuters")));
    EXPECT_TRUE(md.contains(QStringLiteral("- **Source:** <https://example.com/news/envoy>")));
    // Statements are bold in the body, with whitespace outside the delimiters.
    EXPECT_TRUE(md.contains(QStringLiteral("\"**We will keep talking \U0001F600 until there is peace.**\"")));
    EXPECT_TRUE(md.contains(QStringLiteral("\"**Nothing is agreed, nothing at all,**\" said")));
    EXPECT_TRUE(md.contains(QStringLiteral("that **Greece would join the talks**.")));
}

TEST(MarkdownExporter, NotesBecomeFootnotesAndListsFollow)
{
    const QString md = markdown({test::sampleItem()});
    // The ref sits right after the annotated words, the definition at the end.
    EXPECT_TRUE(md.contains(QStringLiteral("foreign ministry[^1].")));
    EXPECT_TRUE(md.contains(QStringLiteral("[^1]: Check who else in the ministry\n    has said this.")));
    EXPECT_TRUE(md.contains(QStringLiteral("## Highlights\n\n- “keep talking”")));
    EXPECT_TRUE(md.contains(QStringLiteral("## Statements\n\n- **Ahmet Yilmaz** (Turkish ambassador to the UN) — "
                                           "direct, said: “We will keep talking")));
    EXPECT_TRUE(md.contains(QStringLiteral("## Countries\n\n- ")));
    EXPECT_TRUE(md.contains(QStringLiteral("(TR): 2 mentions")));
    EXPECT_TRUE(md.contains(QStringLiteral("(GR): 1 mention\n")));
    EXPECT_TRUE(md.contains(QStringLiteral("## Ambassadors\n\n- TR → UN: Ahmet Yilmaz, ambassador")));
}

TEST(MarkdownExporter, SeveralArticlesNumberFootnotesOnce)
{
    const QString md = markdown({test::sampleItem(), test::sampleItem()});
    EXPECT_TRUE(md.contains(QStringLiteral("\n\n---\n\n# Envoy")));
    EXPECT_TRUE(md.contains(QStringLiteral("[^1]: ")));
    EXPECT_TRUE(md.contains(QStringLiteral("[^2]: ")));
    EXPECT_TRUE(md.contains(QStringLiteral("foreign ministry[^2].")));
}

TEST(MarkdownExporter, EscapesMarkdownSyntax)
{
    EXPECT_EQ(MarkdownExporter::escape(QStringLiteral("[click](javascript:alert(1))")),
              QStringLiteral("\\[click\\]\\(javascript\\:alert\\(1\\)\\)"));
    EXPECT_EQ(MarkdownExporter::escape(QStringLiteral("![x](http://evil/)")),
              QStringLiteral("\\!\\[x\\]\\(http\\://evil/\\)"));
    EXPECT_EQ(MarkdownExporter::escape(QStringLiteral("<script>")), QStringLiteral("\\<script\\>"));
    EXPECT_EQ(MarkdownExporter::escape(QStringLiteral("1999. A year")), QStringLiteral("1999\\. A year"));
    EXPECT_EQ(MarkdownExporter::escape(QStringLiteral("# not a heading")), QStringLiteral("\\# not a heading"));
    EXPECT_EQ(MarkdownExporter::escape(QStringLiteral("a\nb")), QStringLiteral("a b"));
    // Bare URLs must not become links in GitHub-style renderers; times stay readable.
    EXPECT_EQ(MarkdownExporter::escape(QStringLiteral("see www.evil.com at 12:30")),
              QStringLiteral("see www\\.evil.com at 12:30"));
    EXPECT_EQ(MarkdownExporter::escape(QStringLiteral("&lt; *x* _y_")), QStringLiteral("\\&lt; \\*x\\* \\_y\\_"));
}
