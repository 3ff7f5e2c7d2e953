#include "library/bufferedwalvfs.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <new>

namespace dateline {

namespace {

constexpr char kName[] = "dateline-buffered-wal";
// A log frame's header; bytes 4 to 7 hold the database's size in pages
// after a commit and zero on every other frame.
constexpr int kFrameHeaderBytes = 24;
// Some 30 frames of 4 KB pages. The Unix VFS writes less than 128 KB in
// one call: it keeps only the low 17 bits of a write's length.
constexpr int kBufferBytes = 120 * 1024;

// The platform's VFS, which every call ends in.
sqlite3_vfs *base()
{
    static sqlite3_vfs *const vfs = sqlite3_vfs_find(nullptr);
    return vfs;
}

// What SQLite allocates for every file opened through this VFS: this
// object, then the platform VFS's own file object.
struct File
{
    sqlite3_file base; // base.pMethods points at this VFS's methods
    File *log = nullptr; // a database file: its connection's open log
    File *database = nullptr; // a log: its connection's database file
    bool isLog = false;
    // The last write was a frame's header, buffered or written; its page
    // comes next, and it is the commit's when commitPending is set too.
    bool pageExpected = false;
    bool commitPending = false;
    // An error writing the buffer where SQLite could not be told; reported
    // by the log's next call that returns one.
    int deferredError = SQLITE_OK;
    char *buffer = nullptr;
    int used = 0;
    sqlite3_int64 start = 0; // the log offset of buffer[0]
    // The end of what this connection has written to the log since it
    // last started it over.
    sqlite3_int64 end = 0;

    sqlite3_file *real();
};

// Where the platform's file object starts, aligned for anything it holds.
constexpr size_t kRealOffset = (sizeof(File) + alignof(std::max_align_t) - 1) & ~(alignof(std::max_align_t) - 1);

sqlite3_file *File::real()
{
    return reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(this) + kRealOffset);
}

File *fileOf(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file);
}

int flush(File *f)
{
    if (f->used == 0)
        return SQLITE_OK;
    const int bytes = f->used;
    f->used = 0;
    sqlite3_file *real = f->real();
    return real->pMethods->xWrite(real, f->buffer, bytes, f->start);
}

// Before a log call whose result SQLite sees: the buffer goes out first,
// and an error from an earlier write that could not be reported is
// reported now.
int settle(File *f)
{
    if (!f->isLog)
        return SQLITE_OK;
    if (const int error = f->deferredError) {
        f->deferredError = SQLITE_OK;
        f->used = 0;
        f->pageExpected = false;
        f->commitPending = false;
        return error;
    }
    return flush(f);
}

// Before the connection touches the shared-memory index, where SQLite
// takes no error from the file.
void settleLogOf(File *database)
{
    File *log = database->log;
    if (log && log->used > 0) {
        if (const int rc = flush(log); rc != SQLITE_OK && log->deferredError == SQLITE_OK)
            log->deferredError = rc;
    }
}

bool isCommitHeader(const void *data, int amount)
{
    if (amount != kFrameHeaderBytes)
        return false;
    const auto *bytes = static_cast<const unsigned char *>(data);
    return (bytes[4] | bytes[5] | bytes[6] | bytes[7]) != 0;
}

int logWrite(File *f, const void *data, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = f->real();
    if (const int error = f->deferredError) {
        f->deferredError = SQLITE_OK;
        return error;
    }
    const sqlite3_int64 end = offset + amount;
    const bool isHeader = amount == kFrameHeaderBytes;
    const bool isPage = f->pageExpected && f->used > 0 && offset == f->start + f->used;
    const bool completesCommit = isPage && f->commitPending;
    f->pageExpected = false;
    f->commitPending = false;
    // Only appended frames, a header and then its page, are gathered.
    // Everything else goes straight through with its error to SQLite at
    // once: the log's header when the log starts over (offset 0), frames a
    // transaction writes again (a page spilled and changed once more,
    // checksums redone at the commit). So the last thing a commit buffers
    // is its commit frame, whose page's write reports any failure, and the
    // flush before a new log header is published finds nothing left to
    // write. (With synchronous=FULL on a disk without powersafe overwrite
    // SQLite splits a padding frame around a sync; the sync writes out
    // what came before, the rest follows as any other write.)
    const bool append = offset > 0 && offset >= f->end && (isHeader || isPage) && amount <= kBufferBytes / 2;
    if (!append || !f->buffer) {
        if (const int rc = flush(f))
            return rc;
        f->end = offset == 0 ? end : std::max(f->end, end);
        if (append && !f->buffer)
            f->buffer = static_cast<char *>(std::malloc(kBufferBytes));
        if (!append || !f->buffer)
            return real->pMethods->xWrite(real, data, amount, offset);
    }
    if (f->used > 0 && (offset != f->start + f->used || f->used + amount > kBufferBytes)) {
        if (const int rc = flush(f))
            return rc;
    }
    if (f->used == 0)
        f->start = offset;
    std::memcpy(f->buffer + f->used, data, size_t(amount));
    f->used += amount;
    f->end = end;
    if (completesCommit)
        return flush(f); // the commit's last frame is in: out it goes
    f->pageExpected = isHeader;
    f->commitPending = isHeader && isCommitHeader(data, amount);
    return SQLITE_OK;
}

