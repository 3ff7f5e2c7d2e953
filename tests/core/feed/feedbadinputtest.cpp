// Hostile and broken feeds are answered fast with a one-line error.
#include "import/feed/feedimporter.h"
#include "import/importer.h"
#include "testpaths.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace dateline;

namespace {

bool oneLine(const QString &s)
{
    return !s.isEmpty() && !s.contains(QLatin1Char('\n'));
}

} // namespace

TEST(FeedBadInput, EntityExpansionBombIsRefused)
{
    QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n";
    xml += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n";
    for (int i = 2; i <= 9; ++i) {
        QByteArray refs;
        for (int k = 0; k < 10; ++k)
            refs += "&lol" + QByteArray::number(i - 1) + ";";
        xml += "<!ENTITY lol" + QByteArray::number(i) + " \"" + refs + "\">\n";
    }
    xml += "]>\n<rss version=\"2.0\"><channel><item><title>&lol9;</title></item></channel></rss>";
    QElapsedTimer timer;
    timer.start();
    const ImportResult r = Importer::importData(xml, QStringLiteral("bomb.xml"));
    EXPECT_LT(timer.elapsed(), 2000);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.articles.isEmpty());
    EXPECT_TRUE(oneLine(r.error));
    EXPECT_TRUE(r.error.contains(QStringLiteral("entit"))) << r.error;
}

TEST(FeedBadInput, QuadraticBlowupStaysBounded)
{
    // One big plain entity referenced many times: no nesting, so it is
    // allowed, but the replacement text is capped.
    QByteArray xml = "<!DOCTYPE rss [<!ENTITY big \"" + QByteArray(4000, 'x') + "\">]>\n<rss><channel><item><title>";
    for (int i = 0; i < 20000; ++i)
        xml += "&big;";
    xml += "</title></item></channel></rss>";
    const FeedInfo info = FeedImporter::read(xml, QStringLiteral("quadratic.xml"));
    ASSERT_EQ(info.articles.size(), 1);
    EXPECT_LE(info.articles[0].headline.size(), 2 * 1024 * 1024); // 80 MB if expanded in full
}

TEST(FeedBadInput, ExternalEntityIsNeverRead)
{
    const QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                           "<rss version=\"2.0\"><channel><item><title>leak &xxe; here</title></item></channel></rss>";
    const ImportResult r = Importer::importData(xml, QStringLiteral("xxe.xml"));
    ASSERT_EQ(r.articles.size(), 1) << r.error;
    EXPECT_FALSE(r.articles[0].headline.contains(QStringLiteral("root:")));
    EXPECT_EQ(r.articles[0].headline, QStringLiteral("leak &xxe; here"));
}

TEST(FeedBadInput, TruncatedFeedKeepsEarlierItemsAndSaysWhere)
{
    const QByteArray xml = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel>\n"
                           "<item><title>First</title></item>\n"
                           "<item><title>Second</title></item>\n"
                           "<item><title>Thi";
    const ImportResult r = Importer::importData(xml, QStringLiteral("truncated.xml"));
    EXPECT_FALSE(r.ok());
    ASSERT_EQ(r.articles.size(), 2);
    EXPECT_EQ(r.articles[1].headline, QStringLiteral("Second"));
    EXPECT_TRUE(oneLine(r.error));
    EXPECT_TRUE(r.error.contains(QStringLiteral("line 6"))) << r.error;
    EXPECT_TRUE(r.error.contains(QStringLiteral("column"))) << r.error;
}

