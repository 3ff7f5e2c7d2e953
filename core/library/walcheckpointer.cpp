#include "library/walcheckpointer.h"

#include "library/bufferedwalvfs.h"
#include "library/database.h"
#include "library/libraryerror.h"

#include <sqlite3.h>

namespace dateline {

WalCheckpointer::WalCheckpointer(Database &writer, Limits limits)
    : m_writer(writer)
    , m_limits(limits)
{
    const QString path = writer.path();
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                        BufferedWalVfs::name())
        != SQLITE_OK) {
        sqlite3_close_v2(db);
        return;
    }
    // A connection finds the file in WAL mode when it first reads it;
    // until then a checkpoint does nothing.
    if (sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(db);
        return;
    }
    m_db = db;
    m_writerAutoCheckpoint = writer.queryInt(QStringLiteral("PRAGMA wal_autocheckpoint"));
    writer.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    // In the automatic checkpoint's place: tells how long the log is.
    sqlite3_wal_hook(writer.handle(), &WalCheckpointer::logGrew, this);
    m_thread = std::thread([this] { run(); });
}

WalCheckpointer::~WalCheckpointer()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
        sqlite3_wal_hook(m_writer.handle(), nullptr, nullptr);
        try {
            m_writer.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(m_writerAutoCheckpoint));
        } catch (const LibraryError &) {
            // Only a connection that is going away fails a pragma; it takes
            // the setting with it.
        }
    }
    sqlite3_close_v2(m_db);
}

int WalCheckpointer::logGrew(void *self, sqlite3 *, const char *, int frames)
{
    static_cast<WalCheckpointer *>(self)->m_writerFrames = frames;
    return SQLITE_OK;
}

void WalCheckpointer::committed()
{
    if (!m_db)
        return;
    // A log that started over is as long as what was written since.
    const int grown = m_writerFrames >= m_requestedAt ? m_writerFrames - m_requestedAt : m_writerFrames;
    if (grown < m_limits.checkpointFrames) {
        m_unrequested = true;
        return;
    }
    m_requestedAt = m_writerFrames;
    m_unrequested = false;
    std::unique_lock lock(m_mutex);
    const int request = ++m_requested;
    m_wake.notify_one();
    // The writer goes on while the copy runs. Only a log grown long makes
    // it wait for the copy, so that its next transaction starts the log
    // over from its beginning instead of growing it further.
    if (m_writerFrames >= m_limits.restartFrames)
        m_idle.wait(lock, [&] { return m_done >= request || m_stop; });
}

void WalCheckpointer::drain()
{
    if (!m_db)
        return;
    std::unique_lock lock(m_mutex);
    if (m_unrequested) {
        m_unrequested = false;
        m_requestedAt = m_writerFrames;
        ++m_requested;
        m_wake.notify_one();
    }
    const int target = m_requested;
    m_idle.wait(lock, [&] { return m_done >= target || m_stop; });
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [&] { return m_stop || m_done < m_requested; });
        if (m_stop)
            break;
        // Commits reported while this one runs are covered by the next.
        const int covers = m_requested;
        lock.unlock();
        // PASSIVE: copies what no reader still needs, never waits for the
        // writer or a reader, never calls a busy handler.
        sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
        m_done = covers;
        m_idle.notify_all();
    }
    m_idle.notify_all();
}

} // namespace dateline