int xClose(sqlite3_file *file)
{
    File *f = fileOf(file);
    sqlite3_file *real = f->real();
    int rc = settle(f);
    if (f->database && f->database->log == f)
        f->database->log = nullptr;
    if (f->log && f->log->database == f)
        f->log->database = nullptr;
    std::free(f->buffer);
    f->buffer = nullptr;
    const int closed = real->pMethods->xClose(real);
    f->~File();
    return rc == SQLITE_OK ? closed : rc;
}

int xRead(sqlite3_file *file, void *data, int amount, sqlite3_int64 offset)
{
    File *f = fileOf(file);
    if (const int rc = settle(f))
        return rc;
    return f->real()->pMethods->xRead(f->real(), data, amount, offset);
}

int xWrite(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    File *f = fileOf(file);
    if (f->isLog)
        return logWrite(f, data, amount, offset);
    return f->real()->pMethods->xWrite(f->real(), data, amount, offset);
}

int xTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    File *f = fileOf(file);
    if (const int rc = settle(f))
        return rc;
    return f->real()->pMethods->xTruncate(f->real(), size);
}

int xSync(sqlite3_file *file, int flags)
{
    File *f = fileOf(file);
    if (const int rc = settle(f))
        return rc;
    return f->real()->pMethods->xSync(f->real(), flags);
}

int xFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    File *f = fileOf(file);
    if (const int rc = settle(f))
        return rc;
    return f->real()->pMethods->xFileSize(f->real(), size);
}

int xLock(sqlite3_file *file, int level)
{
    File *f = fileOf(file);
    return f->real()->pMethods->xLock(f->real(), level);
}

int xUnlock(sqlite3_file *file, int level)
{
    File *f = fileOf(file);
    return f->real()->pMethods->xUnlock(f->real(), level);
}

int xCheckReservedLock(sqlite3_file *file, int *out)
{
    File *f = fileOf(file);
    return f->real()->pMethods->xCheckReservedLock(f->real(), out);
}

int xFileControl(sqlite3_file *file, int op, void *arg)
{
    File *f = fileOf(file);
    if (const int rc = settle(f))
        return rc;
    if (op == SQLITE_FCNTL_VFSNAME) {
        // As the shims SQLite ships do: this VFS's name before the one below.
        const int rc = f->real()->pMethods->xFileControl(f->real(), op, arg);
        if (rc == SQLITE_OK) {
            char **name = static_cast<char **>(arg);
            char *joined = sqlite3_mprintf("%s/%z", kName, *name);
            *name = joined;
        }
        return rc;
    }
    return f->real()->pMethods->xFileControl(f->real(), op, arg);
}

int xSectorSize(sqlite3_file *file)
{
    File *f = fileOf(file);
    return f->real()->pMethods->xSectorSize(f->real());
}

int xDeviceCharacteristics(sqlite3_file *file)
{
    File *f = fileOf(file);
    return f->real()->pMethods->xDeviceCharacteristics(f->real());
}

int xShmMap(sqlite3_file *file, int page, int pageSize, int extend, void volatile **out)
{
    File *f = fileOf(file);
    return f->real()->pMethods->xShmMap(f->real(), page, pageSize, extend, out);
}

int xShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    File *f = fileOf(file);
    settleLogOf(f);
    return f->real()->pMethods->xShmLock(f->real(), offset, n, flags);
}

void xShmBarrier(sqlite3_file *file)
{
    File *f = fileOf(file);
    // SQLite publishes a new log header after this barrier.
    settleLogOf(f);
    f->real()->pMethods->xShmBarrier(f->real());
}

int xShmUnmap(sqlite3_file *file, int deleteFlag)
{
    File *f = fileOf(file);
    settleLogOf(f);
    return f->real()->pMethods->xShmUnmap(f->real(), deleteFlag);
}

int xFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    File *f = fileOf(file);
    if (const int rc = settle(f))
        return rc;
    return f->real()->pMethods->xFetch(f->real(), offset, amount, out);
}

int xUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *page)
{
    File *f = fileOf(file);
    return f->real()->pMethods->xUnfetch(f->real(), offset, page);
}

// The methods, as many of them as the platform's file has (version 3 on
// Unix and Windows).
const sqlite3_io_methods *methodsFor(int version)
{
    static const sqlite3_io_methods v3 = {3,
                                          xClose,
                                          xRead,
                                          xWrite,
                                          xTruncate,
                                          xSync,
                                          xFileSize,
                                          xLock,
                                          xUnlock,
                                          xCheckReservedLock,
                                          xFileControl,
                                          xSectorSize,
                                          xDeviceCharacteristics,
                                          xShmMap,
                                          xShmLock,
                                          xShmBarrier,
                                          xShmUnmap,
                                          xFetch,
                                          xUnfetch};
    static const sqlite3_io_methods v2 = [] {
        sqlite3_io_methods m = v3;
        m.iVersion = 2;
        m.xFetch = nullptr;
        m.xUnfetch = nullptr;
        return m;
    }();
    static const sqlite3_io_methods v1 = [] {
        sqlite3_io_methods m = v2;
        m.iVersion = 1;
        m.xShmMap = nullptr;
        m.xShmLock = nullptr;
        m.xShmBarrier = nullptr;
        m.xShmUnmap = nullptr;
        return m;
    }();
    return version >= 3 ? &v3 : version == 2 ? &v2 : &v1;
}

