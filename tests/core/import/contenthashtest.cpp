// Article::contentHash decides what counts as a duplicate in every library
// ever written: its value must stay what it was defined as, the SHA-256 of
// the headline and paragraphs, each simplified and case-folded, joined by
// line feeds.
#include "model/article.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

using namespace dateline;

namespace {

QString definition(const Article &a)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(a.headline.simplified().toCaseFolded().toUtf8());
    for (const QString &p : a.paragraphs) {
        hash.addData(QByteArrayView("\n"));
        hash.addData(p.simplified().toCaseFolded().toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

TEST(ContentHash, MatchesItsDefinitionForAsciiAndOtherText)
{
    const QStringList texts = {
        QString(),
        QStringLiteral(" "),
        QStringLiteral("\t\n\v\f\r "),
        QStringLiteral("Plain ASCII, nothing to fold."),
        QStringLiteral("  Leading and trailing  \t spaces \r\n"),
        QStringLiteral("MIXED Case With ~`!@#$%^&*()_+{}|:\"<>? 0123456789"),
        QStringLiteral("Control\x01\x1f characters\x7f stay"),
        QStringLiteral("Zürich, São Paulo and İstanbul"),
        QStringLiteral("STRASSE and Straße fold alike"),
        QStringLiteral("No\u00a0break and\u2003em space"),
        QStringLiteral("“Quoted,” he said — in 日本語 too 🇺🇦"),
        QStringLiteral("ΣΊΣΥΦΟΣ"),
        QStringLiteral("‘Single’ and “double” quotes — dashes – and … an ellipsis • ‰ ′ ″ ⁄ ⁞"),
        QStringLiteral("Around the punctuation:\u2028line\u2029paragraph\u202fnarrow\u205fmaths \u3000 spaces"),
        QStringLiteral("\u200f\u2010\u2027\u2030\u205e\u205f\u2060 Edges"),
        QStringLiteral("  “Leading quote”  and trailing dash —  "),
    };
    for (const QString &headline : texts) {
        Article a;
        a.headline = headline;
        a.paragraphs = texts;
        EXPECT_EQ(a.contentHash(), definition(a)) << headline.toStdString();
    }
}

TEST(ContentHash, IgnoresWhitespaceRunsAndCase)
{
    Article a;
    a.headline = QStringLiteral("Talks Resume");
    a.paragraphs = {QStringLiteral("The minister  said\tso."), QStringLiteral("Über alles")};
    Article b;
    b.headline = QStringLiteral("  talks resume ");
    b.paragraphs = {QStringLiteral("the MINISTER said so.\n"), QStringLiteral("über ALLES")};
    EXPECT_EQ(a.contentHash(), b.contentHash());
    b.paragraphs.append(QStringLiteral("One more paragraph."));
    EXPECT_NE(a.contentHash(), b.contentHash());
}

TEST(ContentHash, MatchesItsDefinitionForLongMixedText)
{
    // Long runs of ASCII go eight characters at a time: words, single and
    // double spaces, tabs and line breaks at every place in such a run,
    // now and then a character that is not ASCII.
    const QList<QStringView> pieces
        = {u"Minister", u" ",      u"said",   u"  ", u"\t",    u"\n", u"UN", u"talks.", u"a",  u" ",
           u"“quoted”", u"Zürich", u"\u00a0", u"x",  u"1,000", u" ",  u"—",  u"\x01",   u"TOP"};
    quint32 seed = 20261206;
    const auto next = [&seed](quint32 bound) {
        seed = seed * 1664525u + 1013904223u;
        return (seed >> 8) % bound;
    };
    for (int round = 0; round < 300; ++round) {
        QString text;
        const quint32 length = next(80);
        for (quint32 k = 0; k < length; ++k)
            text += pieces.at(qsizetype(next(quint32(pieces.size()))));
        Article a;
        a.headline = text.left(qsizetype(next(40)));
        a.paragraphs = {text, text.mid(qsizetype(next(9))), text.toUpper()};
        ASSERT_EQ(a.contentHash(), definition(a)) << text.toStdString();
    }
}

TEST(ContentHash, TheDigestIsTheHashsBytes)
{
    Article a;
    a.headline = QStringLiteral("Talks resume");
    a.paragraphs = {QStringLiteral("The minister said so.")};
    EXPECT_EQ(a.contentDigest().size(), 32);
    EXPECT_EQ(QString::fromLatin1(a.contentDigest().toHex()), a.contentHash());
    EXPECT_EQ(a.contentHash(), definition(a));
}