TEST(FeedBadInput, DeepNestingIsRefusedFast)
{
    QByteArray xml = "<rss><channel><item><description>";
    xml.reserve(100000 * 7 + 100);
    for (int i = 0; i < 100000; ++i)
        xml += "<x>";
    QElapsedTimer timer;
    timer.start();
    const ImportResult r = Importer::importData(xml, QStringLiteral("nested.xml"));
    EXPECT_LT(timer.elapsed(), 3000);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(oneLine(r.error));
    EXPECT_TRUE(r.error.contains(QStringLiteral("nested"))) << r.error;

    // The same depth outside any field the importer reads.
    QByteArray bare = "<rss>";
    for (int i = 0; i < 100000; ++i)
        bare += "<x>";
    const FeedInfo info = FeedImporter::read(bare, QStringLiteral("nested2.xml"));
    EXPECT_TRUE(info.error.contains(QStringLiteral("nested"))) << info.error;
}

TEST(FeedBadInput, GarbageAfterThePrologue)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>";
    for (int i = 0; i < 2000; ++i)
        xml += char(0x80 + (i * 37) % 120);
    xml += "\x01\x02<<<&&&]]>";
    const FeedInfo info = FeedImporter::read(xml, QStringLiteral("garbage.xml"));
    EXPECT_TRUE(info.articles.isEmpty());
    EXPECT_TRUE(oneLine(info.error)) << info.error;

    const FeedInfo notXml = FeedImporter::read("<?xml version=\"1.0\"?>\nthis is not XML at all", QStringLiteral("x"));
    EXPECT_TRUE(oneLine(notXml.error));
    EXPECT_TRUE(notXml.error.contains(QStringLiteral("line 2"))) << notXml.error;
}

TEST(FeedBadInput, EmptyFeedAndNonFeed)
{
    const ImportResult empty = Importer::importData("<rss version=\"2.0\"><channel><title>t</title></channel></rss>",
                                                    QStringLiteral("empty.xml"));
    EXPECT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error.contains(QStringLiteral("no items"))) << empty.error;

    const FeedInfo other = FeedImporter::read("<html><body/></html>", QStringLiteral("x"));
    EXPECT_TRUE(other.error.contains(QStringLiteral("not a feed"))) << other.error;

    const FeedInfo nothing = FeedImporter::read("", QStringLiteral("x"));
    EXPECT_TRUE(oneLine(nothing.error));
}

TEST(FeedBadInput, UnterminatedDoctype)
{
    const FeedInfo info = FeedImporter::read("<!DOCTYPE rss [ <!ENTITY a \"b\"> <rss>", QStringLiteral("x"));
    EXPECT_TRUE(info.error.contains(QStringLiteral("DOCTYPE"))) << info.error;
}

// Throughput on a content-heavy feed, in CPU time of this thread so that a
// busy machine does not skew it.
// Throughput is measured by `dateline-cli bench`; here a large feed must
// simply come through whole.
TEST(FeedImporterLarge, ReadsEveryItemOfALargeFeed)
{
    QByteArray item = "<item><title>Envoy recalled after talks &amp; more</title><link>http://example.org/a</link>"
                      "<guid>id</guid><pubDate>Tue, 10 Jun 2025 14:05:00 GMT</pubDate><dc:creator>Jane Reporter"
                      "</dc:creator><category>World</category><description>&lt;p&gt;The ambassador was recalled on "
                      "Tuesday.&lt;/p&gt;</description><content:encoded><![CDATA[";
    for (int i = 0; i < 4; ++i)
        item += "<p>The foreign minister said on Tuesday that the ambassador had been recalled for consultations "
                "after the talks, which lasted <b>three days</b>, ended without agreement.</p>\n";
    item += "]]></content:encoded></item>\n";
    QByteArray doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
                     "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                     "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>T</title>";
    int items = 0;
    while (doc.size() < 2 * 1024 * 1024) {
        doc += item;
        ++items;
    }
    doc += "</channel></rss>";
    ImportOptions options;
    options.maxArticlesPerFile = 1000000;
    const FeedInfo info = FeedImporter::read(doc, QStringLiteral("big.xml"), options);
    ASSERT_TRUE(info.error.isEmpty()) << info.error;
    ASSERT_EQ(info.articles.size(), items);
    EXPECT_EQ(info.articles.last().paragraphs.size(), 4);
}
