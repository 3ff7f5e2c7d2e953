#include "import/feed/feedimporter.h"
#include "import/importer.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace dateline;
using dateline::test::fixturePath;

namespace {

FeedInfo readFixture(const QString &name)
{
    const QString path = fixturePath(QStringLiteral("feed/") + name);
    return FeedImporter::read(test::readFile(path), path);
}

} // namespace

TEST(FeedImporter, Rss2ItemsWithContentAndMetadata)
{
    const FeedInfo info = readFixture(QStringLiteral("rss2.xml"));
    ASSERT_TRUE(info.error.isEmpty()) << info.error;
    EXPECT_EQ(info.format, QStringLiteral("rss"));
    EXPECT_EQ(info.title, QStringLiteral("Example World Desk")); // not the image title
    EXPECT_EQ(info.link, QStringLiteral("http://news.example.org/"));
    EXPECT_EQ(info.description, QStringLiteral("Diplomacy & foreign affairs"));
    EXPECT_EQ(info.author, QStringLiteral("desk@example.org (World Desk)"));
    ASSERT_EQ(info.articles.size(), 2);

    const Article &a = info.articles[0];
    EXPECT_EQ(a.format, QStringLiteral("rss"));
    EXPECT_EQ(a.headline, QStringLiteral("Envoy recalled after border talks fail")); // &nbsp; tolerated
    EXPECT_EQ(a.link, QStringLiteral("http://news.example.org/world/stories/envoy-recalled")); // xml:base
    EXPECT_EQ(a.guid, QStringLiteral("story-1001"));
    EXPECT_EQ(a.authors, (QStringList {QStringLiteral("Jane Reporter"), QStringLiteral("Omar Writer")}));
    EXPECT_EQ(a.published, QStringLiteral("2025-06-10T14:05:00Z"));
    EXPECT_EQ(a.categories, (QStringList {QStringLiteral("Diplomacy"), QStringLiteral("Europe")}));
    EXPECT_EQ(a.language, QStringLiteral("en-gb"));
    EXPECT_EQ(a.standfirst, QStringLiteral("The ambassador was recalled on Tuesday."));
    // Full content wins over the summary for paragraphs.
    EXPECT_EQ(a.paragraphs,
              (QStringList {QStringLiteral("The ambassador was recalled on Tuesday after talks failed."),
                            QStringLiteral("\"We regret the decision,\" the minister said & left.")}));

    const Article &b = info.articles[1];
    EXPECT_EQ(b.link, QStringLiteral("http://news.example.org/world/second")); // permalink guid
    EXPECT_EQ(b.authors, QStringList {QStringLiteral("Ann Editor")});
    EXPECT_EQ(b.published, QStringLiteral("2025-06-10T09:30:00-05:00"));
    // Without full content the summary gives the paragraphs, and is not
    // repeated as the standfirst.
    EXPECT_EQ(b.paragraphs,
              (QStringList {QStringLiteral("Only a summary here."), QStringLiteral("Second paragraph.")}));
    EXPECT_TRUE(b.standfirst.isEmpty());
    ASSERT_EQ(info.summaries.size(), 2);
    EXPECT_EQ(info.summaries[1], QStringLiteral("Only a summary here. Second paragraph."));
}

TEST(FeedImporter, Atom10TextConstructsAndLinks)
{
    const FeedInfo info = readFixture(QStringLiteral("atom10.xml"));
    ASSERT_TRUE(info.error.isEmpty()) << info.error;
    EXPECT_EQ(info.format, QStringLiteral("atom"));
    EXPECT_EQ(info.title, QStringLiteral("Atom Desk"));
    EXPECT_EQ(info.description, QStringLiteral("Latest news"));
    EXPECT_EQ(info.link, QStringLiteral("http://atom.example.com/"));
    EXPECT_EQ(info.author, QStringLiteral("Feed Owner"));
    EXPECT_EQ(info.id, QStringLiteral("urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6"));
    ASSERT_EQ(info.articles.size(), 2);

    const Article &a = info.articles[0];
    EXPECT_EQ(a.headline, QStringLiteral("Ministers meet in Geneva"));
    EXPECT_EQ(a.link, QStringLiteral("http://atom.example.com/base/2025/geneva"));
    EXPECT_EQ(a.guid, QStringLiteral("tag:atom.example.com,2025:geneva"));
    EXPECT_EQ(a.published, QStringLiteral("2025-06-10T09:00:00+02:00"));
    EXPECT_EQ(a.updated, QStringLiteral("2025-06-10T10:30:00Z"));
    EXPECT_EQ(a.authors, QStringList {QStringLiteral("Claire Auteur")});
    EXPECT_EQ(a.categories, QStringList {QStringLiteral("politique")});
    EXPECT_EQ(a.language, QStringLiteral("fr"));
    EXPECT_EQ(a.standfirst, QStringLiteral("Short summary of the meeting."));
    EXPECT_EQ(
        a.paragraphs,
        (QStringList {QStringLiteral("First paragraph of the story."), QStringLiteral("Second paragraph & end.")}));

    const Article &b = info.articles[1];
    EXPECT_EQ(b.language, QStringLiteral("en"));
    EXPECT_EQ(b.updated, QStringLiteral("2025-06-11T08:00:00Z"));
    EXPECT_EQ(b.paragraphs,
              (QStringList {QStringLiteral("Line one."), QStringLiteral("Line two after a blank line.")}));
}

