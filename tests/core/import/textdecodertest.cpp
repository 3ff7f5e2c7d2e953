#include "import/textdecoder.h"

#include <gtest/gtest.h>

using namespace dateline;

TEST(TextDecoder, HonoursByteOrderMarks)
{
    EXPECT_EQ(TextDecoder::decode("\xEF\xBB\xBFGr\xC3\xBC\xC3\x9F").text, QStringLiteral("Grüß"));
    EXPECT_EQ(TextDecoder::decode(QByteArrayView("\xFF\xFEH\0i\0", 6)).text, QStringLiteral("Hi"));
    EXPECT_EQ(TextDecoder::decode(QByteArrayView("\xFE\xFF\0H\0i", 6)).text, QStringLiteral("Hi"));
    EXPECT_EQ(TextDecoder::decode(QByteArrayView("\xFF\xFE\0\0H\0\0\0", 8)).text, QStringLiteral("H"));
}

TEST(TextDecoder, UsesDeclaredCharset)
{
    // "Привет" in windows-1251.
    const auto r = TextDecoder::decode("\xCF\xF0\xE8\xE2\xE5\xF2", "windows-1251");
    EXPECT_EQ(r.text, QStringLiteral("Привет"));
    EXPECT_EQ(TextDecoder::decode("caf\xE9", "iso-8859-1").text, QStringLiteral("café"));
}

TEST(TextDecoder, ReplacesInvalidBytesWithoutLosingTheRest)
{
    QString out;
    ASSERT_TRUE(TextDecoder::convert("a\xFF\xFE"
                                     "b",
                                     "shift_jis", &out));
    EXPECT_TRUE(out.startsWith(QLatin1Char('a')));
    EXPECT_TRUE(out.endsWith(QLatin1Char('b')));
    EXPECT_FALSE(TextDecoder::convert("abc", "no-such-charset", &out));
}

TEST(TextDecoder, ValidatesUtf8)
{
    EXPECT_TRUE(TextDecoder::isValidUtf8("plain ascii"));
    EXPECT_TRUE(TextDecoder::isValidUtf8("T\xC3\xBCrkiye \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80"));
    EXPECT_FALSE(TextDecoder::isValidUtf8("\xC0\xAF")); // overlong
    EXPECT_FALSE(TextDecoder::isValidUtf8("\xED\xA0\x80")); // surrogate
    EXPECT_FALSE(TextDecoder::isValidUtf8("abc\xE2\x80")); // truncated
}

TEST(TextDecoder, SniffsDeclarations)
{
    EXPECT_EQ(TextDecoder::sniffHtmlCharset("<html><head><meta charset=\"windows-1251\">"), QByteArray("windows-1251"));
    EXPECT_EQ(
        TextDecoder::sniffHtmlCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\">"),
        QByteArray("ISO-8859-2"));
    // Any case, spaces around '=', the last charset of a tag that names one.
    EXPECT_EQ(TextDecoder::sniffHtmlCharset("<META CONTENT='text/html; CharSet = koi8-r'>"), QByteArray("koi8-r"));
    EXPECT_EQ(TextDecoder::sniffHtmlCharset("<meta charset=utf-8 data-x=\"charset\">"), QByteArray("utf-8"));
    EXPECT_TRUE(TextDecoder::sniffHtmlCharset("<meta name=\"x\"><p>charset=utf-8</p>").isEmpty());
    EXPECT_TRUE(TextDecoder::sniffHtmlCharset(QByteArray(4096, ' ') + "<meta charset=\"utf-8\">").isEmpty());
    EXPECT_EQ(TextDecoder::sniffXmlEncoding("<?xml version=\"1.0\" encoding=\"koi8-r\"?><rss/>"), QByteArray("koi8-r"));
    EXPECT_TRUE(TextDecoder::sniffXmlEncoding("<rss/>").isEmpty());
}
