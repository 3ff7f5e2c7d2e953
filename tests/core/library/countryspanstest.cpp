// Country mentions packed per article and country (schema 8): what goes in
// comes back, in the article's order, and damage never reads past the bytes.
#include "library/countryspans.h"

#include <gtest/gtest.h>

using namespace dateline;

namespace {

CountryMention mention(const QString &code, const QString &text, CountryMentionKind kind, int paragraph, int start)
{
    return CountryMention {code, text, kind, paragraph, start, start + int(text.size())};
}

} // namespace

TEST(CountrySpans, AnArticlesMentionsRoundTripInTheirOrder)
{
    const QStringList paragraphs {QStringLiteral("ANKARA, March 5 — Türkiye and Syria met."),
                                  QStringLiteral("Turkish officials said Damascus agreed; Türkiye welcomed it.")};
    QList<CountryMention> mentions;
    mentions << mention(QStringLiteral("TR"), QStringLiteral("ANKARA"), CountryMentionKind::Dateline, 0, 0)
             << mention(QStringLiteral("TR"), QStringLiteral("Türkiye"), CountryMentionKind::Name, 0, 18)
             << mention(QStringLiteral("SY"), QStringLiteral("Syria"), CountryMentionKind::Name, 0, 30)
             << mention(QStringLiteral("TR"), QStringLiteral("Turkish"), CountryMentionKind::Demonym, 1, 0)
             << mention(QStringLiteral("SY"), QStringLiteral("Damascus"), CountryMentionKind::Capital, 1, 23)
             // Words that are not the span (written by hand): kept.
             << CountryMention {QStringLiteral("TR"), QStringLiteral("Turkey"), CountryMentionKind::Name, 1, 40, 47};

    const QList<CountrySpans::Row> rows = CountrySpans::rows(mentions, paragraphs);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].code, QStringLiteral("TR"));
    EXPECT_EQ(rows[0].first, 0);
    EXPECT_EQ(rows[0].mentions, 4);
    EXPECT_EQ(rows[1].code, QStringLiteral("SY"));
    EXPECT_EQ(rows[1].first, 2);
    EXPECT_EQ(rows[1].mentions, 2);
    // A few bytes a mention, the words only where they are not the span.
    EXPECT_LT(rows[0].spans.size(), 4 * 5 + 8);

    QList<std::pair<int, CountryMention>> placed;
    for (const CountrySpans::Row &row : rows)
        CountrySpans::appendMentions(row.code, row.spans, paragraphs, placed);
    std::sort(placed.begin(), placed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<CountryMention> back;
    for (const auto &p : std::as_const(placed))
        back << p.second;
    EXPECT_EQ(back, mentions);
}

TEST(CountrySpans, DamagedBytesEndTheListEarly)
{
    QList<CountrySpans::Mention> mentions;
    mentions << CountrySpans::Mention {0, CountryMentionKind::Name, 2, 10, 16, std::nullopt}
             << CountrySpans::Mention {3, CountryMentionKind::Capital, 4, 0, 6, QStringLiteral("Kyiv")};
    const QByteArray spans = CountrySpans::encode(mentions);
    EXPECT_EQ(CountrySpans::decode(spans), mentions);
    // Cut anywhere: only whole mentions come back.
    for (qsizetype cut = 0; cut < spans.size(); ++cut) {
        const QList<CountrySpans::Mention> partial = CountrySpans::decode(QByteArrayView(spans).first(cut));
        ASSERT_LE(partial.size(), 1);
        if (!partial.isEmpty()) {
            EXPECT_EQ(partial.first(), mentions.first());
        }
    }
    // Words longer than the bytes left; a varint that never ends.
    EXPECT_TRUE(CountrySpans::decode(QByteArray("\x00\x21\x00\x04\x7f", 5)).isEmpty());
    EXPECT_TRUE(CountrySpans::decode(QByteArray("\xff\xff\xff\xff\xff\xff", 6)).isEmpty());
}
