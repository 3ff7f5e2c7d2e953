#include "import/importer.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace dateline;
using dateline::test::fixturePath;

namespace {

Article importOne(const QString &path)
{
    const ImportResult r = Importer::importFile(path);
    EXPECT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.articles.size(), 1);
    return r.articles.value(0);
}

void expectTwoAuthorStory(const Article &a)
{
    EXPECT_EQ(a.format, QStringLiteral("agency-text"));
    EXPECT_EQ(a.section, QStringLiteral("World"));
    EXPECT_EQ(a.headline, QStringLiteral("Foreign ministers agree on Black Sea grain corridor talks"));
    EXPECT_EQ(a.standfirst,
              QStringLiteral("Turkish foreign minister says the parties will meet again in Ankara next month"));
    EXPECT_EQ(a.authors, (QStringList {QStringLiteral("Ayşe Yılmaz"), QStringLiteral("John Carter")}));
    EXPECT_EQ(a.published, QStringLiteral("2026-02-03T14:20"));
    EXPECT_EQ(a.updated, QStringLiteral("2026-02-04T09:05"));
    EXPECT_EQ(a.caption, QStringLiteral("Foreign ministers pose for a photo in Geneva"));
    EXPECT_EQ(a.dateline, QStringLiteral("GENEVA"));
    ASSERT_EQ(a.paragraphs.size(), 3);
    EXPECT_TRUE(a.paragraphs.first().startsWith(QStringLiteral("Foreign ministers of Türkiye")));
    EXPECT_EQ(a.paragraphs.last(), QStringLiteral("The next round will be held in Ankara, according to a statement."));
    EXPECT_EQ(a.agency, QStringLiteral("Anadolu Agency"));
    for (const QString &p : a.paragraphs)
        EXPECT_FALSE(p.contains(QStringLiteral("subscription"))) << p.toStdString();
}

} // namespace

TEST(AgencyTextImporter, ReadsTwoAuthorsTimesAndUpdate)
{
    expectTwoAuthorStory(importOne(fixturePath(QStringLiteral("import/agency_two_authors.txt"))));
}

TEST(AgencyTextImporter, ReadsCrlfLineEnds)
{
    expectTwoAuthorStory(importOne(fixturePath(QStringLiteral("import/agency_crlf.txt"))));
}

TEST(AgencyTextImporter, ReadsParagraphsWithoutBlankLines)
{
    expectTwoAuthorStory(importOne(fixturePath(QStringLiteral("import/agency_no_blank_lines.txt"))));
}

TEST(AgencyTextImporter, TreatsNoBreakSpacesAsSpaces)
{
    const Article a = importOne(fixturePath(QStringLiteral("import/agency_nbsp.txt")));
    expectTwoAuthorStory(a);
    EXPECT_TRUE(a.paragraphs.first().contains(QStringLiteral("agreed Tuesday")));
}

TEST(AgencyTextImporter, HandlesMissingSectionUpdateAndTurkishLetters)
{
    const Article a = importOne(fixturePath(QStringLiteral("import/agency_no_section.txt")));
    EXPECT_EQ(a.section, QString());
    EXPECT_EQ(a.headline, QStringLiteral("İzmir mayor calls for calm after İstanbul earthquake drill"));
    EXPECT_EQ(a.standfirst, QStringLiteral("Şükrü Öztürk says the city's shelters are ready for 400,000 people"));
    EXPECT_EQ(a.authors, QStringList {QStringLiteral("Gülşen Çelik")});
    EXPECT_EQ(a.published, QStringLiteral("2026-03-12"));
    EXPECT_EQ(a.updated, QString());
    EXPECT_EQ(a.caption, QString());
    EXPECT_EQ(a.dateline, QStringLiteral("İZMİR"));
    EXPECT_EQ(a.paragraphs.size(), 2);
}

// The sample story and its gold article object from ../shared.
TEST(AgencyTextImporter, MatchesSharedGoldArticle)
{
    DATELINE_REQUIRE_SHARED(QStringLiteral("fixtures/000_33375fb4bd43eb33.gold.json"));
    const QJsonObject gold
        = QJsonDocument::fromJson(
              test::readFile(test::sharedPath(QStringLiteral("fixtures/000_33375fb4bd43eb33.gold.json"))))
              .object()
              .value(QStringLiteral("article"))
              .toObject();
    const Article a = importOne(test::sharedPath(QStringLiteral("fixtures/000_33375fb4bd43eb33.txt")));
    EXPECT_EQ(a.section, gold.value(QStringLiteral("section")).toString());
    EXPECT_EQ(a.headline, gold.value(QStringLiteral("headline")).toString());
    EXPECT_EQ(a.standfirst, gold.value(QStringLiteral("standfirst")).toString());
    QStringList authors;
    for (const auto &v : gold.value(QStringLiteral("authors")).toArray())
        authors << v.toString();
    EXPECT_EQ(a.authors, authors);
    EXPECT_EQ(a.published, gold.value(QStringLiteral("published")).toString());
    EXPECT_EQ(a.updated, gold.value(QStringLiteral("updated")).toString());
    EXPECT_EQ(a.dateline, gold.value(QStringLiteral("dateline")).toString());
    EXPECT_EQ(a.caption, gold.value(QStringLiteral("caption")).toString());
    ASSERT_EQ(a.paragraphs.size(), gold.value(QStringLiteral("paragraph_count")).toInt());
    EXPECT_TRUE(a.paragraphs.first().startsWith(gold.value(QStringLiteral("body_starts_with")).toString()));
    EXPECT_TRUE(a.paragraphs.last().endsWith(gold.value(QStringLiteral("body_ends_with")).toString()));
    const QString boilerplate = gold.value(QStringLiteral("boilerplate_removed")).toString();
    for (const QString &p : a.paragraphs)
        EXPECT_FALSE(p.contains(boilerplate));
}
