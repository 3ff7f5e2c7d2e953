// An import killed with SIGKILL at any moment leaves a healthy library that
// keeps everything committed before the kill, and the next import finishes
// the job without storing anything twice.
#include "clirun.h"
#include "testpaths.h"

#include "bench/corpusgenerator.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using dateline::test::cliEnvironment;
using dateline::test::CliRun;
using dateline::test::jsonOf;
using dateline::test::runCli;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr int kStories = 300; // the sanitized CLI is several times slower
constexpr int kMaxKillMs = 4000;
#else
constexpr int kStories = 2000;
constexpr int kMaxKillMs = 1500;
#endif
constexpr int kKills = 4;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

class CrashSafety : public ::testing::Test
{
protected:
    QString db() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }
    QString news() const { return m_dir.filePath(QStringLiteral("news")); }

    CliRun importNews() { return runCli({QStringLiteral("import"), QStringLiteral("--db"), db(), news()}); }

    qint64 storedArticles()
    {
        const CliRun stats = runCli({QStringLiteral("stats"), QStringLiteral("--db"), db(), QStringLiteral("--json")});
        EXPECT_EQ(stats.exitCode, 0) << stats.err.toStdString();
        return jsonOf(stats).value(QStringLiteral("articles")).toInteger(-1);
    }

    qint64 articlesFound(const QString &query)
    {
        const CliRun search = runCli({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("--json"),
                                      QStringLiteral("--limit"), QStringLiteral("1"), query});
        EXPECT_EQ(search.exitCode, 0) << search.err.toStdString();
        return jsonOf(search).value(QStringLiteral("total")).toInteger(-1);
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CrashSafety, KilledImportsLeaveAHealthyLibraryAndTheNextOneCompletes)
{
    ASSERT_TRUE(m_dir.isValid());
    // One article committed before any kill: every later search must find it.
    writeFile(m_dir.filePath(QStringLiteral("marker/marker.txt")),
              QByteArrayLiteral("Quillwort meadow opens\n\nThe quillwort meadow of Vardby opened to walkers on "
                                "Sunday.\n\n\"Everyone is welcome,\" the warden said.\n"));
    const CliRun marker
        = runCli({QStringLiteral("import"), QStringLiteral("--db"), db(), m_dir.filePath(QStringLiteral("marker"))});
    ASSERT_EQ(marker.exitCode, 0) << marker.err.toStdString();
    ASSERT_EQ(articlesFound(QStringLiteral("quillwort")), 1);

    dateline::CorpusGenerator gen;
    QSet<QByteArray> distinct;
    for (int i = 0; i < kStories; ++i) {
        const QByteArray story = gen.wireStory(i);
        distinct.insert(story);
        writeFile(QStringLiteral("%1/%2/story%3.txt").arg(news()).arg(i / 250).arg(i), story);
    }
    // Copies under other names: the library must skip them, killed or not.
    for (int i = 0; i < kStories; i += 20)
        writeFile(QStringLiteral("%1/copies/copy%2.txt").arg(news()).arg(i), gen.wireStory(i));

    QRandomGenerator rng(20260116);
    qint64 before = 1;
    int interrupted = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        QProcess import;
        import.setProcessEnvironment(cliEnvironment());
        import.start(QStringLiteral(DATELINE_CLI), {QStringLiteral("import"), QStringLiteral("--db"), db(), news()});
        ASSERT_TRUE(import.waitForStarted());
        QThread::msleep(100 + rng.bounded(kMaxKillMs));
        if (import.state() == QProcess::Running) {
            ++interrupted;
            import.kill(); // SIGKILL: no handler, no cleanup, no final commit
        }
        ASSERT_TRUE(import.waitForFinished(60000));

        const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--db"), db()});
        EXPECT_EQ(check.exitCode, 0) << "after kill " << kill << ": " << check.out.toStdString()
                                     << check.err.toStdString();
        const qint64 stored = storedArticles();
        EXPECT_GE(stored, before) << "after kill " << kill;
        before = stored;
        EXPECT_EQ(articlesFound(QStringLiteral("quillwort")), 1) << "after kill " << kill;
        // Every generated headline says "closer ties": the full-text index
        // holds exactly the committed articles, no more, no fewer.
        EXPECT_EQ(articlesFound(QStringLiteral("\"closer ties\"")), stored - 1) << "after kill " << kill;
    }
    // A kill that always came after the import ended would test nothing.
    EXPECT_GT(interrupted, 0);

    const CliRun last = importNews();
    EXPECT_EQ(last.exitCode, 0) << last.err.toStdString();
    EXPECT_EQ(storedArticles(), qint64(distinct.size()) + 1);
    EXPECT_EQ(articlesFound(QStringLiteral("\"closer ties\"")), qint64(distinct.size()));
    const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--db"), db()});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();

    // Nothing left to do: everything is a duplicate now.
    const CliRun again = importNews();
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(QStringLiteral("imported 0,").toUtf8())) << again.err.toStdString();
    EXPECT_EQ(storedArticles(), qint64(distinct.size()) + 1);
}