TEST(FeedImporter, Atom03EscapedModes)
{
    const FeedInfo info = readFixture(QStringLiteral("atom03.xml"));
    ASSERT_TRUE(info.error.isEmpty()) << info.error;
    EXPECT_EQ(info.description, QStringLiteral("Still around"));
    ASSERT_EQ(info.articles.size(), 1);
    const Article &a = info.articles[0];
    EXPECT_EQ(a.headline, QStringLiteral("Talks resume"));
    EXPECT_EQ(a.published, QStringLiteral("2004-01-05T12:00:00Z"));
    EXPECT_EQ(a.updated, QStringLiteral("2004-01-06T12:00:00Z"));
    EXPECT_EQ(a.paragraphs, QStringList {QStringLiteral("Negotiators returned.")});
}

TEST(FeedImporter, Rss10Rdf)
{
    const FeedInfo info = readFixture(QStringLiteral("rdf.xml"));
    ASSERT_TRUE(info.error.isEmpty()) << info.error;
    EXPECT_EQ(info.format, QStringLiteral("rdf"));
    EXPECT_EQ(info.title, QStringLiteral("RDF Wire"));
    ASSERT_EQ(info.articles.size(), 1);
    const Article &a = info.articles[0];
    EXPECT_EQ(a.headline, QStringLiteral("Summit ends without agreement"));
    EXPECT_EQ(a.guid, QStringLiteral("http://rdf.example.net/1"));
    EXPECT_EQ(a.authors, QStringList {QStringLiteral("Wire Staff")});
    EXPECT_EQ(a.published, QStringLiteral("2025-06-09T18:45:00-05:00"));
    EXPECT_EQ(a.categories, QStringList {QStringLiteral("Summits")});
}

TEST(FeedImporter, LegacyCharsetsAreTranscoded)
{
    // koi8-r and windows-1251 are unknown to QXmlStreamReader without ICU.
    const FeedInfo koi8 = readFixture(QStringLiteral("koi8r.xml"));
    ASSERT_TRUE(koi8.error.isEmpty()) << koi8.error;
    EXPECT_EQ(koi8.title, QStringLiteral("Новости"));
    ASSERT_EQ(koi8.articles.size(), 1);
    EXPECT_EQ(koi8.articles[0].headline, QStringLiteral("Посол вызван в министерство"));

    const FeedInfo cp1251 = readFixture(QStringLiteral("cp1251.xml"));
    ASSERT_EQ(cp1251.articles.size(), 1);
    EXPECT_EQ(cp1251.articles[0].headline, QStringLiteral("Переговоры продолжаются"));

    const FeedInfo wide = readFixture(QStringLiteral("utf16le.xml"));
    ASSERT_EQ(wide.articles.size(), 1);
    EXPECT_EQ(wide.articles[0].headline, QStringLiteral("Größe zählt"));

    // Labelled ISO-8859-1, written in Windows-1252: the 0x92 is an apostrophe.
    const FeedInfo latin1 = readFixture(QStringLiteral("latin1_mislabelled.xml"));
    EXPECT_EQ(latin1.title, QStringLiteral("Café"));
    ASSERT_EQ(latin1.articles.size(), 1);
    EXPECT_EQ(latin1.articles[0].headline, QStringLiteral("don\u2019t panic"));
}

