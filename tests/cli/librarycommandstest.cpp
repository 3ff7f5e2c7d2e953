// dateline-cli's library commands as a user meets them: import a folder,
// search (articles and statements), show, stats --json, check, reindex,
// exit codes and the library path from --db or DATELINE_DB.
#include "clirun.h"
#include "testpaths.h"

#include "extract/extractor.h"
#include "library/library.h"
#include "library/librarywriter.h"
#include "library/transaction.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using dateline::test::CliRun;

namespace {

// The library from DATELINE_DB when envDb is given, as a user may set it.
CliRun runCli(const QStringList &args, const QString &envDb = {})
{
    QProcessEnvironment env = dateline::test::cliEnvironment();
    if (!envDb.isEmpty())
        env.insert(QStringLiteral("DATELINE_DB"), envDb);
    return dateline::test::runCli(args, env);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

class CliLibrary : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (int i = 0; i < 5; ++i) {
            writeFile(news(QStringLiteral("port/port%1.txt").arg(i)),
                      QStringLiteral("Harbour %1 reopens\n\nThe harbour of Porto Velho %1 reopened on Monday.\n\n"
                                     "Traders welcomed the news.\n")
                          .arg(i)
                          .toUtf8());
        }
        writeFile(news(QStringLiteral("port/again.txt")),
                  dateline::test::readFile(news(QStringLiteral("port/port2.txt"))));
        writeFile(news(QStringLiteral("broken.txt")), QByteArray());
        writeFile(news(QStringLiteral("ap.txt")),
                  dateline::test::readFile(dateline::test::fixturePath(QStringLiteral("import/ap_lede.txt"))));
    }

    QString news(const QString &relative) const { return m_input.filePath(QStringLiteral("news/") + relative); }
    QString db() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }
    CliRun importNews() { return runCli({QStringLiteral("import"), QStringLiteral("--db"), db(), news(QString())}); }

    QTemporaryDir m_dir;
    QTemporaryDir m_input;
};

} // namespace

TEST_F(CliLibrary, ImportSearchShowStatsCheck)
{
    const CliRun imported = importNews();
    // One refused file makes the exit status 1; the rest is stored anyway.
    EXPECT_EQ(imported.exitCode, 1) << imported.err.toStdString();
    EXPECT_TRUE(imported.err.contains("imported 6, duplicates 1, refused 1")) << imported.err.toStdString();
    EXPECT_TRUE(imported.err.contains("broken.txt: the file is empty")) << imported.err.toStdString();
    ASSERT_TRUE(QFile::exists(db()));

    const CliRun search = runCli({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("--json"),
                                  QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("harbour")});
    ASSERT_EQ(search.exitCode, 0) << search.err.toStdString();
    const QJsonObject found = dateline::test::jsonOf(search);
    EXPECT_EQ(found.value(QStringLiteral("total")).toInt(), 5);
    const QJsonArray results = found.value(QStringLiteral("results")).toArray();
    ASSERT_EQ(results.size(), 2);
    const QJsonObject first = results.first().toObject();
    for (const char *key : {"article_id", "headline", "published", "snippet"})
        EXPECT_TRUE(first.contains(QLatin1String(key))) << key;
    EXPECT_TRUE(first.value(QStringLiteral("snippet")).toString().toLower().contains(QStringLiteral("[harbour]")));

    const int id = first.value(QStringLiteral("article_id")).toInt();
    const CliRun show
        = runCli({QStringLiteral("show"), QStringLiteral("--db"), db(), QString::number(id), QStringLiteral("--json")});
    ASSERT_EQ(show.exitCode, 0) << show.err.toStdString();
    const QJsonObject article = dateline::test::jsonOf(show);
    EXPECT_EQ(article.value(QStringLiteral("id")).toInt(), id);
    EXPECT_EQ(article.value(QStringLiteral("headline")).toString(), first.value(QStringLiteral("headline")).toString());
    EXPECT_EQ(article.value(QStringLiteral("paragraphs")).toArray().size(), 2);
    EXPECT_TRUE(article.contains(QStringLiteral("quotes")));

    const CliRun text = runCli({QStringLiteral("show"), QStringLiteral("--db"), db(), QString::number(id)});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains("Porto Velho"));

    const CliRun stats = runCli({QStringLiteral("stats"), QStringLiteral("--json")}, db()); // DATELINE_DB
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    const QJsonObject counts = dateline::test::jsonOf(stats);
    EXPECT_EQ(counts.value(QStringLiteral("articles")).toInt(), 6);
    EXPECT_TRUE(counts.contains(QStringLiteral("statements")));
    EXPECT_TRUE(counts.contains(QStringLiteral("persons")));

    const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--db"), db()});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.startsWith("ok"));

    const CliRun reindex = runCli({QStringLiteral("reindex"), QStringLiteral("--all"), QStringLiteral("--db"), db()});
    EXPECT_EQ(reindex.exitCode, 0);
    EXPECT_TRUE(reindex.out.contains("re-extracted 6 articles")) << reindex.out.toStdString();

    // Importing again stores nothing new.
    const CliRun again = importNews();
    EXPECT_TRUE(again.err.contains("imported 0, duplicates 7")) << again.err.toStdString();
}

