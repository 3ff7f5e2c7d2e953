#include "import/documentformat.h"
#include "import/importer.h"
#include "testpaths.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace dateline;

// The demo library (resources/samples) is the app's first screen: every file
// must be readable as the format it claims and carry diplomatic content.

namespace {

QDir samplesDir()
{
    return QDir(test::resourcePath(QStringLiteral("samples")));
}

QStringList samples(const QString &pattern)
{
    return samplesDir().entryList({pattern}, QDir::Files, QDir::Name);
}

QString readSample(const QString &name)
{
    return QString::fromUtf8(test::readFile(samplesDir().filePath(name)));
}

} // namespace

TEST(Samples, TheLibraryHasTheExpectedMixOfFormats)
{
    EXPECT_EQ(samples(QStringLiteral("*")).size(), 10);
    EXPECT_EQ(samples(QStringLiteral("aa*.txt")).size(), 6);
    EXPECT_EQ(samples(QStringLiteral("*.txt")).size(), 8);
    EXPECT_EQ(samples(QStringLiteral("*.xml")).size(), 1);
    EXPECT_EQ(samples(QStringLiteral("*.html")).size(), 1);
}

TEST(Samples, EveryStoryQuotesSomeoneAndMentionsAnEnvoy)
{
    static const QRegularExpression quote(QStringLiteral("[“\"][^”\"]{10,}[”\"]"));
    static const QRegularExpression envoy(QStringLiteral("\\b(ambassadors?|envoys?)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    for (const QString &name : samples(QStringLiteral("*"))) {
        const QString text = readSample(name);
        EXPECT_TRUE(quote.match(text).hasMatch()) << name;
        EXPECT_TRUE(envoy.match(text).hasMatch()) << name;
    }
}

TEST(Samples, TextStoriesImportWithHeadlineDatelineAndBody)
{
    for (const QString &name : samples(QStringLiteral("*.txt"))) {
        SCOPED_TRACE(name.toStdString());
        const QByteArray data = test::readFile(samplesDir().filePath(name));
        const DocumentFormat expected
            = name.startsWith(QLatin1String("aa")) ? DocumentFormat::AgencyText : DocumentFormat::PlainText;
        EXPECT_EQ(detectFormat(data, name), expected);
        const ImportResult r = Importer::importFile(samplesDir().filePath(name));
        ASSERT_TRUE(r.ok()) << r.error;
        ASSERT_EQ(r.articles.size(), 1);
        const Article &a = r.articles.constFirst();
        EXPECT_FALSE(a.headline.isEmpty());
        EXPECT_FALSE(a.dateline.isEmpty());
        EXPECT_GE(a.paragraphs.size(), 6);
        for (const QString &p : a.paragraphs)
            EXPECT_FALSE(p.contains(QLatin1String("Please contact us for subscription options"))) << p;
    }
}

TEST(Samples, TheFeedIsWellFormedRssWithThreeHtmlStories)
{
    const QStringList feeds = samples(QStringLiteral("*.xml"));
    ASSERT_EQ(feeds.size(), 1);
    const QByteArray data = test::readFile(samplesDir().filePath(feeds.constFirst()));
    EXPECT_EQ(detectFormat(data, feeds.constFirst()), DocumentFormat::Feed);

    QXmlStreamReader xml(data);
    int items = 0;
    QStringList descriptions;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("item"))
            ++items;
        else if (xml.name() == QLatin1String("description") && items > 0)
            descriptions.append(xml.readElementText());
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString();
    EXPECT_EQ(items, 3);
    ASSERT_EQ(descriptions.size(), 3);
    for (const QString &d : descriptions)
        EXPECT_GE(d.count(QLatin1String("<p>")), 3) << d;
}

TEST(Samples, TheHtmlPageCarriesNewsArticleMetadataMatchingItsHeadline)
{
    const QStringList pages = samples(QStringLiteral("*.html"));
    ASSERT_EQ(pages.size(), 1);
    const QString html = readSample(pages.constFirst());
    EXPECT_EQ(detectFormat(html.toUtf8(), pages.constFirst()), DocumentFormat::Html);

    static const QRegularExpression ldJson(QStringLiteral(R"(<script type="application/ld\+json">(.*?)</script>)"),
                                           QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = ldJson.match(html);
    ASSERT_TRUE(m.hasMatch());
    QJsonParseError error;
    const QJsonObject meta = QJsonDocument::fromJson(m.captured(1).toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString();
    EXPECT_EQ(meta.value(QLatin1String("@type")).toString(), QStringLiteral("NewsArticle"));
    const QString headline = meta.value(QLatin1String("headline")).toString();
    EXPECT_FALSE(headline.isEmpty());
    EXPECT_TRUE(html.contains(QStringLiteral("<h1>%1</h1>").arg(headline)));
    for (const char *part : {"<nav", "<article", "<footer"})
        EXPECT_TRUE(html.contains(QLatin1String(part))) << part;
}