TEST(FeedImporter, ImporterDispatchesFeeds)
{
    const ImportResult r = Importer::importFile(fixturePath(QStringLiteral("feed/rss2.xml")));
    ASSERT_TRUE(r.ok()) << r.error;
    ASSERT_EQ(r.articles.size(), 2);
    EXPECT_EQ(r.articles[0].source, fixturePath(QStringLiteral("feed/rss2.xml")));
    EXPECT_EQ(r.articles[0].format, QStringLiteral("rss"));
}

TEST(FeedImporter, DeclaredPlainEntitiesAndHtmlEntities)
{
    const QByteArray xml
        = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY id \"tag:example.com,\">\n]>\n"
          "<rss version=\"2.0\"><channel><item><title>&eacute;lan &hellip; &mdash; &unknownthing;</title>"
          "<guid isPermaLink=\"false\">&id;2025:1</guid></item></channel></rss>";
    const FeedInfo info = FeedImporter::read(xml, QStringLiteral("entities"));
    ASSERT_TRUE(info.error.isEmpty()) << info.error;
    ASSERT_EQ(info.articles.size(), 1);
    EXPECT_EQ(info.articles[0].headline, QStringLiteral("élan … — &unknownthing;"));
    EXPECT_EQ(info.articles[0].guid, QStringLiteral("tag:example.com,2025:1"));
}

TEST(FeedImporter, TolerantPrologue)
{
    // Whitespace or a comment before the XML declaration.
    const FeedInfo late
        = FeedImporter::read("\n  <!-- generated -->\n<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                             "<rss><channel><item><title>Late declaration</title></item></channel></rss>",
                             QStringLiteral("late.xml"));
    ASSERT_TRUE(late.error.isEmpty()) << late.error;
    ASSERT_EQ(late.articles.size(), 1);
    EXPECT_EQ(late.articles[0].headline, QStringLiteral("Late declaration"));

    // A UTF-8 BOM with a stray Latin-1 byte: UTF-8 stays, the bad byte is replaced.
    const FeedInfo bom = FeedImporter::read("\xEF\xBB\xBF<rss><channel><item><title>Gr\xC3\xB6\xC3\x9F"
                                            "e Espa\xF1"
                                            "a</title></item></channel></rss>",
                                            QStringLiteral("bom.xml"));
    ASSERT_EQ(bom.articles.size(), 1) << bom.error;
    EXPECT_EQ(bom.articles[0].headline, QStringLiteral("Größe Espa\uFFFDa"));
}

TEST(FeedImporter, DoctypeWithInternalSubsetIsStillAFeed)
{
    const QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n  <!ENTITY site \"Example\">\n]>\n"
                           "<rss version=\"2.0\"><channel><item><title>&site; news</title></item></channel></rss>";
    EXPECT_EQ(detectFormat(xml), DocumentFormat::Feed);
    const ImportResult r = Importer::importData(xml, QStringLiteral("subset.xml"));
    ASSERT_TRUE(r.ok()) << r.error;
    ASSERT_EQ(r.articles.size(), 1);
    EXPECT_EQ(r.articles[0].headline, QStringLiteral("Example news"));
}

TEST(FeedImporter, AtomBinaryContentIsNotText)
{
    const FeedInfo info
        = FeedImporter::read("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Photo</title>"
                             "<content type=\"image/png\">iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAA"
                             "DUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==</content></entry></feed>",
                             QStringLiteral("photo.xml"));
    ASSERT_EQ(info.articles.size(), 1) << info.error;
    EXPECT_EQ(info.articles[0].headline, QStringLiteral("Photo"));
    EXPECT_TRUE(info.articles[0].paragraphs.isEmpty()) << info.articles[0].paragraphs.join(QLatin1Char('|'));
}

TEST(FeedImporter, UndeclaredNamespacePrefixesAreTolerated)
{
    const FeedInfo info = FeedImporter::read("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>"
                                             "<item><title>One</title><itunes:author>Pod</itunes:author></item>"
                                             "<item><title>Two</title><dc:creator>Jane Doe</dc:creator></item>"
                                             "</channel></rss>",
                                             QStringLiteral("prefixes.xml"));
    ASSERT_TRUE(info.error.isEmpty()) << info.error;
    ASSERT_EQ(info.articles.size(), 2);
    EXPECT_EQ(info.articles[1].headline, QStringLiteral("Two"));
    // dc: gets its real namespace, so the creator is still an author.
    EXPECT_EQ(info.articles[1].authors, QStringList {QStringLiteral("Jane Doe")});
}
