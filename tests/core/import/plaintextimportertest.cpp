#include "import/importer.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace dateline;
using dateline::test::fixturePath;

namespace {

Article importOne(const QString &name)
{
    const ImportResult r = Importer::importFile(fixturePath(name));
    EXPECT_TRUE(r.ok()) << r.error.toStdString();
    return r.articles.value(0);
}

} // namespace

TEST(PlainTextImporter, ReutersLedeGivesDatelineDateAgencyAndBylines)
{
    const Article a = importOne(QStringLiteral("import/reuters_lede.txt"));
    EXPECT_EQ(a.format, QStringLiteral("text"));
    EXPECT_EQ(a.headline, QStringLiteral("Kremlin says talks with Washington on prisoner swap continue"));
    EXPECT_EQ(a.authors, (QStringList {QStringLiteral("Anna Petrova"), QStringLiteral("Mark Hale")}));
    EXPECT_EQ(a.dateline, QStringLiteral("MOSCOW"));
    EXPECT_EQ(a.agency, QStringLiteral("Reuters"));
    EXPECT_EQ(a.published, QStringLiteral("2026-01-16"));
    ASSERT_EQ(a.paragraphs.size(), 2);
    EXPECT_TRUE(a.paragraphs.first().startsWith(QStringLiteral("The Kremlin said on Friday")));
}

TEST(PlainTextImporter, ApLedeWithEmDash)
{
    const Article a = importOne(QStringLiteral("import/ap_lede.txt"));
    EXPECT_EQ(a.dateline, QStringLiteral("WASHINGTON"));
    EXPECT_EQ(a.agency, QStringLiteral("Associated Press"));
    EXPECT_TRUE(a.published.isEmpty());
    EXPECT_TRUE(a.paragraphs.first().startsWith(QStringLiteral("A Senate panel")));
}

TEST(PlainTextImporter, AfpLedeWithYear)
{
    const Article a = importOne(QStringLiteral("import/afp_lede.txt"));
    EXPECT_EQ(a.dateline, QStringLiteral("STOCKHOLM"));
    EXPECT_EQ(a.agency, QStringLiteral("AFP"));
    EXPECT_EQ(a.published, QStringLiteral("2014-08-29"));
}

TEST(PlainTextImporter, LegacyEncodingIsDetected)
{
    const Article a = importOne(QStringLiteral("import/latin1.txt"));
    EXPECT_EQ(a.headline, QStringLiteral("Café owners in São Paulo protest new tax"));
    EXPECT_EQ(a.dateline, QStringLiteral("SÃO PAULO"));
}

TEST(PlainTextImporter, TextWithoutHeadlineLineStillImports)
{
    const QByteArray text = QByteArray("x").repeated(400) + "\n\nSecond paragraph.";
    const ImportResult r = Importer::importData(text, QStringLiteral("inline"));
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.articles.first().headline.isEmpty());
    EXPECT_EQ(r.articles.first().paragraphs.size(), 2);
}
