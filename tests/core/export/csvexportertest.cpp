#include "export/csvexporter.h"
#include "exportsamples.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace dateline;

namespace {

// A strict RFC 4180 reader: rows end in CRLF, quoted fields may hold
// anything with quotes doubled. Fails the test on malformed input.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i) == QLatin1Char('"')) {
            ++i;
            while (true) {
                if (i >= n) {
                    ADD_FAILURE() << "unterminated quoted field";
                    return rows;
                }
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r')) {
                EXPECT_NE(text.at(i), QLatin1Char('"')) << "bare quote in unquoted field";
                EXPECT_NE(text.at(i), QLatin1Char('\n')) << "bare LF in unquoted field";
                field += text.at(i++);
            }
        }
        row << field;
        field.clear();
        if (i < n && text.at(i) == QLatin1Char(',')) {
            ++i;
            continue;
        }
        if (i + 1 < n && text.at(i) == QLatin1Char('\r') && text.at(i + 1) == QLatin1Char('\n')) {
            i += 2;
            rows << row;
            row.clear();
            continue;
        }
        ADD_FAILURE() << "row not ended by CRLF at " << i;
        return rows;
    }
    EXPECT_TRUE(row.isEmpty()) << "last row lacks CRLF";
    return rows;
}

} // namespace

TEST(CsvExporter, WritesBomHeaderAndOneRowPerStatement)
{
    const ExportItem item = test::sampleItem();
    const QByteArray csv = CsvExporter::render({item, item});
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)));
    // Three statements, a highlight and a note per article.
    ASSERT_EQ(rows.size(), 1 + 2 * 5);
    EXPECT_EQ(rows.at(0),
              (QStringList {QStringLiteral("date"), QStringLiteral("speaker"), QStringLiteral("role"),
                            QStringLiteral("kind"), QStringLiteral("text"), QStringLiteral("article headline"),
                            QStringLiteral("source"), QStringLiteral("note")}));
    const QStringList &first = rows.at(1);
    ASSERT_EQ(first.size(), 8);
    EXPECT_EQ(first.at(0), QStringLiteral("2026-03-02T09:30:00Z"));
    EXPECT_EQ(first.at(1), QStringLiteral("Ahmet Yilmaz"));
    EXPECT_EQ(first.at(2), QStringLiteral("Turkish ambassador to the UN"));
    EXPECT_EQ(first.at(3), QStringLiteral("direct"));
    EXPECT_EQ(first.at(4), QStringLiteral("We will keep talking \U0001F600 until there is peace."));
    EXPECT_EQ(first.at(5), item.article.headline);
    EXPECT_EQ(first.at(6), QStringLiteral("https://example.com/news/envoy"));
    // A statement with a comma in it is quoted and survives the round trip.
    EXPECT_EQ(rows.at(2).at(4), QStringLiteral("Nothing is agreed, nothing at all,"));
    EXPECT_EQ(rows.at(3).at(3), QStringLiteral("indirect"));
    const UserAnnotation &highlight = item.annotations.at(0);
    const UserAnnotation &note = item.annotations.at(1);
    EXPECT_EQ(rows.at(4).mid(3, 2), (QStringList {QStringLiteral("highlight"), highlight.exact}));
    EXPECT_EQ(rows.at(4).at(7), QString());
    EXPECT_EQ(rows.at(5).mid(3, 2), (QStringList {QStringLiteral("note"), note.exact}));
    EXPECT_EQ(rows.at(5).at(7), note.note);
    EXPECT_EQ(rows.at(5).at(1), QString());
}

TEST(CsvExporter, QuotesAndDoublesPerRfc4180)
{
    EXPECT_EQ(CsvExporter::field(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(CsvExporter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(CsvExporter::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(CsvExporter::field(QStringLiteral("two\r\nlines")), QStringLiteral("\"two\r\nlines\""));
    EXPECT_EQ(CsvExporter::field(QStringLiteral("lf\nonly")), QStringLiteral("\"lf\nonly\""));
    EXPECT_EQ(CsvExporter::field(QString()), QString());
}

TEST(CsvExporter, NeutralisesFormulas)
{
    EXPECT_EQ(CsvExporter::field(QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")")),
              QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\""));
    EXPECT_EQ(CsvExporter::field(QStringLiteral("@SUM(1)")), QStringLiteral("'@SUM(1)"));
    EXPECT_EQ(CsvExporter::field(QStringLiteral("+cmd")), QStringLiteral("'+cmd"));
    EXPECT_EQ(CsvExporter::field(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    EXPECT_EQ(CsvExporter::field(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    EXPECT_EQ(CsvExporter::field(QStringLiteral("\rx")), QStringLiteral("\"'\rx\""));
    // Only the first character matters: a formula sign later is just text.
    EXPECT_EQ(CsvExporter::field(QStringLiteral("1+1=2")), QStringLiteral("1+1=2"));
}

TEST(CsvExporter, EmptyExportIsJustTheHeader)
{
    const QByteArray csv = CsvExporter::render({});
    EXPECT_EQ(csv,
              QByteArray("\xEF\xBB\xBF"
                         "date,speaker,role,kind,text,article headline,source,note\r\n"));
}
