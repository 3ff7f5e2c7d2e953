// FtsTokenizer must put every token where the library's full-text index
// (FTS5's unicode61) puts it: statement positions count tokens by it.
#include "library/ftstokenizer.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <gtest/gtest.h>

using namespace dateline;

namespace {

// The bounds unicode61 itself gives: tokens() always asks it, for the
// folded text it returns along with them.
std::vector<FtsTokenizer::Bounds> unicode61Bounds(const FtsTokenizer &tokenizer, const QByteArray &utf8)
{
    std::vector<FtsTokenizer::Bounds> bounds;
    for (const FtsTokenizer::Token &t : tokenizer.tokens(utf8))
        bounds.push_back({t.start, t.end});
    return bounds;
}

} // namespace

TEST(FtsTokenizer, BoundsAndCountsAreUnicode61s)
{
    const FtsTokenizer &tokenizer = FtsTokenizer::forThisThread();
    ASSERT_TRUE(tokenizer.isValid());
    // ASCII of every kind, the separators read without unicode61, and
    // characters that send the tokenizer to unicode61: letters with
    // diacritics, other scripts, emoji, other punctuation and spaces,
    // a character cut short.
    const QStringList pieces = {QStringLiteral("Minister"),
                                QStringLiteral("said"),
                                QStringLiteral(" "),
                                QStringLiteral("  \t\n"),
                                QStringLiteral("U.S."),
                                QStringLiteral("1,000"),
                                QStringLiteral("2019-09"),
                                QStringLiteral("don't"),
                                QStringLiteral("e-mail"),
                                QStringLiteral("_x_"),
                                QStringLiteral("@#$%^&*()[]{}<>|\\/~`"),
                                QStringLiteral("\u201cQuoted\u201d"),
                                QStringLiteral("\u2018it\u2019s\u2019"),
                                QStringLiteral("\u2013"),
                                QStringLiteral("\u2014"),
                                QStringLiteral("\u2026"),
                                QStringLiteral("\u00a0"),
                                QStringLiteral("Zürich"),
                                QStringLiteral("Çavuşoğlu"),
                                QStringLiteral("Œuvre ıslak ſ ÿ À"),
                                QStringLiteral("2×3"),
                                QStringLiteral("3÷4"),
                                QStringLiteral("Ɓ"),
                                QStringLiteral("日本語"),
                                QStringLiteral("😀"),
                                QStringLiteral("\u2022"),
                                QStringLiteral("\u2003"),
                                QStringLiteral("\u201a"),
                                QStringLiteral("a\u0301")};
    quint32 seed = 61;
    const auto next = [&seed](quint32 bound) {
        seed = seed * 1664525u + 1013904223u;
        return (seed >> 8) % bound;
    };
    int fallbacks = 0;
    for (int round = 0; round < 2000; ++round) {
        QString text;
        const quint32 length = next(24);
        for (quint32 k = 0; k < length; ++k)
            text += pieces.at(qsizetype(next(quint32(pieces.size()))));
        QByteArray utf8 = text.toUtf8();
        if (round % 50 == 0 && utf8.endsWith("\xa6"))
            utf8.chop(1); // an ellipsis cut short
        const std::vector<FtsTokenizer::Bounds> expected = unicode61Bounds(tokenizer, utf8);
        ASSERT_EQ(tokenizer.tokenBounds(utf8), expected) << utf8.constData();
        ASSERT_EQ(tokenizer.count(utf8), int(expected.size())) << utf8.constData();
        fallbacks += text.contains(QStringLiteral("日"));
    }
    EXPECT_GT(fallbacks, 0);
}

TEST(FtsTokenizer, NewsTextCountsAsTheIndexDoes)
{
    const FtsTokenizer &tokenizer = FtsTokenizer::forThisThread();
    ASSERT_TRUE(tokenizer.isValid());
    const QByteArray text = QStringLiteral("\u201cWe\u2019re ready \u2014 now,\u201d the U.S. envoy said\u2026 "
                                           "at 10:30\u00a0a.m.")
                                .toUtf8();
    // we re ready now the u s envoy said at 10 30 a m
    EXPECT_EQ(tokenizer.count(text), 14);
    const std::vector<FtsTokenizer::Bounds> bounds = tokenizer.tokenBounds(text);
    ASSERT_EQ(bounds.size(), 14u);
    EXPECT_EQ(text.mid(bounds[2].start, bounds[2].end - bounds[2].start), QByteArray("ready"));
    EXPECT_EQ(text.mid(bounds[13].start, bounds[13].end - bounds[13].start), QByteArray("m"));
    EXPECT_EQ(tokenizer.count(QByteArray()), 0);
}
