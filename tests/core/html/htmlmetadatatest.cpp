#include "import/html/htmlmetadata.h"
#include "import/html/htmlimporter.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace dateline;

namespace {

const QString kBody = QStringLiteral(
    "<body><article><p>The delegation arrived in the capital on Monday, officials said, and talks began at once.</p>"
    "<p>Both sides called the first session useful, open and businesslike, and agreed to meet again.</p></article>"
    "</body></html>");

Article importPage(const QString &head)
{
    const ImportResult r
        = HtmlImporter::parse((QStringLiteral("<html><head>") + head + QStringLiteral("</head>") + kBody).toUtf8(),
                              QStringLiteral("page.html"));
    EXPECT_TRUE(r.ok()) << r.error;
    return r.articles.value(0);
}

} // namespace

TEST(HtmlMetadata, DatesBecomeIso8601)
{
    EXPECT_EQ(HtmlMetadata::isoDate(QStringLiteral("2017-11-03 03:01:00.000000")),
              QStringLiteral("2017-11-03T03:01:00"));
    EXPECT_EQ(HtmlMetadata::isoDate(QStringLiteral("2015-03-17T16:27:40.294Z")),
              QStringLiteral("2015-03-17T16:27:40Z"));
    EXPECT_EQ(HtmlMetadata::isoDate(QStringLiteral("2024-12-06T22:00:40+0100")),
              QStringLiteral("2024-12-06T22:00:40+01:00"));
    EXPECT_EQ(HtmlMetadata::isoDate(QStringLiteral("2013-09-29")), QStringLiteral("2013-09-29"));
    EXPECT_EQ(HtmlMetadata::isoDate(QStringLiteral("Fri, 03 Nov 2017 03:01:00 +0000")),
              QStringLiteral("2017-11-03T03:01:00Z"));
    EXPECT_EQ(HtmlMetadata::isoDate(QStringLiteral("March 25, 2015")), QStringLiteral("2015-03-25"));
    EXPECT_EQ(HtmlMetadata::isoDate(QStringLiteral("25 March 2015")), QStringLiteral("2015-03-25"));
    EXPECT_EQ(HtmlMetadata::isoDate(QStringLiteral("1700000000")), QStringLiteral("2023-11-14T22:13:20Z"));
    EXPECT_EQ(HtmlMetadata::isoDate(QStringLiteral("2015-13-45")), QString());
    EXPECT_EQ(HtmlMetadata::isoDate(QStringLiteral("yesterday")), QString());
}

TEST(HtmlMetadata, TitleSuffixesAreDroppedOnlyWhenEnoughRemains)
{
    EXPECT_EQ(HtmlMetadata::cleanDocumentTitle(QStringLiteral("Minister resigns over border deal - The Daily Post"), {},
                                               0, {}),
              QStringLiteral("Minister resigns over border deal"));
    EXPECT_EQ(HtmlMetadata::cleanDocumentTitle(QStringLiteral("Minister resigns over border deal | Post"), {}, 0, {}),
              QStringLiteral("Minister resigns over border deal"));
    EXPECT_EQ(HtmlMetadata::cleanDocumentTitle(QStringLiteral("Minister resigns – The Daily Post"), {}, 0, {}),
              QStringLiteral("Minister resigns – The Daily Post"));
    // A colon title that an h1 repeats is the headline itself.
    const QString colon = QStringLiteral("Analysis: why the border deal failed so quickly");
    EXPECT_EQ(HtmlMetadata::cleanDocumentTitle(colon, {colon}, 1, colon), colon);
    EXPECT_EQ(HtmlMetadata::cleanDocumentTitle(colon, {}, 0, {}),
              QStringLiteral("why the border deal failed so quickly"));
    // Too short a title: the single h1 says more.
    EXPECT_EQ(HtmlMetadata::cleanDocumentTitle(QStringLiteral("News"),
                                               {QStringLiteral("Floods close the northern port")}, 1,
                                               QStringLiteral("Floods close the northern port")),
              QStringLiteral("Floods close the northern port"));
}

