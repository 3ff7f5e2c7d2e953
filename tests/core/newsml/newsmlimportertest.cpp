#include "import/newsml/newsmlimporter.h"
#include "import/importer.h"
#include "testpaths.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace dateline;
using dateline::test::fixturePath;

namespace {

ImportResult importFixture(const QString &name)
{
    return Importer::importFile(fixturePath(QStringLiteral("newsml/") + name));
}

} // namespace

TEST(NewsmlImporter, MessageWithPackageAndItems)
{
    const ImportResult r = importFixture(QStringLiteral("message.xml"));
    ASSERT_TRUE(r.ok()) << r.error;
    // The package and the placeholder item without content are skipped.
    ASSERT_EQ(r.articles.size(), 3);

    const Article &a = r.articles[0];
    EXPECT_EQ(a.format, QStringLiteral("newsml-g2"));
    EXPECT_EQ(a.guid, QStringLiteral("urn:example:n1"));
    EXPECT_EQ(a.headline, QStringLiteral("Ankara summons envoy over border remarks"));
    EXPECT_EQ(a.section, QStringLiteral("TURKEY-DIPLOMACY"));
    EXPECT_EQ(a.authors, (QStringList {QStringLiteral("Ayse Yilmaz"), QStringLiteral("Mehmet Kaya")}));
    EXPECT_EQ(a.categories, QStringList {QStringLiteral("politics")}); // the Turkish name is another language
    EXPECT_EQ(a.dateline, QStringLiteral("ANKARA"));
    EXPECT_EQ(a.agency, QStringLiteral("Reuters"));
    EXPECT_EQ(a.published, QStringLiteral("2025-06-10T09:15:00+03:00"));
    EXPECT_EQ(a.updated, QStringLiteral("2025-06-10T11:58:00Z"));
    EXPECT_EQ(a.language, QStringLiteral("en"));
    EXPECT_EQ(a.paragraphs,
              (QStringList {QStringLiteral("Turkey's foreign ministry summoned the ambassador on Tuesday."),
                            QStringLiteral("\"This is unacceptable,\" the ministry said.")}));

    const Article &b = r.articles[1];
    EXPECT_EQ(b.headline, QStringLiteral("Réunion à Genève"));
    EXPECT_EQ(b.language, QStringLiteral("fr-CH"));
    EXPECT_EQ(b.dateline, QStringLiteral("Genève")); // from <located>
    EXPECT_EQ(
        b.paragraphs,
        (QStringList {QStringLiteral("Les ministres se sont réunis."), QStringLiteral("Deuxième paragraphe & fin.")}));

    const Article &c = r.articles[2];
    EXPECT_EQ(c.paragraphs,
              (QStringList {QStringLiteral("First plain paragraph continues here."),
                            QStringLiteral("Second plain paragraph.")}));
}

TEST(NewsmlImporter, StandaloneNitf)
{
    const ImportResult r = importFixture(QStringLiteral("standalone.nitf.xml"));
    ASSERT_TRUE(r.ok()) << r.error;
    ASSERT_EQ(r.articles.size(), 1);
    const Article &a = r.articles[0];
    EXPECT_EQ(a.format, QStringLiteral("nitf"));
    EXPECT_EQ(a.headline, QStringLiteral("Talks collapse as delegations walk out"));
    EXPECT_EQ(a.guid, QStringLiteral("EX-2025-0610-001"));
    EXPECT_EQ(a.published, QStringLiteral("2025-06-10T14:30:00-04:00"));
    EXPECT_EQ(a.authors, QStringList {QStringLiteral("John Smith")});
    EXPECT_EQ(a.dateline, QStringLiteral("NEW YORK"));
    EXPECT_EQ(a.agency, QStringLiteral("Example Wire"));
    EXPECT_EQ(a.language, QStringLiteral("en-US"));
    EXPECT_EQ(a.standfirst, QStringLiteral("Negotiations ended early."));
    EXPECT_EQ(a.caption, QStringLiteral("Delegates leave the hall in New York."));
    EXPECT_EQ(a.paragraphs,
              (QStringList {QStringLiteral("Delegations left the conference hall on Tuesday."),
                            QStringLiteral("A spokesman said a new date would be set.")}));
}

TEST(NewsmlImporter, NitfBylineWithoutPersonAndLatin1)
{
    const ImportResult r = importFixture(QStringLiteral("byline_only.nitf.xml"));
    ASSERT_TRUE(r.ok()) << r.error;
    ASSERT_EQ(r.articles.size(), 1);
    const Article &a = r.articles[0];
    EXPECT_EQ(a.headline, QStringLiteral("Café owners protest"));
    EXPECT_EQ(a.authors, QStringList {QStringLiteral("Maria Lopez")}); // "By" and the job title dropped
    EXPECT_EQ(a.dateline, QStringLiteral("MADRID"));
    EXPECT_EQ(a.published, QStringLiteral("2025-06-11"));
}

TEST(NewsmlBadInput, TruncatedMessageKeepsCompleteItems)
{
    QByteArray xml = test::readFile(fixturePath(QStringLiteral("newsml/message.xml")));
    xml.truncate(xml.indexOf("<newsItem guid=\"urn:example:n3\">") + 40);
    const ImportResult r = NewsmlImporter::parse(xml, QStringLiteral("cut.xml"));
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.articles.size(), 2);
    EXPECT_TRUE(r.error.contains(QStringLiteral("line"))) << r.error;
    EXPECT_FALSE(r.error.contains(QLatin1Char('\n')));
}

