// dateline-cli as a user meets it: exit codes, help, version, JSON output,
// and that it stays headless (no Widgets, Gui or WebEngine linked).
#include "clirun.h"
#include "testpaths.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using dateline::test::CliRun;
using dateline::test::runCli;

TEST(Cli, VersionAndHelp)
{
    const CliRun version = runCli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("dateline-cli " DATELINE_VERSION));

    const CliRun help = runCli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("Commands:"));
    EXPECT_TRUE(help.out.contains("  extract "));
}

TEST(Cli, UsageErrorsExitTwo)
{
    const CliRun unknown = runCli({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains("unknown command 'frobnicate'"));

    const CliRun option = runCli({QStringLiteral("--frobnicate")});
    EXPECT_EQ(option.exitCode, 2);
    EXPECT_TRUE(option.err.contains("unknown option"));

    const CliRun nothing = runCli({});
    EXPECT_EQ(nothing.exitCode, 2);

    const CliRun badOption = runCli({QStringLiteral("extract"), QStringLiteral("--bogus"), QStringLiteral("x")});
    EXPECT_EQ(badOption.exitCode, 2);
    EXPECT_TRUE(badOption.err.contains("bogus"));

    const CliRun noFile = runCli({QStringLiteral("extract"), QStringLiteral("--json")});
    EXPECT_EQ(noFile.exitCode, 2);
}

TEST(Cli, ExtractPrintsTheJsonContract)
{
    const CliRun r = runCli({QStringLiteral("extract"), QStringLiteral("--json"),
                             dateline::test::fixturePath(QStringLiteral("import/reuters_lede.txt"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    const QJsonArray articles = doc.object().value(QStringLiteral("articles")).toArray();
    ASSERT_EQ(articles.size(), 1);
    const QJsonObject a = articles.first().toObject();
    for (const char *key : {"format", "section", "headline", "standfirst", "authors", "published", "updated",
                            "dateline", "caption", "paragraphs", "quotes", "countries", "ambassadors"})
        EXPECT_TRUE(a.contains(QLatin1String(key))) << key;
    EXPECT_EQ(a.value(QStringLiteral("dateline")).toString(), QStringLiteral("MOSCOW"));
}

TEST(Cli, ExtractReportsBadFilesAndGoesOn)
{
    const CliRun r = runCli({QStringLiteral("extract"), QStringLiteral("--json"),
                             dateline::test::fixturePath(QStringLiteral("import/empty.txt")),
                             dateline::test::fixturePath(QStringLiteral("import/ap_lede.txt"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("empty.txt: the file is empty"));
    const QJsonArray articles = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("articles")).toArray();
    EXPECT_EQ(articles.size(), 1);
}

TEST(Cli, IsHeadless)
{
    const QString ldd = QStandardPaths::findExecutable(QStringLiteral("ldd"));
    if (ldd.isEmpty())
        GTEST_SKIP() << "ldd is not installed";
    QProcess p;
    p.start(ldd, {QStringLiteral(DATELINE_CLI)});
    ASSERT_TRUE(p.waitForFinished(30000));
    const QByteArray libs = p.readAllStandardOutput();
    EXPECT_TRUE(libs.contains("libQt6Core"));
    EXPECT_FALSE(libs.contains("libQt6Gui"));
    EXPECT_FALSE(libs.contains("libQt6Widgets"));
    EXPECT_FALSE(libs.contains("libQt6WebEngine"));
}

TEST(Cli, ExportWritesEveryFormatInertly)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString hostile = dateline::test::fixturePath(QStringLiteral("export/hostile.txt"));
    const QString reuters = dateline::test::fixturePath(QStringLiteral("import/reuters_lede.txt"));
    for (const char *format : {"html", "md", "jsonld", "csv"}) {
        const QString out = dir.filePath(QStringLiteral("out.") + QLatin1String(format));
        const CliRun r = runCli({QStringLiteral("export"), QStringLiteral("--format"), QLatin1String(format),
                                 QStringLiteral("--out"), out, hostile, reuters});
        ASSERT_EQ(r.exitCode, 0) << format << ": " << r.err.toStdString();
        const QByteArray bytes = dateline::test::readFile(out);
        ASSERT_FALSE(bytes.isEmpty()) << format;
        if (QByteArray(format) == "csv") {
            // CSV is not markup: what must not survive is a live formula.
            EXPECT_FALSE(bytes.contains(",=HYPERLINK") || bytes.contains("\"=HYPERLINK")) << bytes.toStdString();
            continue;
        }
        // Markdown keeps the characters, backslash-escaped (checked below).
        const QByteArray markup = QByteArray(format) == "md" ? QByteArray(bytes).replace("\\<", "") : bytes;
        EXPECT_FALSE(markup.contains("<script>")) << format;
        EXPECT_FALSE(markup.contains("<img src")) << format;
    }
    const QByteArray html = dateline::test::readFile(dir.filePath(QStringLiteral("out.html")));
    EXPECT_TRUE(html.contains("<nav class=\"toc\">"));
    EXPECT_TRUE(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    EXPECT_TRUE(html.contains("Kremlin says talks"));
    const QByteArray md = dateline::test::readFile(dir.filePath(QStringLiteral("out.md")));
    EXPECT_TRUE(md.contains("\\[here\\]\\(javascript\\:alert\\(1\\)\\)"));
    EXPECT_TRUE(md.contains("\\<img src\\=x"));
    const QJsonDocument jsonld
        = QJsonDocument::fromJson(dateline::test::readFile(dir.filePath(QStringLiteral("out.jsonld"))));
    EXPECT_EQ(jsonld.object().value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
    EXPECT_EQ(jsonld.object().value(QStringLiteral("articles")).toArray().size(), 2);
    EXPECT_TRUE(dateline::test::readFile(dir.filePath(QStringLiteral("out.csv")))
                    .startsWith("\xEF\xBB\xBF"
                                "date,speaker"));
}

TEST(Cli, ExportUsageAndWriteErrors)
{
    const QString file = dateline::test::fixturePath(QStringLiteral("import/reuters_lede.txt"));
    const CliRun help = runCli({QStringLiteral("export"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--format"));
    EXPECT_TRUE(help.out.contains("library"));
    EXPECT_TRUE(runCli({QStringLiteral("--help")}).out.contains("  export "));

    const CliRun noFormat = runCli({QStringLiteral("export"), QStringLiteral("--out"), QStringLiteral("/tmp/x"), file});
    EXPECT_EQ(noFormat.exitCode, 2);
    EXPECT_TRUE(noFormat.err.contains("--format is required"));
    const CliRun badFormat = runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("docx"),
                                     QStringLiteral("--out"), QStringLiteral("/tmp/x"), file});
    EXPECT_EQ(badFormat.exitCode, 2);
    EXPECT_TRUE(badFormat.err.contains("unknown format 'docx'"));
    const CliRun noOut = runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"), file});
    EXPECT_EQ(noOut.exitCode, 2);
    EXPECT_TRUE(noOut.err.contains("--out PATH is required"));
    const CliRun noFile = runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"),
                                  QStringLiteral("--out"), QStringLiteral("/tmp/x")});
    EXPECT_EQ(noFile.exitCode, 2);

    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing/out.md"));
    const CliRun noFolder = runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"),
                                    QStringLiteral("--out"), missing, file});
    EXPECT_EQ(noFolder.exitCode, 1);
    EXPECT_TRUE(noFolder.err.contains("does not exist")) << noFolder.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(missing));

    const CliRun nothing = runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"),
                                   QStringLiteral("--out"), dir.filePath(QStringLiteral("x.md")),
                                   dateline::test::fixturePath(QStringLiteral("import/empty.txt"))});
    EXPECT_EQ(nothing.exitCode, 1);
    EXPECT_TRUE(nothing.err.contains("no articles to export"));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.md"))));
}
