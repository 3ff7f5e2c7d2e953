#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace dateline {

class Database;

// Copies what a long import commits from the write-ahead log into the
// library file, on a connection and thread of its own, so the writer does
// not stop for it. Left to SQLite, every commit once the log is past 1000
// pages copies them itself: half of all commit time in an import. While
// this object lives the writer's automatic checkpoint is off; it is put
// back as it was afterwards.
//
// A checkpoint that cannot finish (a reader holds old pages) leaves the
// rest for the next one; nothing here can lose a commit. The log starts
// over from its beginning whenever a checkpoint has caught up when the
// writer begins a transaction; the writer waits for one only once the log
// has grown long, so that it starts over instead of growing further.
class WalCheckpointer
{
public:
    // In frames (pages) of the log: a checkpoint is asked for whenever the
    // log grew by checkpointFrames; past restartFrames the writer waits for
    // it.
    struct Limits
    {
        int checkpointFrames = 1024; // 4 MB of 4 KB pages
        int restartFrames = 16384; // 64 MB
    };
    // Does nothing (and leaves the writer as it is) when the file cannot
    // be opened a second time.
    explicit WalCheckpointer(Database &writer)
        : WalCheckpointer(writer, Limits {})
    {
    }
    WalCheckpointer(Database &writer, Limits limits);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // A transaction committed: once the log has grown by a few megabytes
    // since the last checkpoint, copy it when the thread is free. Pages
    // that several commits rewrite (index pages, the full-text index's
    // segments) are copied once rather than once per commit.
    void committed();
    // Waits until every commit reported so far has had its checkpoint.
    void drain();

private:
    void run();

    Database &m_writer;
    qint64 m_writerAutoCheckpoint = 0;
    sqlite3 *m_db = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    static int logGrew(void *self, sqlite3 *db, const char *name, int frames);

    const Limits m_limits;
    int m_writerFrames = 0; // in the log after the writer's last commit
    int m_requestedAt = 0; // m_writerFrames when a checkpoint was last asked for
    bool m_unrequested = false; // commits since then
    int m_requested = 0;
    int m_done = 0;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace dateline
