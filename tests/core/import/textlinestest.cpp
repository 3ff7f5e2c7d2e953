#include "import/textlines.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace dateline;

TEST(TextLines, WordSimilarityIsTheShareOfWordsInCommon)
{
    EXPECT_DOUBLE_EQ(textlines::wordSimilarity(QStringLiteral("Talks in Geneva"), QStringLiteral("talks, in GENEVA!")),
                     1.0);
    // b's words joined are 19 characters; "new", the one a lacks, is 3 of them.
    EXPECT_DOUBLE_EQ(
        textlines::wordSimilarity(QStringLiteral("Talks in Geneva"), QStringLiteral("Talks in new Geneva")),
        1.0 - 3.0 / 19.0);
    EXPECT_DOUBLE_EQ(textlines::wordSimilarity(QStringLiteral("x"), QStringLiteral("--")), 0.0);
    EXPECT_DOUBLE_EQ(textlines::wordSimilarity(QStringLiteral("İstanbul talks"), QStringLiteral("Ankara")), 0.0);
    EXPECT_DOUBLE_EQ(textlines::wordSimilarity(QStringLiteral("Ünal_2 said"), QStringLiteral("ünal_2")), 1.0);
}

TEST(TextLines, NormaliseSpacesKeepsNormalLinesAndFixesOthers)
{
    const QString normal = QStringLiteral("A line of ordinary text, long enough for whole blocks: 0123456789.");
    EXPECT_EQ(textlines::normaliseSpaces(normal), normal);
    EXPECT_EQ(textlines::normaliseSpaces(QStringLiteral("A line of ordinary text  with two spaces in the middle")),
              QStringLiteral("A line of ordinary text with two spaces in the middle"));
    EXPECT_EQ(textlines::normaliseSpaces(QStringLiteral("Eight ch\u00A0no-break\tand\u200Bzero width ")),
              QStringLiteral("Eight ch no-break andzero width"));
    // Two spaces across the boundary of an eight-character block.
    EXPECT_EQ(textlines::normaliseSpaces(QStringLiteral("1234567  abcdefgh")), QStringLiteral("1234567 abcdefgh"));
}
