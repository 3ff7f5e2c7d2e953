#include "import/feed/cdatastash.h"
#include "import/feed/feedimporter.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace dateline;

namespace {

const QByteArray kLong = "<p>A paragraph long enough to be taken out of the document by the stash.</p>";

// An RSS feed whose one item's content is `content` inside CDATA.
QByteArray feedWith(const QByteArray &content, const QByteArray &after = {})
{
    return "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" "
           "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>T</title>\n"
           "<item><title>Item</title><content:encoded><![CDATA["
        + content + "]]></content:encoded></item>" + after + "\n</channel></rss>\n";
}

} // namespace

TEST(CdataStash, LongSectionsAreReplacedAndRestored)
{
    const QByteArray doc = "<a><![CDATA[" + kLong + "]]><b><![CDATA[short]]></b></a>";
    CdataStash stash;
    const QByteArray stashed = stash.stash(doc, {});
    EXPECT_FALSE(stash.isEmpty());
    EXPECT_FALSE(stashed.contains(kLong));
    EXPECT_TRUE(stashed.contains("<![CDATA[short]]>")); // not worth a placeholder
    const qsizetype start = stashed.indexOf("<![CDATA[") + 9;
    const QString placeholder = QString::fromUtf8(stashed.mid(start, stashed.indexOf("]]>") - start));
    EXPECT_EQ(stash.restore(placeholder), QString::fromUtf8(kLong));
    EXPECT_EQ(stash.restore(QStringLiteral("no placeholder")), QStringLiteral("no placeholder"));
}

TEST(CdataStash, KeepsTheLineCount)
{
    const QByteArray content = kLong + "\nsecond line\nthird line";
    const QByteArray doc = "<a><![CDATA[" + content + "]]></a>\n<b/>";
    CdataStash stash;
    const QByteArray stashed = stash.stash(doc, {});
    ASSERT_FALSE(stash.isEmpty());
    EXPECT_EQ(stashed.count('\n'), doc.count('\n'));
    const qsizetype start = stashed.indexOf("<![CDATA[") + 9;
    const QString placeholder = QString::fromUtf8(stashed.mid(start, stashed.indexOf("]]>") - start));
    EXPECT_EQ(stash.restore(placeholder), QString::fromUtf8(content));
}

TEST(CdataStash, LeavesWhatTheReaderWouldChange)
{
    CdataStash stash;
    // Carriage returns are normalised by the reader, control characters refused.
    for (const QByteArray &content : {kLong + "\r\nmore", kLong + "\x01"}) {
        const QByteArray doc = "<a><![CDATA[" + content + "]]></a>";
        EXPECT_EQ(stash.stash(doc, {}), doc);
        EXPECT_TRUE(stash.isEmpty());
    }
    // Inside a comment "<![CDATA[" is no section.
    const QByteArray commented = "<a><!-- <![CDATA[" + kLong + "]]> --></a>";
    EXPECT_EQ(stash.stash(commented, {}), commented);
}

TEST(CdataStash, DocumentsThatCouldSpellAPlaceholderAreLeftAlone)
{
    CdataStash stash;
    const QByteArray reference = "<a>&#xE000;<![CDATA[" + kLong + "]]></a>";
    EXPECT_EQ(stash.stash(reference, {}), reference);
    const QByteArray raw = "<a>\xEE\x80\x81<![CDATA[" + kLong + "]]></a>";
    EXPECT_EQ(stash.stash(raw, {}), raw);
    const QByteArray plain = "<a>&e;<![CDATA[" + kLong + "]]></a>";
    EXPECT_EQ(stash.stash(plain, {{QStringLiteral("e"), QString(QChar(0xE000))}}), plain);
    EXPECT_NE(stash.stash(plain, {{QStringLiteral("e"), QStringLiteral("x")}}), plain);
}

TEST(CdataStash, FeedContentAndErrorLinesAreAsWithoutIt)
{
    const QByteArray content = "<p>First paragraph of the story, with enough words.</p>\n<p>Second one.</p>";
    const FeedInfo ok = FeedImporter::read(feedWith(content), QStringLiteral("feed.xml"));
    ASSERT_TRUE(ok.error.isEmpty()) << ok.error;
    ASSERT_EQ(ok.articles.size(), 1);
    EXPECT_EQ(ok.articles.first().paragraphs,
              (QStringList {QStringLiteral("First paragraph of the story, with enough words."),
                            QStringLiteral("Second one.")}));

    // The broken tag is on line 5 of the document: after the section's newline.
    const FeedInfo broken
        = FeedImporter::read(feedWith(content, "\n<item><title>x</titel></item>"), QStringLiteral("feed.xml"));
    EXPECT_TRUE(broken.error.contains(QStringLiteral("line 5"))) << broken.error;
}
