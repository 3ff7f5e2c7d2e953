#include "statementtestsupport.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace dateline;

namespace {

void expectSpansInside(const Article &a, const QList<Statement> &st)
{
    for (const Statement &s : st) {
        ASSERT_GE(s.paragraph, 0);
        ASSERT_LT(s.paragraph, a.paragraphs.size());
        EXPECT_GE(s.start, 0);
        EXPECT_LE(s.start, s.end);
        EXPECT_LE(s.end, a.paragraphs.at(s.paragraph).size());
    }
}

} // namespace

TEST(StatementBadInput, EmptyArticleAndParagraphs)
{
    EXPECT_TRUE(StatementExtractor::extract(Article {}).isEmpty());
    Article a;
    a.paragraphs << QString() << QStringLiteral("   ") << QStringLiteral("“") << QStringLiteral("\"")
                 << QStringLiteral(",” he said.") << QStringLiteral("said that");
    const QList<Statement> st = StatementExtractor::extract(a);
    EXPECT_TRUE(st.isEmpty()) << st.value(0).text;
}

TEST(StatementBadInput, OnlyQuoteMarksAndPunctuation)
{
    Article a;
    a.paragraphs << QString(5000, QChar(u'\u201C')) << QString(5000, QChar(u'"')) << QStringLiteral("'\"'\"'\",,::")
                 << QString(3000, QChar(u'\u2019'));
    expectSpansInside(a, StatementExtractor::extract(a));
}

TEST(StatementBadInput, RandomBytesDecodedAsText)
{
    QRandomGenerator rng(42);
    Article a;
    for (int p = 0; p < 20; ++p) {
        QString s;
        for (int i = 0; i < 2000; ++i) {
            static const char16_t alphabet[]
                = u"ab C,.:;\"'\u201C\u201D\u2018\u2019\u00AB\u00BB said he the Putin that according to ";
            s += QChar(alphabet[rng.bounded(int(std::size(alphabet)) - 1)]);
        }
        a.paragraphs << s;
    }
    expectSpansInside(a, StatementExtractor::extract(a));
}

TEST(StatementBadInput, HugeParagraphStaysLinear)
{
    // One quotation that never closes, then a very long paragraph of
    // attributed quotes: must finish quickly and find every one.
    Article a;
    a.paragraphs << QStringLiteral("He said “") + QString(200000, QChar(u'x'));
    QString many;
    for (int i = 0; i < 20000; ++i)
        many += QStringLiteral("“We are ready,” Putin said. ");
    a.paragraphs << many;
    const QList<Statement> st = StatementExtractor::extract(a);
    EXPECT_EQ(st.size(), 20000);
    expectSpansInside(a, st);
}

TEST(StatementBadInput, EndlessSentencesOfSpeakersAndParticiples)
{
    // Pathological sentences must neither recurse deeply nor go quadratic.
    QString speakers = QStringLiteral("Putin said the talks failed");
    QString participles = QStringLiteral("In the city of Rome");
    for (int i = 0; i < 20000; ++i) {
        speakers += QStringLiteral(", while Merkel said the talks failed");
        participles += QStringLiteral(", saying");
    }
    Article a;
    a.paragraphs << speakers + u'.' << participles + u'.';
    const QList<Statement> st = StatementExtractor::extract(a);
    EXPECT_GE(st.size(), 2);
    EXPECT_LE(st.size(), 20);
    expectSpansInside(a, st);
}

TEST(StatementBadInput, ACommaEndingTheParagraph)
{
    // The trailing-frame check looked one token past a closing comma (found
    // by fuzz_extractor; the asan preset catches the out-of-bounds read).
    Article a;
    a.paragraphs << QStringLiteral(" \"file\": \"reuters07_brazil_argentina_tariffs.txt\",")
                 << QStringLiteral(" \"quotes_optional\": [],")
                 << QStringLiteral("The tariffs will fall next year on steel and cars, the ministry said, in,")
                 << QStringLiteral("Russia is ready for talks with the West on every issue, Peskov said.");
    const QList<Statement> st = StatementExtractor::extract(a);
    expectSpansInside(a, st);
    // The sentence after them is still read.
    ASSERT_FALSE(st.isEmpty());
    EXPECT_EQ(st.last().paragraph, 3);
    EXPECT_EQ(st.last().speaker, QStringLiteral("Peskov"));
}
