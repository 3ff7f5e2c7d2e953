#include "library/sqlstatement.h"

#include "library/database.h"
#include "library/libraryerror.h"

#include <sqlite3.h>

namespace dateline {

SqlStatement::SqlStatement(Database &db, const QString &sql)
    : m_db(db.handle())
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
        != SQLITE_OK)
        fail("prepare");
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_stmt);
}

SqlStatement &SqlStatement::bind(int index, const QString &value)
{
    // A null QString would bind as NULL; the schema's text columns are NOT
    // NULL, so an absent value is stored as ''.
    return bindUtf8(index, value.toUtf8());
}

SqlStatement &SqlStatement::bindUtf8(int index, const QByteArray &utf8)
{
    if (sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT)
        != SQLITE_OK)
        fail("bind");
    return *this;
}

SqlStatement &SqlStatement::bindUtf8InPlace(int index, const QByteArray &utf8)
{
    if (sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_STATIC)
        != SQLITE_OK)
        fail("bind");
    return *this;
}

SqlStatement &SqlStatement::bindBlobInPlace(int index, const QByteArray &bytes)
{
    if (sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC) != SQLITE_OK)
        fail("bind");
    return *this;
}

SqlStatement &SqlStatement::bindPointer(int index, void *pointer, const char *type)
{
    if (sqlite3_bind_pointer(m_stmt, index, pointer, type, nullptr) != SQLITE_OK)
        fail("bind");
    return *this;
}

SqlStatement &SqlStatement::bindBlob(int index, const QByteArray &bytes)
{
    if (sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        fail("bind");
    return *this;
}

SqlStatement &SqlStatement::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        fail("bind");
    return *this;
}

SqlStatement &SqlStatement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        fail("bind");
    return *this;
}

bool SqlStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail("step");
}

void SqlStatement::run()
{
    step();
    reset();
}

void SqlStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString SqlStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray SqlStatement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

QByteArray SqlStatement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

QByteArrayView SqlStatement::utf8View(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QByteArrayView SqlStatement::blobView(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

double SqlStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

qint64 SqlStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

void SqlStatement::fail(const char *what) const
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    // Bytes bound in place may not outlive the failure.
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    throw LibraryError(QStringLiteral("database %1 failed: %2").arg(QLatin1String(what), message));
}

} // namespace dateline