TEST(NewsmlBadInput, HostileDocumentsAreRefusedFast)
{
    QElapsedTimer timer;
    timer.start();
    const ImportResult bomb = NewsmlImporter::parse(
        "<!DOCTYPE newsItem [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
        "<newsItem><contentMeta><headline>&b;</headline></contentMeta></newsItem>",
        QStringLiteral("bomb.xml"));
    EXPECT_TRUE(bomb.error.contains(QStringLiteral("entit"))) << bomb.error;
    EXPECT_TRUE(bomb.articles.isEmpty());

    const ImportResult xxe
        = NewsmlImporter::parse("<!DOCTYPE nitf [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                                "<nitf><body><body.head><hedline><hl1>a&x;b</hl1></hedline></body.head></body></nitf>",
                                QStringLiteral("xxe.xml"));
    ASSERT_EQ(xxe.articles.size(), 1) << xxe.error;
    EXPECT_EQ(xxe.articles[0].headline, QStringLiteral("a&x;b"));

    QByteArray deep = "<newsItem><contentSet><inlineXML contenttype=\"application/xhtml+xml\">";
    for (int i = 0; i < 100000; ++i)
        deep += "<div>";
    const ImportResult nested = Importer::importData(deep, QStringLiteral("deep.xml"));
    EXPECT_FALSE(nested.ok());
    EXPECT_TRUE(nested.error.contains(QStringLiteral("nested"))) << nested.error;

    const ImportResult empty = Importer::importData("<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"/>",
                                                    QStringLiteral("empty.xml"));
    EXPECT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error.contains(QStringLiteral("no news item"))) << empty.error;

    const ImportResult garbage
        = NewsmlImporter::parse("<?xml version=\"1.0\"?>\n<newsItem>\x01\x02\xff\xfe<<<", QStringLiteral("g.xml"));
    EXPECT_FALSE(garbage.ok());
    EXPECT_FALSE(garbage.error.contains(QLatin1Char('\n')));

    const ImportResult other = NewsmlImporter::parse("<rss/>", QStringLiteral("o.xml"));
    EXPECT_TRUE(other.error.contains(QStringLiteral("not a NewsML-G2 or NITF"))) << other.error;
    EXPECT_LT(timer.elapsed(), 3000);
}

TEST(NewsmlFragments, BareContentSet)
{
    const ImportResult r = importFixture(QStringLiteral("fragment_contentset.xml"));
    ASSERT_TRUE(r.ok()) << r.error;
    ASSERT_EQ(r.articles.size(), 1);
    EXPECT_EQ(r.articles[0].format, QStringLiteral("newsml-g2"));
    EXPECT_EQ(r.articles[0].headline, QStringLiteral("Lisbon hosts fisheries talks"));
    EXPECT_EQ(r.articles[0].paragraphs,
              (QStringList {QStringLiteral("Delegates from twelve coastal states met in Lisbon on Monday."),
                            QStringLiteral("The talks are due to end on Friday.")}));
}

TEST(NewsmlFragments, BareInlineXml)
{
    const ImportResult r = importFixture(QStringLiteral("fragment_inlinexml.xml"));
    ASSERT_TRUE(r.ok()) << r.error;
    ASSERT_EQ(r.articles.size(), 1);
    EXPECT_EQ(r.articles[0].format, QStringLiteral("newsml-g2"));
    EXPECT_EQ(r.articles[0].paragraphs,
              (QStringList {QStringLiteral("The harbour reopened to shipping on Tuesday morning."),
                            QStringLiteral("Port officials said <all> berths were in use by noon.")}));
}

TEST(NewsmlFragments, NewsItemWithoutNamespace)
{
    const ImportResult r = importFixture(QStringLiteral("fragment_newsitem.xml"));
    ASSERT_TRUE(r.ok()) << r.error;
    ASSERT_EQ(r.articles.size(), 1);
    const Article &a = r.articles[0];
    EXPECT_EQ(a.guid, QStringLiteral("urn:example:fragment-1"));
    EXPECT_EQ(a.headline, QStringLiteral("Rail link to reopen after floods"));
    EXPECT_EQ(a.authors, QStringList {QStringLiteral("Ines Duarte")});
    EXPECT_EQ(a.dateline, QStringLiteral("Porto"));
    EXPECT_EQ(a.published, QStringLiteral("2025-03-04T08:00:00Z"));
    EXPECT_EQ(a.paragraphs,
              (QStringList {QStringLiteral("Trains will run again from Thursday."),
                            QStringLiteral("Repairs took three weeks.")}));
}

TEST(NewsmlFragments, NitfBodyAlone)
{
    const ImportResult r = importFixture(QStringLiteral("fragment_nitf_body.xml"));
    ASSERT_TRUE(r.ok()) << r.error;
    ASSERT_EQ(r.articles.size(), 1);
    const Article &a = r.articles[0];
    EXPECT_EQ(a.format, QStringLiteral("nitf"));
    EXPECT_EQ(a.headline, QStringLiteral("Vineyards count frost damage"));
    EXPECT_EQ(a.authors, QStringList {QString::fromUtf8("Marc Lefèvre")});
    EXPECT_EQ(a.dateline, QStringLiteral("DIJON"));
    EXPECT_EQ(a.paragraphs,
              (QStringList {QStringLiteral("Growers in Burgundy said the late frost hit half of the young vines."),
                            QStringLiteral("The regional council promised aid.")}));
}

TEST(NewsmlFragments, BodyContentAlone)
{
    const QByteArray data = "<body.content><p>First paragraph.</p><p>Second paragraph.</p></body.content>";
    const ImportResult r = Importer::importData(data, QStringLiteral("body.xml"));
    ASSERT_TRUE(r.ok()) << r.error;
    ASSERT_EQ(r.articles.size(), 1);
    EXPECT_EQ(r.articles[0].format, QStringLiteral("nitf"));
    EXPECT_EQ(r.articles[0].paragraphs,
              (QStringList {QStringLiteral("First paragraph."), QStringLiteral("Second paragraph.")}));
}
