#include "export/jsonldexporter.h"
#include "exportsamples.h"
#include "testpaths.h"
#include "util/unicodeoffsets.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace dateline;

namespace {

QJsonObject parsed(const QList<ExportItem> &items)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(JsonLdExporter::render(items), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError);
    return doc.object();
}

QJsonArray selectorsOf(const QJsonObject &annotation)
{
    const QJsonValue s = annotation.value(QStringLiteral("target")).toObject().value(QStringLiteral("selector"));
    return s.isArray() ? s.toArray() : QJsonArray {s};
}

QJsonObject selector(const QJsonObject &annotation, const QString &type)
{
    for (const QJsonValue &v : selectorsOf(annotation)) {
        if (v.toObject().value(QStringLiteral("type")).toString() == type)
            return v.toObject();
    }
    return {};
}

QList<QJsonObject> withMotivation(const QJsonArray &items, const QString &motivation)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : items) {
        if (v.toObject().value(QStringLiteral("motivation")).toString() == motivation)
            out << v.toObject();
    }
    return out;
}

} // namespace

TEST(JsonLdExporter, IsAWebAnnotationCollection)
{
    const QJsonObject doc = parsed({test::sampleItem()});
    const QJsonArray context = doc.value(QStringLiteral("@context")).toArray();
    ASSERT_FALSE(context.isEmpty());
    EXPECT_EQ(context.at(0).toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
    EXPECT_EQ(doc.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
    const QJsonObject page = doc.value(QStringLiteral("first")).toObject();
    EXPECT_EQ(page.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationPage"));
    const QJsonArray items = page.value(QStringLiteral("items")).toArray();
    // 3 statements + 4 countries + 1 ambassador + 2 user annotations.
    EXPECT_EQ(items.size(), 10);
    EXPECT_EQ(doc.value(QStringLiteral("total")).toInt(), 10);
    QStringList ids;
    for (const QJsonValue &v : items) {
        const QJsonObject a = v.toObject();
        EXPECT_EQ(a.value(QStringLiteral("type")).toString(), QStringLiteral("Annotation"));
        ids << a.value(QStringLiteral("id")).toString();
        EXPECT_TRUE(ids.last().startsWith(QStringLiteral("urn:dateline:annotation:")));
        EXPECT_EQ(a.value(QStringLiteral("target"))
                      .toObject()
                      .value(QStringLiteral("source"))
                      .toObject()
                      .value(QStringLiteral("id")),
                  JsonLdExporter::sourceId(test::sampleItem().article));
    }
    ids.removeDuplicates();
    EXPECT_EQ(ids.size(), 10);
}

TEST(JsonLdExporter, EverySelectorMatchesThePlainTextInCodePoints)
{
    ExportItem a = test::sampleItem();
    ExportItem b = test::sampleItem();
    b.article.headline = QStringLiteral("Second \U0001F30D story");
    b.article.standfirst.clear();
    const QJsonObject doc = parsed({a, b});
    QHash<QString, QString> texts;
    for (const QJsonValue &v : doc.value(QStringLiteral("articles")).toArray()) {
        const QJsonObject o = v.toObject();
        texts.insert(o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("plainText")).toString());
    }
    ASSERT_EQ(texts.size(), 2);
    EXPECT_EQ(texts.value(JsonLdExporter::sourceId(a.article)), a.article.plainText());

    const QJsonArray items = doc.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 20);
    for (const QJsonValue &v : items) {
        const QJsonObject annotation = v.toObject();
        const QString source = annotation.value(QStringLiteral("target"))
                                   .toObject()
                                   .value(QStringLiteral("source"))
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
        const QString text = texts.value(source);
        ASSERT_FALSE(text.isEmpty()) << source;
        const QJsonObject quote = selector(annotation, QStringLiteral("TextQuoteSelector"));
        const QJsonObject position = selector(annotation, QStringLiteral("TextPositionSelector"));
        ASSERT_FALSE(quote.isEmpty());
        ASSERT_FALSE(position.isEmpty());
        // Code points, as the W3C model says: convert back to QString indices.
        const int start = utf16Index(text, position.value(QStringLiteral("start")).toInt());
        const int end = utf16Index(text, position.value(QStringLiteral("end")).toInt());
        const QString exact = quote.value(QStringLiteral("exact")).toString();
        EXPECT_FALSE(exact.isEmpty());
        EXPECT_EQ(text.mid(start, end - start), exact) << annotation.value(QStringLiteral("id")).toString();
        EXPECT_TRUE(text.left(start).endsWith(quote.value(QStringLiteral("prefix")).toString()));
        EXPECT_TRUE(text.mid(end).startsWith(quote.value(QStringLiteral("suffix")).toString()));
    }
}

TEST(JsonLdExporter, PositionsAreCodePointsNotUtf16)
{
    const ExportItem item = test::sampleItem();
    const QJsonObject doc = parsed({item});
    const QJsonArray items = doc.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
    const QJsonObject first = items.at(0).toObject();
    const QString plain = item.article.plainText();
    const int utf16Start = int(plain.indexOf(QStringLiteral("We will keep")));
    // The headline's flag is two astral characters: four UTF-16 units, two code points.
    EXPECT_EQ(selector(first, QStringLiteral("TextPositionSelector")).value(QStringLiteral("start")).toInt(),
              utf16Start - 2);
    // The statement holds an emoji: its length in code points is one less.
    const QJsonObject pos = selector(first, QStringLiteral("TextPositionSelector"));
    EXPECT_EQ(pos.value(QStringLiteral("end")).toInt() - pos.value(QStringLiteral("start")).toInt(),
              item.article.extraction.statements.at(0).end - item.article.extraction.statements.at(0).start - 1);
}

TEST(JsonLdExporter, BodiesAndMotivations)
{
    const QJsonArray items = parsed({test::sampleItem()})
                                 .value(QStringLiteral("first"))
                                 .toObject()
                                 .value(QStringLiteral("items"))
                                 .toArray();
    EXPECT_EQ(withMotivation(items, QStringLiteral("identifying")).size(), 8);
    const QList<QJsonObject> highlights = withMotivation(items, QStringLiteral("highlighting"));
    ASSERT_EQ(highlights.size(), 1);
    EXPECT_FALSE(highlights.at(0).contains(QStringLiteral("body")));
    EXPECT_EQ(highlights.at(0).value(QStringLiteral("id")).toString(),
              QStringLiteral("urn:dateline:annotation:user:7"));
    const QList<QJsonObject> comments = withMotivation(items, QStringLiteral("commenting"));
    ASSERT_EQ(comments.size(), 1);
    const QJsonObject body = comments.at(0).value(QStringLiteral("body")).toObject();
    EXPECT_EQ(body.value(QStringLiteral("type")).toString(), QStringLiteral("TextualBody"));
    EXPECT_EQ(body.value(QStringLiteral("value")).toString(),
              QStringLiteral("Check who else in the ministry\nhas said this."));
    EXPECT_EQ(comments.at(0).value(QStringLiteral("modified")).toString(), QStringLiteral("2026-03-02T10:06:00Z"));

    const QJsonArray statementBody = items.at(0).toObject().value(QStringLiteral("body")).toArray();
    QStringList values;
    for (const QJsonValue &v : statementBody)
        values << v.toObject().value(QStringLiteral("purpose")).toString() + QLatin1Char('=')
                + v.toObject().value(QStringLiteral("value")).toString();
    EXPECT_EQ(values,
              (QStringList {QStringLiteral("identifying=Ahmet Yilmaz"),
                            QStringLiteral("describing=Turkish ambassador to the UN"),
                            QStringLiteral("classifying=direct"), QStringLiteral("tagging=said")}));
    const QJsonArray countryBody = items.at(3).toObject().value(QStringLiteral("body")).toArray();
    EXPECT_EQ(countryBody.at(0).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("TR"));
    EXPECT_FALSE(countryBody.at(1).toObject().value(QStringLiteral("value")).toString().isEmpty());
}

TEST(JsonLdExporter, SkipsBrokenOffsetsAndKeepsLostNotesWithoutPosition)
{
    ExportItem item = test::sampleItem();
    Statement broken;
    broken.paragraph = 9;
    broken.start = 0;
    broken.end = 4;
    Statement backwards = item.article.extraction.statements.at(0);
    std::swap(backwards.start, backwards.end);
    item.article.extraction.statements << broken << backwards;
    item.annotations[1].exact = QStringLiteral("words that are no longer there");
    item.annotations[1].start = 5;
    const QJsonArray items
        = parsed({item}).value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
    EXPECT_EQ(items.size(), 10);
    const QList<QJsonObject> comments = withMotivation(items, QStringLiteral("commenting"));
    ASSERT_EQ(comments.size(), 1);
    EXPECT_TRUE(selector(comments.at(0), QStringLiteral("TextPositionSelector")).isEmpty());
    EXPECT_EQ(selector(comments.at(0), QStringLiteral("TextQuoteSelector")).value(QStringLiteral("exact")).toString(),
              QStringLiteral("words that are no longer there"));
}
