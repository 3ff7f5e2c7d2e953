#include "extract/countries/wordtokenizer.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace dateline;

namespace {

QStringList texts(const QString &s)
{
    QStringList out;
    for (const Token &t : WordTokenizer::tokenize(s))
        out << s.mid(t.start, t.end - t.start);
    return out;
}

} // namespace

TEST(WordTokenizer, WordsAndPunctuationAreSeparateTokens)
{
    EXPECT_EQ(texts(QStringLiteral("Russia’s ties, U.S.-led")),
              (QStringList {QStringLiteral("Russia"), QStringLiteral("’"), QStringLiteral("s"), QStringLiteral("ties"),
                            QStringLiteral(","), QStringLiteral("U"), QStringLiteral("."), QStringLiteral("S"),
                            QStringLiteral("."), QStringLiteral("-"), QStringLiteral("led")}));
}

TEST(WordTokenizer, AccentedLettersStayInsideWords)
{
    EXPECT_EQ(texts(QStringLiteral("Türkiye Élysée Côte")),
              (QStringList {QStringLiteral("Türkiye"), QStringLiteral("Élysée"), QStringLiteral("Côte")}));
}

TEST(WordTokenizer, SentencesEndAtStopsButNotAtAbbreviations)
{
    const QString s = QStringLiteral("The U.S. envoy left. Mr. Smith stayed! “Why?” he asked.");
    const QList<Token> tokens = WordTokenizer::tokenize(s);
    auto sentenceOf = [&](const QString &word) {
        for (const Token &t : tokens) {
            if (s.mid(t.start, t.end - t.start) == word)
                return t.sentence;
        }
        return -1;
    };
    EXPECT_EQ(sentenceOf(QStringLiteral("envoy")), 0);
    EXPECT_EQ(sentenceOf(QStringLiteral("Smith")), 1);
    EXPECT_EQ(sentenceOf(QStringLiteral("Why")), 2);
    EXPECT_EQ(sentenceOf(QStringLiteral("asked")), 2);
}

TEST(WordTokenizer, FoldsCurlyApostrophesAndDashes)
{
    EXPECT_EQ(WordTokenizer::foldPunctuation(QChar(0x2019)), QChar(u'\''));
    EXPECT_EQ(WordTokenizer::foldPunctuation(QChar(0x2013)), QChar(u'-'));
    EXPECT_EQ(WordTokenizer::foldPunctuation(QChar(u'x')), QChar(u'x'));
}

TEST(WordTokenizer, EmptyAndBlankInputGiveNoTokens)
{
    EXPECT_TRUE(WordTokenizer::tokenize(QString()).isEmpty());
    EXPECT_TRUE(WordTokenizer::tokenize(QStringLiteral(" \n\t ")).isEmpty());
}
