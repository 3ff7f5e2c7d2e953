// Article text, extraction results and notes are attacker-controlled (any
// web page can be imported): every export format must carry them inertly.
#include "export/csvexporter.h"
#include "export/htmlexporter.h"
#include "export/jsonldexporter.h"
#include "export/markdownexporter.h"
#include "exportsamples.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace dateline;

TEST(HostileText, HtmlHasOnlyOurOwnTagsAndAttributes)
{
    const QString page = QString::fromUtf8(HtmlExporter::render({test::hostileItem()}));
    static const QRegularExpression tag(QStringLiteral("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9]*)"));
    const QSet<QString> allowed {
        QStringLiteral("html"),       QStringLiteral("head"),  QStringLiteral("meta"),    QStringLiteral("title"),
        QStringLiteral("style"),      QStringLiteral("body"),  QStringLiteral("article"), QStringLiteral("p"),
        QStringLiteral("h1"),         QStringLiteral("h2"),    QStringLiteral("h3"),      QStringLiteral("mark"),
        QStringLiteral("time"),       QStringLiteral("aside"), QStringLiteral("span"),    QStringLiteral("strong"),
        QStringLiteral("section"),    QStringLiteral("ul"),    QStringLiteral("li"),      QStringLiteral("a"),
        QStringLiteral("table"),      QStringLiteral("tr"),    QStringLiteral("th"),      QStringLiteral("td"),
        QStringLiteral("blockquote"), QStringLiteral("em"),
    };
    for (auto it = tag.globalMatch(page); it.hasNext();) {
        const QString name = it.next().captured(1).toLower();
        EXPECT_TRUE(allowed.contains(name)) << "unexpected element <" << name.toStdString() << ">";
    }
    EXPECT_EQ(page.count(QStringLiteral("</style>")), 1);
    EXPECT_EQ(page.count(QStringLiteral("</title>")), 1);
    EXPECT_FALSE(page.contains(QStringLiteral("onerror="), Qt::CaseInsensitive)
                 && page.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    // Outside attribute values (whose quotes are escaped in the text), no
    // element may carry an event handler.
    QString outsideValues = page;
    outsideValues.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"")));
    static const QRegularExpression handler(QStringLiteral("<[^>]*\\son[a-z]+\\s*="),
                                            QRegularExpression::CaseInsensitiveOption);
    EXPECT_FALSE(handler.match(outsideValues).hasMatch());
    EXPECT_FALSE(page.contains(QStringLiteral("href=\"javascript:"), Qt::CaseInsensitive));
    EXPECT_FALSE(page.contains(QStringLiteral("evil/)\"")));
    EXPECT_FALSE(page.contains(QStringLiteral("url(http")));
    // The text is still there, escaped, for the reader to see.
    EXPECT_TRUE(page.contains(QStringLiteral("&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;")));
    EXPECT_TRUE(page.contains(QStringLiteral("&quot;&gt;&lt;svg onload=alert(1)&gt;")));
    EXPECT_TRUE(page.contains(QStringLiteral("<html lang=\"en&quot;&gt;&lt;script&gt;")));
}

TEST(HostileText, MarkdownHasNoLinksImagesOrHtml)
{
    const QString md = QString::fromUtf8(MarkdownExporter::render({test::hostileItem()}));
    static const QRegularExpression rawHtml(QStringLiteral("(?<!\\\\)<"));
    static const QRegularExpression link(QStringLiteral("(?<!\\\\)\\]\\s*(?<!\\\\)\\("));
    static const QRegularExpression image(QStringLiteral("(?<!\\\\)!(?<!\\\\)\\["));
    EXPECT_FALSE(rawHtml.match(md).hasMatch()) << md.toStdString();
    EXPECT_FALSE(link.match(md).hasMatch()) << md.toStdString();
    EXPECT_FALSE(image.match(md).hasMatch()) << md.toStdString();
    // Nor bare URLs, which GitHub-style renderers would link.
    EXPECT_FALSE(md.contains(QStringLiteral("http://")));
    EXPECT_TRUE(md.contains(QStringLiteral("\\[click\\]\\(javascript\\:alert\\(1\\)\\)")));
    EXPECT_TRUE(md.contains(QStringLiteral("\\!\\[x\\]\\(http\\://evil/\\)")));
    EXPECT_TRUE(md.contains(QStringLiteral("\\<script\\>")));
    EXPECT_TRUE(md.contains(QStringLiteral("- **Source:** javascript\\:alert\\(1\\)")));
    // Footnote syntax is ours; the hostile note is escaped inside it.
    EXPECT_TRUE(md.contains(QStringLiteral("[^1]: \\</style\\>")));
    EXPECT_TRUE(md.contains(QStringLiteral("\\=HYPERLINK\\(\"http\\://evil\",\"x\"\\)")));
}

TEST(HostileText, JsonLdKeepsTextExactAndCannotCloseAScriptElement)
{
    const ExportItem item = test::hostileItem();
    const QByteArray json = JsonLdExporter::render({item});
    EXPECT_FALSE(json.contains('<'));
    EXPECT_FALSE(json.contains('>'));
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(json, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    const QJsonObject article = doc.value(QStringLiteral("articles")).toArray().at(0).toObject();
    EXPECT_EQ(article.value(QStringLiteral("plainText")).toString(), item.article.plainText());
    const QJsonArray items = doc.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
    bool sawNote = false;
    for (const QJsonValue &v : items) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("motivation")) == QStringLiteral("commenting")) {
            EXPECT_EQ(a.value(QStringLiteral("body")).toObject().value(QStringLiteral("value")).toString(),
                      item.annotations.at(0).note);
            sawNote = true;
        }
    }
    EXPECT_TRUE(sawNote);
    // A javascript: link is not offered as the source's origin.
    EXPECT_FALSE(json.contains("\"via\""));
}

TEST(HostileText, CsvCellsCannotRunFormulas)
{
    ExportItem item = test::hostileItem();
    // A note that is itself a formula, and a second one made of markup.
    UserAnnotation formula = item.annotations.first();
    formula.id = 2;
    formula.note = QStringLiteral("=HYPERLINK(\"http://evil\",\"note\")");
    item.annotations << formula;
    const QString csv = QString::fromUtf8(CsvExporter::render({item}).mid(3));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6);
    // Every cell, quoted or not, starts without a formula sign.
    static const QRegularExpression cellStart(QStringLiteral("(?:^|,)\"?([=+\\-@\\t\\r])"));
    for (const QString &line : lines.mid(1))
        EXPECT_FALSE(cellStart.match(line).hasMatch()) << line.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"")));
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("'@SUM(1),")));
    EXPECT_TRUE(lines.at(2).contains(QStringLiteral(",'-2+3,")));
    EXPECT_TRUE(lines.at(2).contains(QStringLiteral(",'+cmd,")));
    EXPECT_TRUE(lines.at(3).contains(QStringLiteral(",'=1+1,")));
    EXPECT_TRUE(lines.at(4).contains(QStringLiteral(",note,")));
    EXPECT_TRUE(lines.at(5).endsWith(QStringLiteral(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"note\"\")\"")))
        << lines.at(5).toStdString();
}