bool isOurs(const sqlite3_file *file)
{
    return file && file->pMethods
        && (file->pMethods == methodsFor(3) || file->pMethods == methodsFor(2) || file->pMethods == methodsFor(1));
}

int xOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    File *f = new (file) File {};
    sqlite3_file *real = f->real();
    real->pMethods = nullptr;
    const int rc = base()->xOpen(base(), name, real, flags, outFlags);
    if (rc != SQLITE_OK) {
        // SQLite expects no methods on a file that failed to open.
        if (real->pMethods)
            real->pMethods->xClose(real);
        f->~File();
        file->pMethods = nullptr;
        return rc;
    }
    f->base.pMethods = methodsFor(real->pMethods->iVersion);
    if ((flags & SQLITE_OPEN_WAL) && name) {
        f->isLog = true;
        sqlite3_file *database = sqlite3_database_file_object(name);
        if (isOurs(database) && !fileOf(database)->log) {
            fileOf(database)->log = f;
            f->database = fileOf(database);
        }
    }
    return rc;
}

int xDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return base()->xDelete(base(), name, syncDir);
}

int xAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return base()->xAccess(base(), name, flags, out);
}

int xFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return base()->xFullPathname(base(), name, size, out);
}

void *xDlOpen(sqlite3_vfs *, const char *name)
{
    return base()->xDlOpen(base(), name);
}

void xDlError(sqlite3_vfs *, int size, char *out)
{
    base()->xDlError(base(), size, out);
}

void (*xDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return base()->xDlSym(base(), handle, symbol);
}

void xDlClose(sqlite3_vfs *, void *handle)
{
    base()->xDlClose(base(), handle);
}

int xRandomness(sqlite3_vfs *, int size, char *out)
{
    return base()->xRandomness(base(), size, out);
}

int xSleep(sqlite3_vfs *, int microseconds)
{
    return base()->xSleep(base(), microseconds);
}

int xCurrentTime(sqlite3_vfs *, double *out)
{
    return base()->xCurrentTime(base(), out);
}

int xGetLastError(sqlite3_vfs *, int size, char *out)
{
    return base()->xGetLastError(base(), size, out);
}

int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return base()->xCurrentTimeInt64(base(), out);
}

int xSetSystemCall(sqlite3_vfs *, const char *name, sqlite3_syscall_ptr call)
{
    return base()->xSetSystemCall(base(), name, call);
}

sqlite3_syscall_ptr xGetSystemCall(sqlite3_vfs *, const char *name)
{
    return base()->xGetSystemCall(base(), name);
}

const char *xNextSystemCall(sqlite3_vfs *, const char *name)
{
    return base()->xNextSystemCall(base(), name);
}

} // namespace

const char *BufferedWalVfs::name()
{
    static const bool registered = [] {
        sqlite3_vfs *below = base();
        if (!below || below->iVersion < 2)
            return false;
        static sqlite3_vfs vfs {};
        vfs.iVersion = below->iVersion >= 3 ? 3 : 2;
        vfs.szOsFile = int(kRealOffset) + below->szOsFile;
        vfs.mxPathname = below->mxPathname;
        vfs.zName = kName;
        vfs.xOpen = xOpen;
        vfs.xDelete = xDelete;
        vfs.xAccess = xAccess;
        vfs.xFullPathname = xFullPathname;
        vfs.xDlOpen = below->xDlOpen ? xDlOpen : nullptr;
        vfs.xDlError = below->xDlError ? xDlError : nullptr;
        vfs.xDlSym = below->xDlSym ? xDlSym : nullptr;
        vfs.xDlClose = below->xDlClose ? xDlClose : nullptr;
        vfs.xRandomness = xRandomness;
        vfs.xSleep = xSleep;
        vfs.xCurrentTime = xCurrentTime;
        vfs.xGetLastError = xGetLastError;
        vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
        if (vfs.iVersion >= 3) {
            vfs.xSetSystemCall = below->xSetSystemCall ? xSetSystemCall : nullptr;
            vfs.xGetSystemCall = below->xGetSystemCall ? xGetSystemCall : nullptr;
            vfs.xNextSystemCall = below->xNextSystemCall ? xNextSystemCall : nullptr;
        }
        return sqlite3_vfs_register(&vfs, 0) == SQLITE_OK;
    }();
    // Without it (an unusual platform VFS) SQLite's default serves.
    return registered ? kName : nullptr;
}

} // namespace dateline
