#include "model/annotationanchor.h"
#include "model/plaintextmap.h"
#include "testpaths.h"

#include <gtest/gtest.h>

#include <limits>

using namespace dateline;

namespace {

const QString kText = QStringLiteral("The minister said the talks would go on. Later the minister said the talks "
                                     "had ended, and the minister left.");

int nth(const QString &text, const QString &needle, int n)
{
    qsizetype at = -1;
    for (int i = 0; i <= n; ++i)
        at = text.indexOf(needle, at + 1);
    return int(at);
}

} // namespace

TEST(AnnotationAnchor, FromRangeBuildsQuoteAndContext)
{
    const int start = nth(kText, QStringLiteral("the talks"), 1);
    const UserAnnotation a = AnnotationAnchor::fromRange(kText, start, start + 9);
    EXPECT_EQ(a.exact, QStringLiteral("the talks"));
    EXPECT_EQ(a.start, start);
    EXPECT_EQ(a.end, start + 9);
    EXPECT_EQ(a.prefix.size(), AnnotationAnchor::kContextLength);
    EXPECT_TRUE(kText.left(start).endsWith(a.prefix));
    EXPECT_TRUE(kText.mid(start + 9).startsWith(a.suffix));
    EXPECT_EQ(a.suffix, kText.mid(start + 9, AnnotationAnchor::kContextLength));
}

TEST(AnnotationAnchor, FromRangeClampsAndKeepsSurrogatePairsWhole)
{
    const QString text = QStringLiteral("a\U0001F600b");
    // 2 is the low half of the emoji: the range grows to cover the whole pair.
    const UserAnnotation a = AnnotationAnchor::fromRange(text, 2, 3);
    EXPECT_EQ(a.start, 1);
    EXPECT_EQ(a.exact, QStringLiteral("\U0001F600"));
    const UserAnnotation clamped = AnnotationAnchor::fromRange(text, -5, 99);
    EXPECT_EQ(clamped.exact, text);
    EXPECT_TRUE(clamped.prefix.isEmpty());
    EXPECT_TRUE(clamped.suffix.isEmpty());
    // A context cut must not split the pair either.
    const QString long_ = QString(31, QLatin1Char('x')) + QStringLiteral("\U0001F600") + QStringLiteral("END");
    const UserAnnotation b = AnnotationAnchor::fromRange(long_, 33, 36);
    EXPECT_EQ(b.exact, QStringLiteral("END"));
    EXPECT_FALSE(b.prefix.front().isLowSurrogate());
}

TEST(AnnotationAnchor, LocateKeepsTheStoredPositionWhenItStillMatches)
{
    const int start = nth(kText, QStringLiteral("the minister"), 1);
    const UserAnnotation a = AnnotationAnchor::fromRange(kText, start, start + 12);
    const auto range = AnnotationAnchor::locate(a, kText);
    ASSERT_TRUE(range.has_value());
    EXPECT_EQ(*range, (TextRange {start, start + 12}));
}

TEST(AnnotationAnchor, LocateFollowsContextWhenTextShifts)
{
    // The second "the minister" is annotated; then text is inserted before it,
    // which moves every occurrence.
    const int start = nth(kText, QStringLiteral("the minister"), 1);
    const UserAnnotation a = AnnotationAnchor::fromRange(kText, start, start + 12);
    const QString changed = QStringLiteral("BREAKING: the minister spoke. ") + kText;
    const auto range = AnnotationAnchor::locate(a, changed);
    ASSERT_TRUE(range.has_value());
    EXPECT_EQ(range->start, nth(changed, QStringLiteral("the minister"), 2));
    EXPECT_EQ(changed.mid(range->start, 12), QStringLiteral("the minister"));

    const auto moved = AnnotationAnchor::reanchor(a, changed);
    ASSERT_TRUE(moved.has_value());
    EXPECT_EQ(moved->start, range->start);
    EXPECT_TRUE(changed.left(moved->start).endsWith(moved->prefix));
}

