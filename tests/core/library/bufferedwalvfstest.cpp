// The library's write-ahead log goes out in few large writes: what a
// commit wrote is in the file before any other connection can be told of
// it, a killed writer loses only what no commit claimed, and a commit whose
// frames cannot be written fails instead of counting.
#include "library/database.h"
#include "library/libraryerror.h"
#include "library/transaction.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace dateline;

namespace {

// A new file in WAL mode with a table of numbered blobs; the automatic
// checkpoint is off so that frames only ever append to the log.
Database openLog(const QString &path, int pageSize = 4096)
{
    Database db = Database::open(path);
    db.exec(QStringLiteral("PRAGMA page_size = %1").arg(pageSize));
    db.enableWriteAheadLog();
    db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS rows(batch INTEGER, data BLOB)"));
    return db;
}

// `count` rows of `bytes` random bytes in one transaction.
void writeBatch(Database &db, int batch, int count, int bytes)
{
    Transaction t(db);
    db.exec(QStringLiteral("INSERT INTO rows(batch, data) SELECT %1, randomblob(%2) FROM "
                           "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %3) "
                           "SELECT i FROM n)")
                .arg(batch)
                .arg(bytes)
                .arg(count));
    t.commit();
}

// Runs `child` in a forked process and returns its exit status, or -signal
// when a signal ended it.
template<typename F> int inChild(F child)
{
    const pid_t pid = fork();
    if (pid == 0) {
        int code = 1;
        try {
            code = child();
        } catch (...) {
            code = 2;
        }
        _exit(code);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

} // namespace

// Commits of many sizes while a second connection reads after each one;
// every few commits the log starts over from its beginning.
void expectEveryCommitSeenAtOnce(int pageSize)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.sqlite"));
    Database writer = openLog(path, pageSize);
    ASSERT_EQ(writer.queryInt(QStringLiteral("PRAGMA page_size")), pageSize);
    Database reader = Database::open(path, Database::Mode::ReadOnly);
    qint64 rows = 0;
    qint64 bytes = 0;
    qint64 largestLog = 0;
    // One small row, a commit that fits the buffer, and commits of several
    // buffers' worth (a few hundred 4 KB pages), in turn.
    const int sizes[][2] = {{1, 10}, {20, 3000}, {300, 3900}, {1, 5000}, {700, 1000}, {2, 70000}};
    for (int batch = 0; batch < 30; ++batch) {
        const auto [count, size] = sizes[batch % 6];
        writeBatch(writer, batch, count, size);
        rows += count;
        bytes += qint64(count) * size;
        // The reader finds the new rows in the log file, not in memory.
        ASSERT_EQ(reader.queryInt(QStringLiteral("SELECT count(*) FROM rows")), rows) << "after batch " << batch;
        ASSERT_EQ(reader.queryInt(QStringLiteral("SELECT sum(length(data)) FROM rows")), bytes);
        ASSERT_EQ(reader.queryText(QStringLiteral("PRAGMA quick_check")), QStringLiteral("ok"));
        largestLog = qMax(largestLog, QFileInfo(path + QStringLiteral("-wal")).size());
        // Copied back: the next commit writes the log from its start again.
        if (batch % 7 == 6)
            writer.exec(QStringLiteral("PRAGMA wal_checkpoint(RESTART)"));
    }
    EXPECT_GT(largestLog, 2 * 1024 * 1024);
}

TEST(BufferedWalVfs, AnotherConnectionSeesEveryCommitAtOnce)
{
    expectEveryCommitSeenAtOnce(4096);
}

TEST(BufferedWalVfs, PagesLargerThanHalfTheBufferGoStraightThrough)
{
    expectEveryCommitSeenAtOnce(65536);
}

TEST(BufferedWalVfs, AKilledWriterKeepsEveryCommit)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.sqlite"));
    const int status = inChild([&] {
        Database db = openLog(path);
        // A small cache: the transaction rolled back below spills frames
        // to the log before it ends.
        db.exec(QStringLiteral("PRAGMA cache_size = 20"));
        for (int batch = 0; batch < 4; ++batch)
            writeBatch(db, batch, 200, 3000);
        db.exec(QStringLiteral("BEGIN"));
        db.exec(QStringLiteral("INSERT INTO rows(batch, data) SELECT 99, data FROM rows"));
        db.exec(QStringLiteral("ROLLBACK"));
        // A transaction that changes pages it already spilled, so that
        // SQLite writes frames again and redoes their checksums.
        db.exec(QStringLiteral("BEGIN"));
        db.exec(QStringLiteral("INSERT INTO rows(batch, data) SELECT 4, randomblob(3000) FROM rows LIMIT 300"));
        db.exec(QStringLiteral("UPDATE rows SET data = zeroblob(3000) WHERE batch = 4"));
        db.exec(QStringLiteral("COMMIT"));
        // A commit of a few pages, well inside one buffer, and nothing
        // written after it.
        writeBatch(db, 5, 5, 3000);
        raise(SIGKILL);
        return 0;
    });
    ASSERT_EQ(status, -SIGKILL);
    // Reopening recovers the log from the file, checking every frame's
    // checksum up to the last commit.
    Database db = Database::open(path);
    EXPECT_EQ(db.queryText(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    EXPECT_EQ(db.queryInt(QStringLiteral("SELECT count(*) FROM rows")), 4 * 200 + 300 + 5);
    EXPECT_EQ(db.queryInt(QStringLiteral("SELECT count(*) FROM rows WHERE batch = 99")), 0);
    EXPECT_EQ(db.queryInt(QStringLiteral("SELECT count(*) FROM rows WHERE batch = 4 AND data = zeroblob(3000)")), 300);
    EXPECT_EQ(db.queryInt(QStringLiteral("SELECT count(DISTINCT batch) FROM rows")), 6);
}

TEST(BufferedWalVfs, ACommitThatCannotBeWrittenFails)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.sqlite"));
    // 0: the commit failed with an error; 3: it claimed to succeed.
    const int status = inChild([&] {
        Database db = openLog(path);
        writeBatch(db, 0, 50, 3000);
        // The log may grow by two pages: the next commit, about ten pages
        // and well inside one buffer, has its frames refused when the
        // buffer goes out at the commit.
        const qint64 logSize = QFileInfo(path + QStringLiteral("-wal")).size();
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit {rlim_t(logSize + 8192), rlim_t(logSize + 8192)};
        if (setrlimit(RLIMIT_FSIZE, &limit) != 0)
            return 4;
        try {
            writeBatch(db, 1, 10, 3000);
        } catch (const LibraryError &) {
            return 0;
        }
        return 3;
    });
    ASSERT_EQ(status, 0);
    Database db = Database::open(path);
    EXPECT_EQ(db.queryText(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    EXPECT_EQ(db.queryInt(QStringLiteral("SELECT count(*) FROM rows")), 50);
}

TEST(BufferedWalVfs, EveryCommitEitherFailsOrLandsWhole)
{
    // Commits of 24 to 36 pages with the log cut off after 27 to 31 whole
    // frames of 4 KB pages: the cut falls inside a commit, at its last
    // frame or past it, and at the places where the buffer fills.
    constexpr qint64 kFrameBytes = 24 + 4096;
    QTemporaryDir dir;
    int failed = 0;
    int landed = 0;
    for (int rows = 24; rows <= 36; ++rows) {
        for (int frames = 27; frames <= 31; ++frames) {
            const QString path = dir.filePath(QStringLiteral("log-%1-%2.sqlite").arg(rows).arg(frames));
            // 0: the commit failed; 3: it said it succeeded.
            const int status = inChild([&] {
                Database db = openLog(path);
                const qint64 logSize = QFileInfo(path + QStringLiteral("-wal")).size();
                // Room for `frames` frames and the next header, and part
                // of that frame's page.
                const rlim_t cut = rlim_t(logSize + frames * kFrameBytes + 24 + 100);
                std::signal(SIGXFSZ, SIG_IGN);
                const rlimit limit {cut, cut};
                if (setrlimit(RLIMIT_FSIZE, &limit) != 0)
                    return 4;
                try {
                    writeBatch(db, 1, rows, 3900); // a page a row
                } catch (const LibraryError &) {
                    return 0;
                }
                return 3;
            });
            ASSERT_TRUE(status == 0 || status == 3) << rows << " rows, " << frames << " frames: " << status;
            Database db = Database::open(path);
            ASSERT_EQ(db.queryText(QStringLiteral("PRAGMA quick_check")), QStringLiteral("ok"));
            EXPECT_EQ(db.queryInt(QStringLiteral("SELECT count(*) FROM rows")), status == 3 ? rows : 0)
                << rows << " rows, log cut after " << frames << " frames: the commit "
                << (status == 3 ? "said it succeeded" : "failed");
            (status == 3 ? landed : failed) += 1;
        }
    }
    // Both outcomes were tried.
    EXPECT_GT(failed, 0);
    EXPECT_GT(landed, 0);
}
