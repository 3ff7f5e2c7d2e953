// dateline-cli export from the library: by id and by query, one file per
// article in a folder or one combined file, the reader's notes carried
// inertly in every format, and clear errors for bad output paths.
#include "clirun.h"
#include "testpaths.h"

#include "extract/extractor.h"
#include "library/annotationstore.h"
#include "library/library.h"
#include "library/librarywriter.h"
#include "library/transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dateline;
using dateline::test::CliRun;

namespace {

CliRun runCli(const QStringList &args)
{
    // PDF runs the desktop app, whose web engine needs what the GUI suites
    // get under AddressSanitizer (see DatelineTesting.cmake); harmless otherwise.
    QProcessEnvironment env = test::cliEnvironment();
    const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
    env.insert(QStringLiteral("ASAN_OPTIONS"),
               (asan.isEmpty() ? QString() : asan + QLatin1Char(':')) + QStringLiteral("new_delete_type_mismatch=0"));
    return test::runCli(args, env);
}

const QString kHostileNote = QStringLiteral("</style><script>alert(1)</script> <img src=x onerror=alert(1)> "
                                            "[click](javascript:alert(1)) ![x](http://evil/)");

class CliExport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Library library = Library::open(db());
        Article grain;
        grain.format = QStringLiteral("text");
        grain.headline = QStringLiteral("Erdoğan on grain: the corridor");
        grain.published = QStringLiteral("2023-07-20");
        grain.paragraphs << QStringLiteral("Erdoğan said the grain corridor must stay open.")
                         << QStringLiteral("Traders welcomed the news.");
        Statement st;
        st.speaker = QStringLiteral("Recep Tayyip Erdoğan");
        st.speakerSurface = QStringLiteral("Erdoğan");
        st.text = QStringLiteral("the grain corridor must stay open");
        st.start = int(grain.paragraphs.first().indexOf(st.text));
        st.end = st.start + int(st.text.size());
        grain.extraction.statements << st;
        Article harbour;
        harbour.format = QStringLiteral("text");
        harbour.headline = QStringLiteral("Harbour reopens");
        harbour.published = QStringLiteral("2024-01-02");
        harbour.paragraphs << QStringLiteral("The harbour of Porto Velho reopened on Monday.");
        {
            Transaction t(library.database());
            LibraryWriter writer(library.database());
            m_grain = writer.store(grain, Extractor::kVersion).articleId;
            m_harbour = writer.store(harbour, Extractor::kVersion).articleId;
            t.commit();
        }
        AnnotationStore notes(library.database());
        const QString text = grain.plainText();
        const int at = int(text.indexOf(QStringLiteral("corridor must")));
        ASSERT_TRUE(notes.add(m_grain, at, at + 8, QStringLiteral("#80deea"), kHostileNote));
        const int traders = int(text.indexOf(QStringLiteral("Traders")));
        ASSERT_TRUE(notes.add(m_grain, traders, traders + 7, {}, QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")")));
        const int welcomed = int(text.indexOf(QStringLiteral("welcomed")));
        ASSERT_TRUE(notes.add(m_grain, welcomed, welcomed + 8, QStringLiteral("#a5d6a7"), {}));
    }

    QString db() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    CliRun exportArgs(const QString &format, const QString &out, const QStringList &rest)
    {
        return runCli(QStringList {QStringLiteral("export"), QStringLiteral("--db"), db(), QStringLiteral("--format"),
                                   format, QStringLiteral("--out"), out}
                      + rest);
    }

    QTemporaryDir m_dir;
    qint64 m_grain = 0;
    qint64 m_harbour = 0;
};

} // namespace

