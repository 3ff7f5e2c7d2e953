#include "export/htmlexporter.h"
#include "exportsamples.h"
#include "model/annotationanchor.h"
#include "render/articlehtml.h"
#include "testpaths.h"

#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace dateline;

namespace {

QString html(const QList<ExportItem> &items)
{
    return QString::fromUtf8(HtmlExporter::render(items));
}

} // namespace

TEST(HtmlExporter, SelfContainedWithPolicyAndReaderStyle)
{
    const QString page = html({test::sampleItem()});
    EXPECT_TRUE(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(page.contains(QStringLiteral("http-equiv=\"Content-Security-Policy\"")));
    EXPECT_TRUE(page.contains(QStringLiteral("script-src 'none'")));
    EXPECT_FALSE(page.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    EXPECT_FALSE(page.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
    EXPECT_FALSE(page.contains(QStringLiteral("src="), Qt::CaseInsensitive));
    // The reader's stylesheet is inlined, so the export looks like the reader.
    const QString css = ArticleHtml::defaultCss();
    ASSERT_FALSE(css.isEmpty());
    EXPECT_TRUE(page.contains(css));
    EXPECT_EQ(page.count(QStringLiteral("<style>")), 1);
}

TEST(HtmlExporter, BodyCarriesAllHighlightLayersAndLegend)
{
    const QString page = html({test::sampleItem()});
    EXPECT_TRUE(page.contains(QStringLiteral("<mark class=\"q s0\" id=\"q0\" data-speaker=\"Ahmet Yilmaz\"")));
    EXPECT_TRUE(page.contains(QStringLiteral("<mark class=\"q s1\" id=\"q1\" data-speaker=\"Maria Zakharova\"")));
    EXPECT_TRUE(page.contains(QStringLiteral("<mark class=\"c\" id=\"c1\" data-code=\"TR\"")));
    EXPECT_TRUE(page.contains(QStringLiteral("<mark class=\"a\" id=\"a0\"")));
    EXPECT_TRUE(
        page.contains(QStringLiteral("<mark class=\"u\" id=\"u7\" style=\"background:#ffd54f\">keep talking</mark>")));
    EXPECT_TRUE(page.contains(QStringLiteral("<mark class=\"u note\" id=\"u8\" title=\"Check who else")));
    EXPECT_TRUE(page.contains(QStringLiteral("<aside class=\"legend\">")));
}

TEST(HtmlExporter, SectionsListStatementsCountriesAmbassadorsAndNotes)
{
    const QString page = html({test::sampleItem()});
    const qsizetype statements = page.indexOf(QStringLiteral("<h2>Statements</h2>"));
    const qsizetype countries = page.indexOf(QStringLiteral("<h2>Countries</h2>"));
    const qsizetype ambassadors = page.indexOf(QStringLiteral("<h2>Ambassadors</h2>"));
    const qsizetype notes = page.indexOf(QStringLiteral("<h2>Your highlights and notes</h2>"));
    ASSERT_GT(statements, 0);
    EXPECT_GT(countries, statements);
    EXPECT_GT(ambassadors, countries);
    EXPECT_GT(notes, ambassadors);
    // Grouped by speaker: both of Yilmaz's statements under his heading.
    const QString yilmaz
        = page.mid(statements, page.indexOf(QStringLiteral("Maria Zakharova</mark>"), statements) - statements);
    EXPECT_TRUE(yilmaz.contains(QStringLiteral("href=\"#q0\"")));
    EXPECT_TRUE(yilmaz.contains(QStringLiteral("href=\"#q2\"")));
    EXPECT_FALSE(yilmaz.contains(QStringLiteral("href=\"#q1\"")));
    EXPECT_TRUE(page.contains(QStringLiteral("<td>TR</td><td>2</td>")));
    EXPECT_TRUE(page.contains(QStringLiteral("<td>TR → UN</td><td>Ahmet Yilmaz</td><td>ambassador</td>")));
    EXPECT_TRUE(page.contains(QStringLiteral("<p class=\"note\">Check who else in the ministry\nhas said this.</p>")));
}

TEST(HtmlExporter, SeveralArticlesGetTocAndUniqueIds)
{
    ExportItem second = test::sampleItem();
    second.article.headline = QStringLiteral("Second story");
    const QString page = html({test::sampleItem(), second});
    EXPECT_TRUE(page.contains(QStringLiteral("<nav class=\"toc\">")));
    EXPECT_TRUE(page.contains(QStringLiteral("<a href=\"#article1\">Second story</a>")));
    static const QRegularExpression idAttr(QStringLiteral(" id=\"([^\"]+)\""));
    QStringList ids;
    for (auto it = idAttr.globalMatch(page); it.hasNext();)
        ids << it.next().captured(1);
    ASSERT_GT(ids.size(), 20);
    const QStringList unique = QSet<QString>(ids.cbegin(), ids.cend()).values();
    EXPECT_EQ(unique.size(), ids.size()) << ids.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(ids.contains(QStringLiteral("a1-q0")));
    EXPECT_TRUE(page.contains(QStringLiteral("href=\"#a1-q0\"")));
}

TEST(HtmlExporter, ReaderRenderIsUnchangedWithoutAnnotations)
{
    // The reader page and the export body come from the same code.
    const Article a = test::sampleItem().article;
    const QString page = ArticleHtml::render(a, {});
    EXPECT_TRUE(page.contains(ArticleHtml::articleBody(a, {})));
    EXPECT_TRUE(page.contains(QStringLiteral("<mark class=\"q s0\" id=\"q0\"")));
    EXPECT_FALSE(page.contains(QStringLiteral("class=\"u")));
}

TEST(HtmlExporter, HighlightAcrossPartsIsSplitAndBadColoursAreDropped)
{
    ExportItem item = test::sampleItem();
    const QString plain = item.article.plainText();
    const int start = int(plain.indexOf(QStringLiteral("reporters.")));
    const int end = int(plain.indexOf(QStringLiteral("(Reuters)")));
    UserAnnotation across = AnnotationAnchor::fromRange(plain, start, end);
    across.id = 9;
    across.color = QStringLiteral("red;background-image:url(http://evil/)");
    item.annotations = {across};
    const QString body = ArticleHtml::articleBody(item.article, {QString(), item.annotations});
    // The part in the standfirst keeps the id; the paragraph part does not repeat it.
    EXPECT_TRUE(body.contains(QStringLiteral("<mark class=\"u\" id=\"u9\">reporters.</mark>")));
    EXPECT_TRUE(body.contains(QStringLiteral("<mark class=\"u\"><mark class=\"c\" id=\"c0\"")));
    EXPECT_EQ(body.count(QStringLiteral("id=\"u9\"")), 1);
    EXPECT_FALSE(body.contains(QStringLiteral("style=")));
    EXPECT_EQ(ArticleHtml::safeColor(QStringLiteral("#A1b2C3")), QStringLiteral("#A1b2C3"));
    EXPECT_TRUE(ArticleHtml::safeColor(QStringLiteral("#12345")).isEmpty());
}
