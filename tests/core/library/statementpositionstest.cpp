// Where statements stand in their article's full-text row, and the
// highlighted snippets worked out with the index's own tokenizer.
#include "library/statementpositions.h"
#include "library/ftstokenizer.h"
#include "library/paragraphtext.h"
#include "library/statementsnippet.h"

#include <gtest/gtest.h>

using namespace dateline;

TEST(StatementPositions, PackAndUnpackGiveTheSameStatements)
{
    const QList<StatementPosition> positions {
        {7, 3, 0, 12, 3, 0}, {8, 0, 40, 5, 0, 4}, {900000000, 123456, 70000, 1, 2, 0}};
    const QByteArray packed = StatementPositions::pack(positions);
    const QList<StatementPosition> back = StatementPositions::unpack(packed);
    ASSERT_EQ(back.size(), 3);
    for (qsizetype i = 0; i < back.size(); ++i) {
        EXPECT_EQ(back[i].id, positions[i].id);
        EXPECT_EQ(back[i].personId, positions[i].personId);
        EXPECT_EQ(back[i].start, positions[i].start);
        EXPECT_EQ(back[i].count, positions[i].count);
        EXPECT_EQ(back[i].speakerCount, positions[i].speakerCount);
        EXPECT_EQ(back[i].quoteCount, positions[i].quoteCount);
    }
    // A damaged value keeps the statements before the damage.
    EXPECT_EQ(StatementPositions::unpack(packed.left(packed.size() - 1)).size(), 2);
    EXPECT_TRUE(StatementPositions::unpack(QByteArray("\xff\xff", 2)).isEmpty());
}

TEST(StatementPositions, SpansBecomeTheTokenRangesOfTheBodyColumn)
{
    const FtsTokenizer &tokenizer = FtsTokenizer::forThisThread();
    ASSERT_TRUE(tokenizer.isValid());
    const QStringList paragraphs {QStringLiteral("Çavuşoğlu met — twice — the envoy."),
                                  QStringLiteral("\u201cWe are ready,\u201d he said. 😀 Then more words.")};
    const QByteArray body = ParagraphText::body(paragraphs).toUtf8();
    const QString second = paragraphs.at(1);
    const auto at = [&second](const QString &text) {
        const int start = int(second.indexOf(text));
        return StatementPositions::Span {1, start, start + int(text.size())};
    };
    const QList<std::pair<int, int>> ranges = StatementPositions::bodyRanges(
        tokenizer, body, paragraphs,
        {at(QStringLiteral("We are ready")), at(QStringLiteral("Then more")), {0, 2, 6}, {5, 0, 3}, {1, 4, 4}});
    ASSERT_EQ(ranges.size(), 5);
    // The first paragraph holds five tokens: çavusoglu met twice the envoy.
    EXPECT_EQ(ranges[0], std::make_pair(5, 3));
    EXPECT_EQ(ranges[1], std::make_pair(10, 2)); // after "he said", past an emoji (4 bytes, 2 units)
    EXPECT_EQ(ranges[2], std::make_pair(0, 1)); // a span cutting a word takes the word
    EXPECT_EQ(ranges[3], std::make_pair(0, 0)); // no such paragraph
    EXPECT_EQ(ranges[4], std::make_pair(0, 0)); // empty span

    // Checked against the tokenizer: the tokens in range are the span's words.
    const QList<FtsTokenizer::Token> tokens = tokenizer.tokens(body);
    ASSERT_EQ(tokens.size(), 13);
    EXPECT_EQ(tokens.at(5).text, QByteArray("we"));
    EXPECT_EQ(tokens.at(7).text, QByteArray("ready"));
    EXPECT_EQ(tokens.at(10).text, QByteArray("then"));
    EXPECT_EQ(tokens.at(0).text, QByteArray("cavusoglu"));
}

TEST(StatementPositions, HalfASurrogatePairCountsAsTheCharacterUtf8PutsInItsPlace)
{
    const FtsTokenizer &tokenizer = FtsTokenizer::forThisThread();
    ASSERT_TRUE(tokenizer.isValid());
    // UTF-8 writes U+FFFD (three bytes) for a lone half; a pair is four.
    const QStringList paragraphs {QString(QChar(0xd83d)) + QStringLiteral(" alpha 😀 beta ") + QChar(0xde00)
                                  + QStringLiteral(" gamma")};
    const QByteArray body = ParagraphText::body(paragraphs).toUtf8();
    const QString &p = paragraphs.first();
    const auto span = [&p](const QString &word) {
        const int start = int(p.indexOf(word));
        return StatementPositions::Span {0, start, start + int(word.size())};
    };
    const QList<std::pair<int, int>> ranges = StatementPositions::bodyRanges(
        tokenizer, body, paragraphs,
        {span(QStringLiteral("alpha")), span(QStringLiteral("beta")), span(QStringLiteral("gamma"))});
    const QList<FtsTokenizer::Token> tokens = tokenizer.tokens(body);
    ASSERT_EQ(ranges.size(), 3);
    for (int i = 0; i < 3; ++i) {
        ASSERT_EQ(ranges[i].second, 1) << i;
        ASSERT_LT(ranges[i].first, tokens.size());
        EXPECT_EQ(tokens.at(ranges[i].first).text, (QList<QByteArray> {"alpha", "beta", "gamma"}).at(i));
    }
}

TEST(StatementSnippet, MarksPhrasesAsTheIndexReadsThem)
{
    const FtsTokenizer &tokenizer = FtsTokenizer::forThisThread();
    const QString open = QStringLiteral("<b>");
    const QString close = QStringLiteral("</b>");
    EXPECT_EQ(StatementSnippet::of(tokenizer, QStringLiteral("Türkiye is ready to talk"),
                                   {QStringLiteral("\"turkiye\""), QStringLiteral("\"talk\"")}, open, close),
              QStringLiteral("<b>Türkiye</b> is ready to <b>talk</b>"));
    EXPECT_EQ(StatementSnippet::of(tokenizer, QStringLiteral("ready to talk, talks to ready"),
                                   {QStringLiteral("\"ready to\"")}, open, close),
              QStringLiteral("<b>ready to</b> talk, talks to ready"));
    EXPECT_EQ(StatementSnippet::of(tokenizer, QStringLiteral("Sanctions and sanctioned firms"),
                                   {QStringLiteral("\"sanction\"*")}, open, close),
              QStringLiteral("<b>Sanctions</b> and <b>sanctioned</b> firms"));
    EXPECT_EQ(
        StatementSnippet::of(tokenizer, QStringLiteral("nothing here"), {QStringLiteral("\"else\"")}, open, close),
        QStringLiteral("nothing here"));
    // A long text is cut to the window holding the words, marked as cut.
    QStringList words;
    for (int i = 0; i < 60; ++i)
        words << QStringLiteral("w%1").arg(i);
    const QString cut
        = StatementSnippet::of(tokenizer, words.join(QLatin1Char(' ')), {QStringLiteral("\"w40\"")}, open, close, 10);
    EXPECT_EQ(cut, QStringLiteral("…w38 w39 <b>w40</b> w41 w42 w43 w44 w45 w46 w47…"));
}