TEST_F(CliExport, IdsIntoAFolderGiveOneFilePerArticle)
{
    QDir().mkpath(path(QStringLiteral("html")));
    const CliRun r = exportArgs(QStringLiteral("html"), path(QStringLiteral("html")),
                                {QString::number(m_grain), QString::number(m_harbour)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList files = QDir(path(QStringLiteral("html"))).entryList(QDir::Files, QDir::Name);
    EXPECT_EQ(files,
              (QStringList {QStringLiteral("%1-erdo-an-on-grain-the-corridor.html").arg(m_grain),
                            QStringLiteral("%1-harbour-reopens.html").arg(m_harbour)}));
    const QByteArray html = test::readFile(path(QStringLiteral("html/") + files.first()));
    // The notes section and the highlights in their colours.
    EXPECT_TRUE(html.contains("Your highlights and notes"));
    EXPECT_TRUE(html.contains("style=\"background:#80deea\""));
    EXPECT_TRUE(html.contains("style=\"background:#a5d6a7\""));
    // The hostile note is text, not markup.
    EXPECT_TRUE(html.contains("&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
    EXPECT_TRUE(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    EXPECT_FALSE(html.contains("<script"));
    EXPECT_FALSE(html.contains("<img"));
    EXPECT_EQ(html.count("</style>"), 1);
}

TEST_F(CliExport, CombinedFilesCarryNotesInertly)
{
    const QString id = QString::number(m_grain);
    const CliRun md = exportArgs(QStringLiteral("md"), path(QStringLiteral("x.md")), {id});
    ASSERT_EQ(md.exitCode, 0) << md.err.toStdString();
    const QByteArray markdown = test::readFile(path(QStringLiteral("x.md")));
    // Notes are footnotes; their link and image syntax is escaped.
    EXPECT_TRUE(markdown.contains("[^1]: \\</style\\>\\<script\\>")) << markdown.toStdString();
    EXPECT_TRUE(markdown.contains("\\[click\\]\\(javascript\\:alert\\(1\\)\\)"));
    EXPECT_TRUE(markdown.contains("\\!\\[x\\]\\(http\\://evil/\\)"));
    EXPECT_FALSE(markdown.contains("](javascript"));

    const CliRun csv = exportArgs(QStringLiteral("csv"), path(QStringLiteral("x.csv")), {id});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QByteArray table = test::readFile(path(QStringLiteral("x.csv")));
    EXPECT_TRUE(table.contains(",note,Traders,")) << table.toStdString();
    EXPECT_TRUE(table.contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\r\n")) << table.toStdString();
    EXPECT_FALSE(table.contains(",=HYPERLINK") || table.contains(",\"=HYPERLINK"));

    // Several ids into a folder: csv and jsonld still make one combined file.
    QDir().mkpath(path(QStringLiteral("ld")));
    const CliRun ld
        = exportArgs(QStringLiteral("jsonld"), path(QStringLiteral("ld/")), {id, QString::number(m_harbour)});
    ASSERT_EQ(ld.exitCode, 0) << ld.err.toStdString();
    EXPECT_EQ(QDir(path(QStringLiteral("ld"))).entryList(QDir::Files), QStringList {QStringLiteral("export.jsonld")});
    const QJsonObject doc = QJsonDocument::fromJson(test::readFile(path(QStringLiteral("ld/export.jsonld")))).object();
    EXPECT_EQ(doc.value(QStringLiteral("articles")).toArray().size(), 2);
    int commenting = 0;
    int highlighting = 0;
    for (const QJsonValue &v : doc.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray()) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("motivation")) == QStringLiteral("commenting")) {
            ++commenting;
            const QString note = a.value(QStringLiteral("body")).toObject().value(QStringLiteral("value")).toString();
            EXPECT_TRUE(note == kHostileNote || note.startsWith(QStringLiteral("=HYPERLINK"))) << note.toStdString();
        } else if (a.value(QStringLiteral("motivation")) == QStringLiteral("highlighting")) {
            ++highlighting;
        }
    }
    EXPECT_EQ(commenting, 2);
    EXPECT_EQ(highlighting, 1);
    // Every selector, the reader's and the extraction's, quotes the plain
    // text exactly at its position (code points, as the W3C model says).
    QHash<QString, QList<uint>> texts;
    for (const QJsonValue &v : doc.value(QStringLiteral("articles")).toArray())
        texts.insert(v.toObject().value(QStringLiteral("id")).toString(),
                     v.toObject().value(QStringLiteral("plainText")).toString().toUcs4());
    int checked = 0;
    for (const QJsonValue &v : doc.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray()) {
        const QJsonObject target = v.toObject().value(QStringLiteral("target")).toObject();
        const QList<uint> text
            = texts.value(target.value(QStringLiteral("source")).toObject().value(QStringLiteral("id")).toString());
        QString exact;
        int start = -1;
        int end = -1;
        for (const QJsonValue &sel : target.value(QStringLiteral("selector")).toArray()) {
            const QJsonObject o = sel.toObject();
            if (o.value(QStringLiteral("type")) == QStringLiteral("TextQuoteSelector"))
                exact = o.value(QStringLiteral("exact")).toString();
            if (o.value(QStringLiteral("type")) == QStringLiteral("TextPositionSelector")) {
                start = o.value(QStringLiteral("start")).toInt();
                end = o.value(QStringLiteral("end")).toInt();
            }
        }
        ASSERT_GE(start, 0);
        EXPECT_EQ(text.mid(start, end - start), exact.toUcs4()) << exact.toStdString();
        ++checked;
    }
    EXPECT_EQ(checked, 4); // one statement, three of the reader's
}

TEST_F(CliExport, ByQueryWithFilters)
{
    const CliRun harbour = exportArgs(QStringLiteral("md"), path(QStringLiteral("q.md")),
                                      {QStringLiteral("--query"), QStringLiteral("harbour")});
    ASSERT_EQ(harbour.exitCode, 0) << harbour.err.toStdString();
    const QByteArray md = test::readFile(path(QStringLiteral("q.md")));
    EXPECT_TRUE(md.startsWith("# Harbour reopens"));
    EXPECT_FALSE(md.contains("grain"));

    const CliRun said = exportArgs(
        QStringLiteral("md"), path(QStringLiteral("s.md")),
        {QStringLiteral("--query"), QStringLiteral("corridor"), QStringLiteral("--statements"),
         QStringLiteral("--from"), QStringLiteral("2023-01-01"), QStringLiteral("--to"), QStringLiteral("2023-12-31")});
    ASSERT_EQ(said.exitCode, 0) << said.err.toStdString();
    EXPECT_TRUE(test::readFile(path(QStringLiteral("s.md"))).startsWith("# Erdoğan on grain"));

    // A speaker alone exports the articles of their statements.
    const CliRun bySpeaker = exportArgs(QStringLiteral("md"), path(QStringLiteral("sp.md")),
                                        {QStringLiteral("--speaker"), QStringLiteral("erdogan")});
    ASSERT_EQ(bySpeaker.exitCode, 0) << bySpeaker.err.toStdString();
    EXPECT_TRUE(test::readFile(path(QStringLiteral("sp.md"))).startsWith("# Erdoğan on grain"));
    EXPECT_FALSE(test::readFile(path(QStringLiteral("sp.md"))).contains("Harbour"));

    const CliRun none = exportArgs(
        QStringLiteral("md"), path(QStringLiteral("n.md")),
        {QStringLiteral("--query"), QStringLiteral("harbour"), QStringLiteral("--to"), QStringLiteral("2023-12-31")});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.err.contains("no articles to export"));
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("n.md"))));
}

