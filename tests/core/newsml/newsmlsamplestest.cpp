// The IPTC specification listings in ../shared/samples/newsml-g2.
#include "import/importer.h"
#include "import/newsml/newsmlimporter.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace dateline;

namespace {

ImportResult importSample(const char *name)
{
    const QString path = test::sharedPath(QStringLiteral("samples/newsml-g2/") + QLatin1String(name));
    // Fragments (a bare contentSet) are not recognised as NewsML by format
    // detection, so the samples go to the importer directly.
    return NewsmlImporter::parse(test::readFile(path), path);
}

} // namespace

TEST(NewsmlSamples, NewsItemWithoutBody)
{
    DATELINE_REQUIRE_SHARED("samples/newsml-g2");
    const ImportResult r = importSample("LISTING_1_A_NewsML-G2_News_Item.xml");
    ASSERT_TRUE(r.ok()) << r.error;
    ASSERT_EQ(r.articles.size(), 1);
    const Article &a = r.articles[0];
    EXPECT_EQ(a.headline, QStringLiteral("Fed to halt QE to avert \"bubble\""));
    EXPECT_EQ(a.section, QStringLiteral("US-Finance-Fed"));
    EXPECT_EQ(a.authors, QStringList {QStringLiteral("Meredith Jameson")});
    EXPECT_EQ(a.dateline, QStringLiteral("Berlin"));
    EXPECT_EQ(a.published, QStringLiteral("2016-10-18T13:12:21-05:00"));
    EXPECT_EQ(a.updated, QStringLiteral("2018-10-21T16:25:32-05:00"));
    EXPECT_EQ(a.language, QStringLiteral("en-GB"));
    EXPECT_EQ(a.guid, QStringLiteral("urn:newsml:acmenews.com:20161018:US-FINANCE-FED"));
    EXPECT_TRUE(a.categories.contains(QStringLiteral("labour market")));
    EXPECT_FALSE(a.categories.contains(QStringLiteral("Arbeitsmarkt")));
}

TEST(NewsmlSamples, TextDocumentWithNitfBody)
{
    DATELINE_REQUIRE_SHARED("samples/newsml-g2");
    const ImportResult r = importSample("LISTING_2_NewsML-G2_Text_Document.xml");
    ASSERT_TRUE(r.ok()) << r.error;
    ASSERT_EQ(r.articles.size(), 1);
    const Article &a = r.articles[0];
    EXPECT_EQ(a.headline, QStringLiteral("Fed to halt QE to avert \"bubble\""));
    EXPECT_EQ(a.language, QStringLiteral("en-US"));
    EXPECT_EQ(a.dateline, QStringLiteral("New York, NY"));
    EXPECT_EQ(a.authors, QStringList {QStringLiteral("Meredith Jameson")});
    EXPECT_EQ(a.published, QStringLiteral("2016-11-21T15:21:06-05:00"));
    ASSERT_EQ(a.paragraphs.size(), 2);
    EXPECT_TRUE(a.paragraphs[0].startsWith(QStringLiteral("(New York, NY - October 21) Et, sent luptat")));
}

TEST(NewsmlSamples, SportsStory)
{
    DATELINE_REQUIRE_SHARED("samples/newsml-g2");
    const ImportResult r = importSample("LISTING_22_Sports_story_in_NewsML-G2NITF.xml");
    ASSERT_TRUE(r.ok()) << r.error;
    ASSERT_EQ(r.articles.size(), 1);
    const Article &a = r.articles[0];
    EXPECT_EQ(a.headline,
              QStringLiteral("Preview: Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05 p.m."));
    EXPECT_EQ(a.authors, QStringList {QStringLiteral("The Sports Network")});
    EXPECT_TRUE(
        a.standfirst.startsWith(QStringLiteral("A pair of teams coming off big weekend sweeps will square off")));
    EXPECT_EQ(a.paragraphs.size(), 6);
    EXPECT_TRUE(a.categories.contains(QStringLiteral("Baseball")));
}

TEST(NewsmlSamples, NitfInContentSetFragment)
{
    DATELINE_REQUIRE_SHARED("samples/newsml-g2");
    const ImportResult r = importSample("LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml");
    ASSERT_TRUE(r.ok()) << r.error;
    ASSERT_EQ(r.articles.size(), 1);
    EXPECT_EQ(r.articles[0].headline,
              QStringLiteral("Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05p.m."));
    ASSERT_EQ(r.articles[0].paragraphs.size(), 1);
    EXPECT_TRUE(r.articles[0].paragraphs[0].startsWith(QStringLiteral("(Sports Network) - With the Philadelphia")));
}

TEST(NewsmlSamples, PackagesAndPlaceholdersYieldNoArticles)
{
    DATELINE_REQUIRE_SHARED("samples/newsml-g2");
    // A package references items; the message's items are "....." placeholders;
    // the located/dateline listing is metadata only.
    for (const char *name :
         {"LISTING_6_Simple_NewsML-G2_Package.xml", "LISTING_24_News_Message_conveying_a_complete_News_Package.xml",
          "LISTING_28_Illustrating_Located_Subject_and_Dateline.xml"}) {
        const ImportResult r = importSample(name);
        EXPECT_TRUE(r.articles.isEmpty()) << name;
        EXPECT_TRUE(r.error.contains(QStringLiteral("no news item"))) << name << ": " << r.error.toStdString();
    }
}

TEST(NewsmlSamples, ImporterDetectsNewsItems)
{
    DATELINE_REQUIRE_SHARED("samples/newsml-g2");
    const ImportResult r = Importer::importFile(
        test::sharedPath(QStringLiteral("samples/newsml-g2/LISTING_2_NewsML-G2_Text_Document.xml")));
    ASSERT_TRUE(r.ok()) << r.error;
    ASSERT_EQ(r.articles.size(), 1);
    EXPECT_EQ(r.articles[0].format, QStringLiteral("newsml-g2"));
}
