// The import's background checkpoints: the log is copied back while the
// writer goes on, stays bounded, and the writer's own automatic checkpoint
// is back as it was afterwards.
#include "librarytestdata.h"

#include "library/database.h"
#include "library/sqlstatement.h"
#include "library/transaction.h"
#include "library/walcheckpointer.h"

#include <QFileInfo>

#include <gtest/gtest.h>

using namespace dateline;

namespace {

// About `pages` pages of new rows in one transaction.
void writeBatch(Database &db, int batch, int pages)
{
    Transaction t(db);
    db.exec(QStringLiteral("INSERT INTO filler(batch, data) SELECT %1, randomblob(3900) FROM "
                           "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %2) "
                           "SELECT i FROM n)")
                .arg(batch)
                .arg(pages));
    t.commit();
}

// (frames in the log, frames copied back), from a checkpoint of the
// writer's own.
std::pair<qint64, qint64> logState(Database &db)
{
    SqlStatement st(db, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    if (!st.step())
        return {-1, -1};
    return {st.integer(1), st.integer(2)};
}

} // namespace

TEST(WalCheckpointer, CopiesCommitsBackAndKeepsTheLogBounded)
{
    test::TempLibrary t;
    Database &db = t.library().database();
    db.exec(QStringLiteral("CREATE TABLE filler(batch INTEGER, data BLOB)"));
    const qint64 autoCheckpoint = db.queryInt(QStringLiteral("PRAGMA wal_autocheckpoint"));
    ASSERT_GT(autoCheckpoint, 0);
    qint64 largestLog = 0;
    {
        // Limits smaller than an import's, for a shorter test.
        WalCheckpointer checkpointer(db, {1024, 4096});
        EXPECT_EQ(db.queryInt(QStringLiteral("PRAGMA wal_autocheckpoint")), 0);
        for (int batch = 0; batch < 40; ++batch) {
            writeBatch(db, batch, 500);
            checkpointer.committed();
            largestLog = qMax(largestLog, QFileInfo(t.path() + QStringLiteral("-wal")).size());
        }
        checkpointer.drain();
        // Everything committed is in the file itself: nothing waits in the
        // log for a checkpoint.
        EXPECT_EQ(db.queryInt(QStringLiteral("SELECT count(*) FROM filler")), 40 * 500);
    }
    EXPECT_EQ(db.queryInt(QStringLiteral("PRAGMA wal_autocheckpoint")), autoCheckpoint);
    // 20,000 pages written; the log started over instead of holding them
    // all: past 4096 frames the writer waited for the checkpoint to catch
    // up, so the log never held much more than that and a batch.
    EXPECT_LT(largestLog, qint64(2 * 4096) * 4120) << largestLog;
    EXPECT_EQ(db.queryText(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

TEST(WalCheckpointer, DrainLeavesNothingToCopy)
{
    test::TempLibrary t;
    Database &db = t.library().database();
    db.exec(QStringLiteral("CREATE TABLE filler(batch INTEGER, data BLOB)"));
    WalCheckpointer checkpointer(db);
    writeBatch(db, 0, 300);
    checkpointer.committed();
    checkpointer.drain();
    const auto [log, copied] = logState(db);
    EXPECT_GT(log, 0);
    EXPECT_EQ(copied, log);
}
