// Extraction results and stored annotations can be stale or wrong (an older
// extractor, a changed article); exports must neither crash nor emit
// selectors that point at the wrong text.
#include "export/exporter.h"
#include "export/jsonldexporter.h"
#include "exportsamples.h"
#include "testpaths.h"
#include "util/unicodeoffsets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace dateline;

namespace {

ExportItem scrambled(quint32 seed)
{
    QRandomGenerator rng(seed);
    ExportItem item = test::sampleItem();
    Article &a = item.article;
    // A lone surrogate and an empty paragraph make offsets awkward.
    a.paragraphs << QString(QChar(0xD83D)) + QStringLiteral("x") << QString();
    const auto offset = [&rng] {
        return int(rng.bounded(-5, 200));
    };
    for (Statement &s : a.extraction.statements) {
        s.paragraph = int(rng.bounded(-1, 6));
        s.start = offset();
        s.end = offset();
    }
    for (CountryMention &m : a.extraction.countries) {
        m.paragraph = int(rng.bounded(-1, 6));
        m.start = offset();
        m.end = offset();
    }
    for (UserAnnotation &u : item.annotations) {
        u.start = offset();
        u.end = offset();
        if (rng.bounded(2))
            u.exact = u.exact.left(int(rng.bounded(0, 4)));
    }
    return item;
}

} // namespace

TEST(ExportBadInput, ScrambledOffsetsNeverCrashAndSelectorsStayTrue)
{
    int checked = 0;
    for (quint32 seed = 1; seed <= 200; ++seed) {
        const ExportItem item = scrambled(seed);
        for (const ExportFormat f :
             {ExportFormat::Html, ExportFormat::Markdown, ExportFormat::JsonLd, ExportFormat::Csv})
            EXPECT_FALSE(Exporter::render(f, {item}).isEmpty()) << seed;

        const QJsonObject doc = QJsonDocument::fromJson(JsonLdExporter::render({item})).object();
        const QString text = item.article.plainText();
        for (const QJsonValue &v :
             doc.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray()) {
            const QJsonValue selectors
                = v.toObject().value(QStringLiteral("target")).toObject().value(QStringLiteral("selector"));
            if (!selectors.isArray())
                continue; // a lost note: quote only, no position claimed
            const QJsonObject quote = selectors.toArray().at(0).toObject();
            const QJsonObject position = selectors.toArray().at(1).toObject();
            const int start = utf16Index(text, position.value(QStringLiteral("start")).toInt());
            const int end = utf16Index(text, position.value(QStringLiteral("end")).toInt());
            ASSERT_FALSE(quote.value(QStringLiteral("exact")).toString().isEmpty()) << seed;
            ASSERT_EQ(text.mid(start, end - start), quote.value(QStringLiteral("exact")).toString()) << seed;
            ++checked;
        }
    }
    // Some scrambled spans are still valid and must have been exported.
    EXPECT_GT(checked, 200);
}

TEST(ExportBadInput, EmptyArticleAndEmptyList)
{
    const ExportItem empty;
    for (const ExportFormat f : {ExportFormat::Html, ExportFormat::Markdown, ExportFormat::JsonLd, ExportFormat::Csv}) {
        EXPECT_FALSE(Exporter::render(f, {empty}).isEmpty());
        EXPECT_FALSE(Exporter::render(f, {}).isEmpty());
    }
    const QJsonObject doc = QJsonDocument::fromJson(JsonLdExporter::render({})).object();
    EXPECT_EQ(doc.value(QStringLiteral("total")).toInt(), 0);
}
