#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace dateline {

class Database;

// A prepared statement, finalized on destruction. Prepared once and reused
// with reset() for every row of a batch: preparing is the expensive part.
// Every failure throws LibraryError.
class SqlStatement final
{
public:
    SqlStatement(Database &db, const QString &sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    // Parameters are 1-based, as in SQLite.
    SqlStatement &bind(int index, const QString &value);
    // Text already in UTF-8, bound without converting it again.
    SqlStatement &bindUtf8(int index, const QByteArray &utf8);
    SqlStatement &bindBlob(int index, const QByteArray &bytes);
    // As bindUtf8 and bindBlob, but SQLite reads the bytes where they are
    // instead of copying them first: they must stay alive and unchanged
    // until run() or reset(), which drop every binding.
    SqlStatement &bindUtf8InPlace(int index, const QByteArray &utf8);
    SqlStatement &bindBlobInPlace(int index, const QByteArray &bytes);
    // A pointer for an SQL function that asks for `type` (sqlite3_bind_pointer):
    // it must outlive the statement's steps.
    SqlStatement &bindPointer(int index, void *pointer, const char *type);
    SqlStatement &bind(int index, qint64 value);
    SqlStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqlStatement &bindNull(int index);

    // Advances to the next row; false when the statement is done.
    bool step();
    // Steps a statement that returns no rows.
    void run();
    // Ready for new bindings; old bindings are cleared so a forgotten bind
    // is NULL rather than the previous row's value.
    void reset();

    QString text(int column) const;
    // A text column as stored, UTF-8, without decoding it.
    QByteArray utf8(int column) const;
    QByteArray blob(int column) const;
    // The same without copying it: valid until the next step() or reset().
    QByteArrayView utf8View(int column) const;
    QByteArrayView blobView(int column) const;
    double real(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;

private:
    [[noreturn]] void fail(const char *what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace dateline