TEST(HtmlMetadata, JsonLdArraysStringAuthorsAndSchemaContextObject)
{
    const Article a = importPage(QStringLiteral(
        R"(<script type="application/ld+json">[{"@context":"https://schema.org","@type":"BreadcrumbList"},)"
        R"({"@context":{"@vocab":"http://schema.org/"},"@type":"Article","headline":"Talks begin in the capital",)"
        R"("author":"By Jana Novak","datePublished":"2022-05-01T08:00:00Z"}]</script>)"
        R"(<meta property="og:title" content="OG title loses">)"));
    EXPECT_EQ(a.headline, QStringLiteral("Talks begin in the capital"));
    EXPECT_EQ(a.authors, QStringList {QStringLiteral("Jana Novak")});
    EXPECT_EQ(a.published, QStringLiteral("2022-05-01T08:00:00Z"));
}

TEST(HtmlMetadata, BrokenJsonLdFallsBackToMetaTags)
{
    const Article a = importPage(QStringLiteral(
        R"(<script type="application/ld+json">{"@type":"NewsArticle", "headline": </script>)"
        R"(<title>Ignored title | Site</title><meta name="parsely-title" content="Parsely headline">)"
        R"(<meta name="parsely-author" content="Omar Haddad"><meta name="parsely-pub-date" content="2021-02-03T04:05:06Z">)"));
    EXPECT_EQ(a.headline, QStringLiteral("Parsely headline"));
    EXPECT_EQ(a.authors, QStringList {QStringLiteral("Omar Haddad")});
    EXPECT_EQ(a.published, QStringLiteral("2021-02-03T04:05:06Z"));
}

TEST(HtmlMetadata, TimeElementAndDublinCoreCreator)
{
    const Article a
        = importPage(QStringLiteral(R"(<title>Talks begin in the capital - World News</title>)"
                                    R"(<meta name="DC.creator" content="Ines Moreau; Karl Berg">)")
                     + QStringLiteral("</head><body><time datetime=\"2020-07-08T10:00:00+02:00\">8 July</time>"));
    EXPECT_EQ(a.headline, QStringLiteral("Talks begin in the capital"));
    EXPECT_EQ(a.authors, (QStringList {QStringLiteral("Ines Moreau"), QStringLiteral("Karl Berg")}));
    EXPECT_EQ(a.published, QStringLiteral("2020-07-08T10:00:00+02:00"));
}

TEST(HtmlMetadata, AuthorReferencesAndListsAreResolved)
{
    const Article a = importPage(QStringLiteral(
        R"(<script type="application/ld+json">{"@context":"https://schema.org","@graph":[)"
        R"({"@type":"WebPage","@id":"https://x.example/p"},)"
        R"({"@type":"NewsArticle","headline":"Talks begin in the capital","author":[{"@id":"https://x.example/#/person/1"}],)"
        R"("datePublished":"2022-05-01"},)"
        R"({"@type":"Person","@id":"https://x.example/#/person/1","name":"Sara Lind"}]}</script>)"));
    EXPECT_EQ(a.authors, QStringList {QStringLiteral("Sara Lind")});
    EXPECT_EQ(a.published, QStringLiteral("2022-05-01"));

    const Article b = importPage(QStringLiteral(R"(<meta name="author" content="Ana Ruiz, Li Wei and Omar Haddad">)"));
    EXPECT_EQ(b.authors,
              (QStringList {QStringLiteral("Ana Ruiz"), QStringLiteral("Li Wei"), QStringLiteral("Omar Haddad")}));

    const Article c = importPage(QStringLiteral(R"(<meta name="author" content="Brenda Goodman, MA">)"));
    EXPECT_EQ(c.authors, QStringList {QStringLiteral("Brenda Goodman, MA")});
}