TEST_F(CliLibrary, SearchWithoutHitsAndStatementsJson)
{
    ASSERT_NE(importNews().exitCode, -1);
    const CliRun none = runCli({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("--json"),
                                QStringLiteral("--statements"), QStringLiteral("zeppelin")});
    EXPECT_EQ(none.exitCode, 0) << none.err.toStdString();
    EXPECT_EQ(dateline::test::jsonOf(none).value(QStringLiteral("total")).toInt(), 0);
    EXPECT_TRUE(dateline::test::jsonOf(none).value(QStringLiteral("results")).isArray());

    const CliRun hostile = runCli({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("--json"),
                                   QStringLiteral("\"harbour NEAR( body: ';--")});
    EXPECT_EQ(hostile.exitCode, 0) << hostile.err.toStdString();
    EXPECT_EQ(dateline::test::jsonOf(hostile).value(QStringLiteral("total")).toInt(), 0);

    const CliRun filtered = runCli({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("--from"),
                                    QStringLiteral("2030-01-01"), QStringLiteral("--json"), QStringLiteral("harbour")});
    EXPECT_EQ(filtered.exitCode, 0);
    EXPECT_EQ(dateline::test::jsonOf(filtered).value(QStringLiteral("total")).toInt(), 0);
}

TEST_F(CliLibrary, UsageErrorsExitTwo)
{
    const QList<QStringList> bad = {
        {QStringLiteral("import"), QStringLiteral("--db"), db()},
        {QStringLiteral("search"), QStringLiteral("--db"), db()},
        {QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("--limit"), QStringLiteral("x"),
         QStringLiteral("a")},
        {QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("--from"), QStringLiteral("yesterday"),
         QStringLiteral("a")},
        {QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("--bogus"), QStringLiteral("a")},
        {QStringLiteral("show"), QStringLiteral("--db"), db(), QStringLiteral("abc")},
        {QStringLiteral("stats"), QStringLiteral("--db"), db(), QStringLiteral("extra")},
    };
    for (const QStringList &args : bad) {
        const CliRun r = runCli(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(r.err.isEmpty());
    }
    const CliRun missing = runCli({QStringLiteral("show"), QStringLiteral("--db"), db(), QStringLiteral("999")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("no article 999"));
}

TEST_F(CliLibrary, RefusesAFileThatIsNotALibrary)
{
    const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
    writeFile(notes, "my notes, not a database\n");
    const CliRun r = runCli({QStringLiteral("stats"), QStringLiteral("--db"), notes});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("not a Dateline library")) << r.err.toStdString();
    EXPECT_EQ(dateline::test::readFile(notes), QByteArray("my notes, not a database\n"));
}

TEST_F(CliLibrary, SearchesStatementsBySpeakerWithCodePointOffsets)
{
    {
        // Statements written directly, so the test does not depend on what
        // the extractors find today.
        dateline::Library library = dateline::Library::open(db());
        dateline::Article a;
        a.format = QStringLiteral("text");
        a.headline = QStringLiteral("Erdoğan on grain");
        a.published = QStringLiteral("2023-07-20");
        a.paragraphs << QStringLiteral("\U0001F30D Erdoğan said the grain corridor must stay open.");
        dateline::Statement st;
        st.speaker = QStringLiteral("Recep Tayyip Erdoğan");
        st.speakerSurface = QStringLiteral("Erdoğan");
        st.text = QStringLiteral("the grain corridor must stay open");
        st.start = int(a.paragraphs.first().indexOf(st.text));
        st.end = st.start + int(st.text.size());
        a.extraction.statements << st;
        dateline::Transaction t(library.database());
        dateline::LibraryWriter(library.database()).store(a, dateline::Extractor::kVersion);
        t.commit();
    }
    const CliRun r = runCli({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("--statements"),
                             QStringLiteral("--speaker"), QStringLiteral("ERDOGAN"), QStringLiteral("--json"),
                             QStringLiteral("corridor")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject found = dateline::test::jsonOf(r);
    ASSERT_EQ(found.value(QStringLiteral("total")).toInt(), 1);
    const QJsonObject hit = found.value(QStringLiteral("results")).toArray().first().toObject();
    EXPECT_EQ(hit.value(QStringLiteral("speaker")).toString(), QStringLiteral("Recep Tayyip Erdoğan"));
    EXPECT_EQ(hit.value(QStringLiteral("text")).toString(), QStringLiteral("the grain corridor must stay open"));
    EXPECT_EQ(hit.value(QStringLiteral("headline")).toString(), QStringLiteral("Erdoğan on grain"));
    EXPECT_EQ(hit.value(QStringLiteral("published")).toString(), QStringLiteral("2023-07-20"));
    EXPECT_TRUE(hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("[corridor]")));
    EXPECT_EQ(hit.value(QStringLiteral("paragraph")).toInt(), 0);
    // The globe is two UTF-16 units but one code point.
    EXPECT_EQ(hit.value(QStringLiteral("start")).toInt(), 15); // 16 in UTF-16
    EXPECT_EQ(hit.value(QStringLiteral("end")).toInt(), 15 + 33);

    const CliRun bySpeaker
        = runCli({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("--statements"),
                  QStringLiteral("--speaker"), QStringLiteral("tayyip"), QStringLiteral("--json")});
    ASSERT_EQ(bySpeaker.exitCode, 0) << bySpeaker.err.toStdString();
    EXPECT_EQ(dateline::test::jsonOf(bySpeaker).value(QStringLiteral("total")).toInt(), 1);
    const CliRun other = runCli({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("--statements"),
                                 QStringLiteral("--speaker"), QStringLiteral("putin"), QStringLiteral("corridor")});
    EXPECT_EQ(other.exitCode, 0);
    EXPECT_TRUE(other.out.startsWith("0 statements")) << other.out.toStdString();
}

TEST_F(CliLibrary, AKilledImportLeavesAValidLibrary)
{
    QTemporaryDir many;
    for (int i = 0; i < 600; ++i)
        writeFile(many.filePath(QStringLiteral("s%1.txt").arg(i)),
                  QStringLiteral("Dispatch %1\n\nWords of dispatch %1 for the archive.\n").arg(i).toUtf8());
    QProcess p;
    p.start(QStringLiteral(DATELINE_CLI),
            {QStringLiteral("import"), QStringLiteral("--db"), db(), QStringLiteral("--threads"), QStringLiteral("1"),
             many.path()});
    ASSERT_TRUE(p.waitForStarted());
    QThread::msleep(150);
    p.kill(); // SIGKILL: no chance to commit or clean up
    p.waitForFinished();

    const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--db"), db()});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    const CliRun stats = runCli({QStringLiteral("stats"), QStringLiteral("--db"), db(), QStringLiteral("--json")});
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    const int stored = dateline::test::jsonOf(stats).value(QStringLiteral("articles")).toInt();
    EXPECT_LE(stored, 600);
    // What was not committed comes in on the next import; nothing twice.
    runCli({QStringLiteral("import"), QStringLiteral("--db"), db(), many.path()});
    const CliRun after = runCli({QStringLiteral("stats"), QStringLiteral("--db"), db(), QStringLiteral("--json")});
    EXPECT_EQ(dateline::test::jsonOf(after).value(QStringLiteral("articles")).toInt(), 600);
}
