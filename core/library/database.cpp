#include "library/database.h"

#include "library/bufferedwalvfs.h"
#include "library/derivedcolumns.h"
#include "library/libraryerror.h"
#include "library/sqlstatement.h"
#include "library/statementhits.h"
#include "library/statementpositions.h"
#include "library/statementpositionscache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <utility>

namespace dateline {

namespace {

// Readers wait this long for the writer's lock before giving up.
constexpr int kBusyTimeoutMs = 10000;

// Process-wide settings, made before SQLite's first use (later calls are
// refused with SQLITE_MISUSE and change nothing). Without memory
// statistics, which nothing here reads, sqlite3_malloc and sqlite3_free
// skip a global mutex: an import allocates and frees about a hundred
// thousand times per thousand articles on the writer's thread.
void configureSqlite()
{
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    Q_UNUSED(configured);
}

// Refuses files that are not SQLite databases before SQLite sees them:
// SQLite would otherwise happily turn a zero-byte or foreign file into a
// database on the first write.
void checkExistingFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        throw LibraryError(QStringLiteral("%1 is not a regular file").arg(path));
    if (info.size() == 0)
        return; // SQLite treats an empty file as an empty database
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw LibraryError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(16);
    if (header != QByteArrayView("SQLite format 3\0", 16))
        throw LibraryError(
            QStringLiteral("%1 is not a Dateline library (not an SQLite database); it was left untouched").arg(path));
}

void prepareNewFile(const QString &path)
{
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    if (!QDir().mkpath(dir))
        throw LibraryError(QStringLiteral("cannot create the folder %1 for the library").arg(dir));
    if (!QFileInfo(dir).isWritable())
        throw LibraryError(QStringLiteral("cannot create the library in %1: the folder is not writable").arg(dir));
}

} // namespace

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_positions(std::move(other.m_positions))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_positions = std::move(other.m_positions);
    }
    return *this;
}

StatementPositionsCache &Database::statementPositions()
{
    if (!m_positions)
        m_positions = std::make_unique<StatementPositionsCache>();
    return *m_positions;
}

void Database::close()
{
    if (m_db) {
        // sqlite3_close_v2 defers the close until forgotten statements are
        // finalized instead of failing with SQLITE_BUSY.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Database Database::open(const QString &path, Mode mode)
{
    const bool exists = QFileInfo::exists(path);
    if (exists)
        checkExistingFile(path);
    else if (mode == Mode::ReadOnly)
        throw LibraryError(QStringLiteral("there is no library at %1").arg(path));
    else
        prepareNewFile(path);

    configureSqlite();
    int flags = SQLITE_OPEN_NOMUTEX;
    if (mode == Mode::ReadOnly)
        flags |= SQLITE_OPEN_READONLY;
    else
        flags |= SQLITE_OPEN_READWRITE | (exists ? 0 : SQLITE_OPEN_CREATE);

    Database db;
    db.m_path = path;
    const QByteArray native = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(native.constData(), &db.m_db, flags, BufferedWalVfs::name());
    if (rc != SQLITE_OK) {
        const QString reason = db.m_db ? db.errorMessage() : QString::fromUtf8(sqlite3_errstr(rc));
        throw LibraryError(QStringLiteral("cannot open the library at %1: %2").arg(path, reason));
    }
    sqlite3_extended_result_codes(db.m_db, 1);
    sqlite3_busy_timeout(db.m_db, kBusyTimeoutMs);

    if (mode == Mode::ReadWrite && sqlite3_db_readonly(db.m_db, "main") == 1)
        throw LibraryError(QStringLiteral("the library at %1 is read-only").arg(path));

    if (exists) {
        // Reading the schema fails on a file that only looks like SQLite
        // (truncated, encrypted, overwritten) before anything is written.
        try {
            // schema_version only reads the header; counting the schema
            // table makes SQLite load and parse the schema itself.
            db.queryInt(QStringLiteral("PRAGMA schema_version"));
            db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        } catch (const LibraryError &e) {
            throw LibraryError(
                QStringLiteral("the library at %1 is damaged (%2); it was left untouched").arg(path, e.message()));
        }
    }

    if (!StatementHits::registerWith(db.m_db))
        throw LibraryError(QStringLiteral("cannot open the library at %1: this SQLite has no FTS5").arg(path));
    if (!DerivedColumns::registerWith(db.m_db) || !StatementPositions::registerWith(db.m_db))
        throw LibraryError(QStringLiteral("cannot open the library at %1: %2").arg(path, db.errorMessage()));
    db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (mode == Mode::ReadWrite)
        db.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    // A batch of a few hundred articles dirties more pages than SQLite's
    // default 2 MB cache holds; spilling them to the WAL mid-transaction
    // writes the same FTS pages several times over.
    db.exec(QStringLiteral("PRAGMA cache_size = -32768"));
    return db;
}

void Database::quickCheck()
{
    QString result;
    try {
        result = queryText(QStringLiteral("PRAGMA quick_check(1)"));
    } catch (const LibraryError &e) {
        result = e.message();
    }
    if (result != QLatin1String("ok"))
        throw LibraryError(
            QStringLiteral("the library at %1 is damaged (%2); it was left untouched").arg(m_path, result));
}

void Database::enableWriteAheadLog()
{
    if (queryText(QStringLiteral("PRAGMA journal_mode = WAL")) != QLatin1String("wal"))
        throw LibraryError(QStringLiteral("the library at %1 cannot use a write-ahead log").arg(m_path));
}

void Database::releaseFreePages()
{
    exec(QStringLiteral("PRAGMA incremental_vacuum"));
}

void Database::exec(const QString &sql)
{
    char *message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString reason = message ? QString::fromUtf8(message) : errorMessage();
        sqlite3_free(message);
        throw LibraryError(reason);
    }
}

qint64 Database::queryInt(const QString &sql)
{
    SqlStatement st(*this, sql);
    return st.step() ? st.integer(0) : 0;
}

QString Database::queryText(const QString &sql)
{
    SqlStatement st(*this, sql);
    return st.step() ? st.text(0) : QString();
}

int Database::userVersion()
{
    return int(queryInt(QStringLiteral("PRAGMA user_version")));
}

void Database::setUserVersion(int version)
{
    exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

QString Database::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

} // namespace dateline