TEST_F(CliExport, ClearErrors)
{
    const QString id = QString::number(m_grain);
    const CliRun missing = exportArgs(QStringLiteral("html"), path(QStringLiteral("missing/")), {id});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("does not exist")) << missing.err.toStdString();
    const CliRun missingParent = exportArgs(QStringLiteral("html"), path(QStringLiteral("missing/x.html")), {id});
    EXPECT_EQ(missingParent.exitCode, 1);
    EXPECT_TRUE(missingParent.err.contains("does not exist")) << missingParent.err.toStdString();
    // A folder nobody may write to (root included).
    const CliRun unwritable = exportArgs(QStringLiteral("html"), QStringLiteral("/proc/dateline-export.html"), {id});
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_TRUE(unwritable.err.contains("cannot write")) << unwritable.err.toStdString();

    const CliRun unknown = exportArgs(QStringLiteral("md"), path(QStringLiteral("u.md")), {QStringLiteral("999999")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains("no article 999999")) << unknown.err.toStdString();

    const CliRun both = exportArgs(QStringLiteral("md"), path(QStringLiteral("b.md")),
                                   {id, QStringLiteral("--query"), QStringLiteral("x")});
    EXPECT_EQ(both.exitCode, 2);
    const CliRun filtersAlone = exportArgs(QStringLiteral("md"), path(QStringLiteral("f.md")),
                                           {id, QStringLiteral("--from"), QStringLiteral("2020-01-01")});
    EXPECT_EQ(filtersAlone.exitCode, 2);
}

TEST_F(CliExport, PdfIsTheHtmlPrintedWithSelectableText)
{
    QDir().mkpath(path(QStringLiteral("pdf")));
    const CliRun r = exportArgs(QStringLiteral("pdf"), path(QStringLiteral("pdf")),
                                {QString::number(m_grain), QString::number(m_harbour)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString file = path(QStringLiteral("pdf/%1-erdo-an-on-grain-the-corridor.pdf").arg(m_grain));
    const QByteArray pdf = test::readFile(file);
    ASSERT_TRUE(pdf.startsWith("%PDF-")) << pdf.left(16).toStdString();
    EXPECT_TRUE(QFileInfo::exists(path(QStringLiteral("pdf/%1-harbour-reopens.pdf").arg(m_harbour))));
    // Nothing but the two PDFs is left in the folder.
    EXPECT_EQ(QDir(path(QStringLiteral("pdf"))).entryList(QDir::Files).size(), 2);

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QProcess p;
    p.start(pdftotext, {file, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("the grain corridor must stay open"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Your highlights and notes")));
    // The hostile note prints as the text it is.
    EXPECT_TRUE(text.contains(QStringLiteral("</style><script>alert(1)</script>"))) << text.toStdString();
}
