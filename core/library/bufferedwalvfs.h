#pragma once

namespace dateline {

// An SQLite VFS over the platform's own that gathers the frames appended
// to a write-ahead log into few large writes. SQLite writes a log frame as
// two writes, its 24-byte header and then its page: on a virtual machine
// where a system call costs a microsecond or more that was about a tenth
// of an import's storing time. Everything else goes straight through,
// writes to the log that are not appends among it (the log's header when
// it starts over, frames a transaction writes again).
//
// What a commit appends is in the log file before the commit counts: the
// buffer is written out when the commit's last frame (the one whose header
// carries the database size) has been added, with its error going back to
// SQLite as that write's, and before anything reads, syncs, sizes or
// truncates the log. It is also written out whenever the connection
// touches the shared-memory index (a lock, the barrier before a new log
// header is published), so no other connection can be told of a frame
// that is not yet in the file. A process killed with frames in the buffer
// loses only frames that no commit had claimed.
class BufferedWalVfs
{
public:
    // The VFS's name for sqlite3_open_v2, registered on first use.
    static const char *name();
};

} // namespace dateline