TEST(AnnotationAnchor, LocatePrefersBestContextOverNearestPosition)
{
    // The second "the minister" is annotated; its stored position is stale
    // and nearer the first occurrence, but context decides.
    const int start = nth(kText, QStringLiteral("the minister"), 1);
    UserAnnotation a = AnnotationAnchor::fromRange(kText, start, start + 12);
    a.start = nth(kText, QStringLiteral("the minister"), 0) + 1; // stale, no match there
    const auto range = AnnotationAnchor::locate(a, kText);
    ASSERT_TRUE(range.has_value());
    EXPECT_EQ(range->start, start);
}

TEST(AnnotationAnchor, LocateFailsWhenTheQuoteIsGone)
{
    const int start = int(kText.indexOf(QStringLiteral("had ended")));
    UserAnnotation a = AnnotationAnchor::fromRange(kText, start, start + 9);
    a.note = QStringLiteral("keep");
    QString changed = kText;
    changed.replace(QStringLiteral("had ended"), QStringLiteral("were over"));
    EXPECT_FALSE(AnnotationAnchor::locate(a, changed).has_value());
    EXPECT_FALSE(AnnotationAnchor::reanchor(a, changed).has_value());
    EXPECT_FALSE(AnnotationAnchor::locate(UserAnnotation {}, kText).has_value());
    EXPECT_FALSE(AnnotationAnchor::locate(a, QString()).has_value());
}

TEST(AnnotationAnchor, ReanchorKeepsTheReadersData)
{
    const int start = int(kText.indexOf(QStringLiteral("had ended")));
    UserAnnotation a = AnnotationAnchor::fromRange(kText, start, start + 9);
    a.id = 42;
    a.note = QStringLiteral("why?");
    a.color = QStringLiteral("#abc");
    a.created = QStringLiteral("2026-01-01T00:00:00Z");
    const auto moved = AnnotationAnchor::reanchor(a, QStringLiteral("Headline\n\n") + kText);
    ASSERT_TRUE(moved.has_value());
    EXPECT_EQ(moved->id, 42);
    EXPECT_EQ(moved->note, QStringLiteral("why?"));
    EXPECT_EQ(moved->color, QStringLiteral("#abc"));
    EXPECT_EQ(moved->created, a.created);
    EXPECT_EQ(moved->start, start + 10);
}

TEST(PlainTextMap, OffsetsMatchPlainText)
{
    Article a;
    a.headline = QStringLiteral("Head \U0001F600");
    a.paragraphs = {QStringLiteral("first"), QString(), QStringLiteral("third")};
    const PlainTextMap map(a);
    const QString plain = a.plainText();
    ASSERT_EQ(map.segments().size(), 4);
    EXPECT_EQ(plain.mid(map.paragraphOffset(0), 5), QStringLiteral("first"));
    EXPECT_EQ(plain.mid(map.paragraphOffset(2), 5), QStringLiteral("third"));
    EXPECT_EQ(map.paragraphOffset(3), -1);
    EXPECT_EQ(map.paragraphOffset(-1), -1);

    a.standfirst = QStringLiteral("stand");
    const PlainTextMap withStandfirst(a);
    EXPECT_EQ(a.plainText().mid(withStandfirst.paragraphOffset(2), 5), QStringLiteral("third"));
    EXPECT_EQ(withStandfirst.segments().at(1).part, PlainTextMap::Part::Standfirst);
}

TEST(AnnotationAnchor, SurvivesAbsurdStoredOffsets)
{
    UserAnnotation a;
    a.exact = QStringLiteral("talks");
    for (const int start : {std::numeric_limits<int>::max() - 2, std::numeric_limits<int>::min(), -1}) {
        a.start = start;
        a.end = start;
        const auto range = AnnotationAnchor::locate(a, kText);
        ASSERT_TRUE(range.has_value());
        EXPECT_EQ(kText.mid(range->start, range->end - range->start), QStringLiteral("talks"));
    }
    const UserAnnotation clamped
        = AnnotationAnchor::fromRange(kText, std::numeric_limits<int>::max(), std::numeric_limits<int>::min());
    EXPECT_TRUE(clamped.exact.isEmpty());
    EXPECT_EQ(clamped.start, kText.size());
}
