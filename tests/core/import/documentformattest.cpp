#include "import/documentformat.h"

#include <gtest/gtest.h>

using namespace dateline;

TEST(DocumentFormat, DetectsFromContent)
{
    EXPECT_EQ(detectFormat(""), DocumentFormat::Empty);
    EXPECT_EQ(detectFormat("  \n\t "), DocumentFormat::Empty);
    EXPECT_EQ(detectFormat(QByteArrayView("\x89PNG\r\n\x1a\n\0\0", 10)), DocumentFormat::Binary);
    EXPECT_EQ(detectFormat("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>"), DocumentFormat::Feed);
    EXPECT_EQ(detectFormat("<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>"), DocumentFormat::Feed);
    EXPECT_EQ(detectFormat("<?xml version=\"1.0\"?><!-- c --><rdf:RDF></rdf:RDF>"), DocumentFormat::Feed);
    EXPECT_EQ(detectFormat("<?xml version=\"1.0\"?><newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"/>"),
              DocumentFormat::NewsML);
    EXPECT_EQ(detectFormat("<?xml version=\"1.0\"?><!DOCTYPE nitf><nitf><head/></nitf>"), DocumentFormat::Nitf);
    EXPECT_EQ(detectFormat("<!DOCTYPE html><html><body><p>x</p></body></html>"), DocumentFormat::Html);
    EXPECT_EQ(detectFormat("Headline\n\nBody text."), DocumentFormat::PlainText);
    EXPECT_EQ(detectFormat(" {\"file\": \"story.txt\", \"quotes\": []}\n"), DocumentFormat::Data);
    EXPECT_EQ(detectFormat("[1, 2]"), DocumentFormat::Data);
    EXPECT_EQ(detectFormat("{Not JSON} but a headline\n\nBody."), DocumentFormat::PlainText);
    EXPECT_EQ(detectFormat("Section\n\nHeadline\n\nStandfirst\n\nJane Doe | 01.02.2026\n"), DocumentFormat::AgencyText);
}

TEST(DocumentFormat, Utf16WithBomIsText)
{
    const QString text = QStringLiteral("Headline\n\nBody");
    QByteArray data("\xFF\xFE", 2);
    data.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    EXPECT_EQ(detectFormat(data), DocumentFormat::PlainText);
}

TEST(DocumentFormat, NewsmlAndNitfFragments)
{
    EXPECT_EQ(detectFormat("<?xml version=\"1.0\"?>\n<contentSet><inlineXML/></contentSet>"), DocumentFormat::NewsML);
    EXPECT_EQ(detectFormat("<inlineXML contenttype=\"application/nitf+xml\"><nitf/></inlineXML>"),
              DocumentFormat::NewsML);
    EXPECT_EQ(detectFormat("<newsItem guid=\"x\"><contentSet/></newsItem>"), DocumentFormat::NewsML);
    EXPECT_EQ(detectFormat("<nar:contentSet><nar:inlineXML/></nar:contentSet>"), DocumentFormat::NewsML);
    EXPECT_EQ(
        detectFormat("<body>\n <body.head><hl1>H</hl1></body.head>\n <body.content><p>x</p></body.content></body>"),
        DocumentFormat::Nitf);
    EXPECT_EQ(detectFormat("<body><body.content><p>x</p></body.content></body>"), DocumentFormat::Nitf);
    EXPECT_EQ(detectFormat("<body.content><p>x</p></body.content>"), DocumentFormat::Nitf);
}

TEST(DocumentFormat, FragmentRulesLeaveHtmlAndFeedsAlone)
{
    // An HTML fragment that starts at <body> is still HTML, even when its
    // text talks about NITF's elements.
    EXPECT_EQ(detectFormat("<body><p>The body.content element holds the story.</p></body>"), DocumentFormat::Html);
    EXPECT_EQ(detectFormat("<body class=\"page\"><div>Headline</div><p>Text.</p></body>"), DocumentFormat::Html);
    EXPECT_EQ(detectFormat("<html><body><body.content><p>x</p></body.content></body></html>"), DocumentFormat::Html);
    EXPECT_EQ(detectFormat("<rss version=\"2.0\"><channel><item><description>&lt;body&gt;&lt;body.content&gt;"
                           "</description></item></channel></rss>"),
              DocumentFormat::Feed);
    EXPECT_EQ(detectFormat("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"xhtml\">"
                           "<inlineXML/></content></entry></feed>"),
              DocumentFormat::Feed);
}

TEST(DocumentFormat, HandsBackTheTextOfShortDocuments)
{
    QString text;
    EXPECT_EQ(detectFormat(QByteArray("Headline\n\nCaf\xC3\xA9 body."), {}, &text), DocumentFormat::PlainText);
    EXPECT_EQ(text, QString::fromUtf8("Headline\n\nCafé body."));

    // Longer than what detection decodes: the caller decodes it all itself.
    QString untouched;
    const QByteArray longText = "Headline\n\n" + QByteArray(20000, 'x');
    EXPECT_EQ(detectFormat(longText, {}, &untouched), DocumentFormat::PlainText);
    EXPECT_TRUE(untouched.isNull());
}

TEST(DocumentFormat, MarkupIsRecognisedWhateverComesBeforeItsRoot)
{
    // ASCII up to the root: read from the bytes, as after a UTF-8 BOM.
    EXPECT_EQ(detectFormat("\xEF\xBB\xBF<?xml version=\"1.0\"?><rss version=\"2.0\"/>"), DocumentFormat::Feed);
    EXPECT_EQ(detectFormat("<!-- caf\xC3\xA9 --><html><body><p>x</p></body></html>"), DocumentFormat::Html);
    // A no-break space before the root is whitespace once decoded.
    EXPECT_EQ(detectFormat("\xC2\xA0<newsItem guid=\"x\"/>"), DocumentFormat::NewsML);
    // Latin-1 in a comment before the root: decoded, then judged the same.
    EXPECT_EQ(detectFormat("<!-- caf\xE9 --><nitf><head/></nitf>"), DocumentFormat::Nitf);
    // Markup leaves no decoded text behind.
    QString text;
    EXPECT_EQ(detectFormat("<rss version=\"2.0\"/>", {}, &text), DocumentFormat::Feed);
    EXPECT_TRUE(text.isNull());
}
