// Paragraphs stored once as a joined body and their UTF-8 byte lengths.
#include "library/paragraphtext.h"

#include <gtest/gtest.h>

using namespace dateline;

namespace {

QStringList roundTrip(const QStringList &paragraphs)
{
    return ParagraphText::split(ParagraphText::body(paragraphs).toUtf8(), ParagraphText::lengths(paragraphs));
}

} // namespace

TEST(ParagraphText, SplitsWhatItJoined)
{
    const QStringList paragraphs
        = {QStringLiteral("Erdoğan said “enough”."), QString(),
           QStringLiteral("A paragraph\n\nwith a blank line and 😀 in it."), QStringLiteral("Last.")};
    EXPECT_EQ(ParagraphText::lengths(paragraphs), QStringLiteral("27,0,46,5"));
    EXPECT_EQ(roundTrip(paragraphs), paragraphs);
    const QByteArray body = ParagraphText::body(paragraphs).toUtf8();
    const QString lengths = ParagraphText::lengths(paragraphs);
    for (int i = 0; i < paragraphs.size(); ++i)
        EXPECT_EQ(ParagraphText::at(body, lengths, i), paragraphs.at(i)) << i;
    EXPECT_TRUE(ParagraphText::at(body, lengths, 4).isEmpty());
    EXPECT_TRUE(ParagraphText::at(body, lengths, -1).isEmpty());
}

TEST(ParagraphText, NoParagraphsIsNotOneEmptyParagraph)
{
    EXPECT_TRUE(roundTrip({}).isEmpty());
    EXPECT_EQ(roundTrip({QString()}), QStringList {QString()});
}

TEST(ParagraphText, DamagedLengthsNeverReadPastTheBody)
{
    const QByteArray body("One.\n\nTwo.");
    EXPECT_EQ(ParagraphText::split(body, QStringLiteral("4,4")),
              (QStringList {QStringLiteral("One."), QStringLiteral("Two.")}));
    EXPECT_EQ(ParagraphText::split(body, QStringLiteral("4,400")),
              (QStringList {QStringLiteral("One."), QStringLiteral("Two.")}));
    EXPECT_EQ(ParagraphText::split(body, QStringLiteral("4,x,4")), QStringList {QStringLiteral("One.")});
    EXPECT_EQ(ParagraphText::split(body, QStringLiteral("-3")), QStringList());
    EXPECT_EQ(ParagraphText::split(body, QStringLiteral("100,4,4")).size(), 1);
    EXPECT_TRUE(ParagraphText::at(body, QStringLiteral("100,4"), 1).isEmpty());
}

TEST(ParagraphText, EncodeIsBodyAndLengthsInOnePass)
{
    const QString lone = QString(QChar(0xd83d)); // half of an emoji: UTF-8 has no place for it
    const QList<QStringList> cases = {{},
                                      {QString()},
                                      {QString(), QString()},
                                      {QStringLiteral("Erdoğan said “enough”."), QString(),
                                       QStringLiteral("A paragraph\n\nwith 😀 in it."), QStringLiteral("Last.")},
                                      {QStringLiteral("ends in ") + lone, lone + QStringLiteral(" starts")}};
    for (const QStringList &paragraphs : cases) {
        const ParagraphText::Encoded encoded = ParagraphText::encode(paragraphs);
        EXPECT_EQ(encoded.bodyUtf8, ParagraphText::body(paragraphs).toUtf8()) << paragraphs.join(u'|').toStdString();
        EXPECT_EQ(encoded.lengths, ParagraphText::lengths(paragraphs)) << paragraphs.join(u'|').toStdString();
    }
}
