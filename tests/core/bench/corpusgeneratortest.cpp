#include "bench/corpusgenerator.h"
#include "import/importer.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace dateline;

TEST(CorpusGenerator, IsDeterministicAndOrderIndependent)
{
    CorpusGenerator a(7);
    CorpusGenerator b(7);
    const QByteArray first = a.wireStory(42);
    b.wireStory(1);
    b.wireStory(2);
    EXPECT_EQ(first, b.wireStory(42));
    EXPECT_NE(first, CorpusGenerator(8).wireStory(42));
    EXPECT_NE(a.wireStory(1), a.wireStory(2));
}

TEST(CorpusGenerator, WireStylesImportWithTheirMetadata)
{
    CorpusGenerator gen;
    const CorpusGenerator::Story st = gen.story(3);
    const ImportResult agency
        = Importer::importData(gen.wireStory(3, CorpusGenerator::Style::Agency), QStringLiteral("gen.txt"));
    ASSERT_TRUE(agency.ok()) << agency.error;
    EXPECT_EQ(agency.articles.first().format, QStringLiteral("agency-text"));
    EXPECT_EQ(agency.articles.first().headline, st.headline);
    EXPECT_EQ(agency.articles.first().paragraphs, QStringList(st.paragraphs));

    const ImportResult reuters
        = Importer::importData(gen.wireStory(3, CorpusGenerator::Style::Reuters), QStringLiteral("gen.txt"));
    ASSERT_TRUE(reuters.ok());
    EXPECT_EQ(reuters.articles.first().agency, QStringLiteral("Reuters"));
    EXPECT_EQ(reuters.articles.first().dateline, st.dateline);

    const ImportResult afp
        = Importer::importData(gen.wireStory(3, CorpusGenerator::Style::AFP), QStringLiteral("gen.txt"));
    ASSERT_TRUE(afp.ok());
    EXPECT_EQ(afp.articles.first().published,
              QStringLiteral("%1-%2-%3")
                  .arg(st.year)
                  .arg(st.month, 2, 10, QLatin1Char('0'))
                  .arg(st.day, 2, 10, QLatin1Char('0')));
}

TEST(CorpusGenerator, OtherFormatsAreDetected)
{
    CorpusGenerator gen;
    EXPECT_EQ(detectFormat(gen.htmlPage(1)), DocumentFormat::Html);
    EXPECT_EQ(detectFormat(gen.rssFeed(1, 5)), DocumentFormat::Feed);
    EXPECT_EQ(detectFormat(gen.newsmlItem(1)), DocumentFormat::NewsML);
}
