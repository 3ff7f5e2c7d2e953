#include "extract/countries/wordtokenizer.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace dateline;

namespace {

QStringList texts(const QString &s)
{
    QStringList out;
    for (const WordToken &t : WordTokenizer::tokenize(s))
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
    const QList<WordToken> tokens = WordTokenizer::tokenize(s);
    auto sentenceOf = [&](const QString &word) {
        for (const WordToken &t : tokens) {
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

TEST(WordTokenizer, SplitFromStatementTokensMatchesReadingTheText)
{
    // Extraction derives the word split from the statement tokenizer's
    // tokens; it must be the same split, spaces and sentences included.
    const QStringList samples {
        QStringLiteral("Russia’s ties, U.S.-led talks and the '90s: 1,000 troops, 3.5 percent."),
        QStringLiteral("  Sen. Chris Murphy (D-Conn.) met Côte d’Ivoire’s envoy.  Mr. Smith left!"),
        QStringLiteral("“We hope,” he said. ‘Yes’ – «non» — AT&T’s U.N. chief\u00A0spoke\ton\u2009Friday…"),
        QStringLiteral("Control\u0001chars\u001Fsplit words; a\u0007bell, DEL\u007F too."),
        QStringLiteral("Emoji \U0001F600 and e\u0301clair, 'quoted' words, rock 'n' roll, Gen.Smith, U.S.A."),
        QString(),
    };
    for (const QString &s : samples) {
        std::vector<Token> statementTokens;
        Tokenizer::tokenize(s, statementTokens);
        const QList<WordToken> expected = WordTokenizer::tokenize(s);
        const QList<WordToken> derived = WordTokenizer::tokenize(s, statementTokens);
        ASSERT_EQ(derived.size(), expected.size()) << s;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            EXPECT_EQ(derived.at(i).start, expected.at(i).start) << s << " token " << i;
            EXPECT_EQ(derived.at(i).end, expected.at(i).end) << s << " token " << i;
            EXPECT_EQ(derived.at(i).word, expected.at(i).word) << s << " token " << i;
            EXPECT_EQ(derived.at(i).spaceBefore, expected.at(i).spaceBefore) << s << " token " << i;
            EXPECT_EQ(derived.at(i).sentence, expected.at(i).sentence) << s << " token " << i;
        }
    }
}
