#pragma once

#include <QString>

#include <memory>

struct sqlite3;

namespace dateline {

class StatementPositionsCache;

// One SQLite connection, closed on destruction. Opening never creates or
// rewrites a file that is not already an SQLite database: a foreign or
// corrupt file is refused with a clear message and left untouched.
class Database final
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    // Opens (creating when absent in ReadWrite mode) and sets the pragmas
    // every Dateline connection uses: synchronous=NORMAL, a busy timeout
    // and foreign keys. Nothing is written yet. Throws LibraryError.
    static Database open(const QString &path, Mode mode = Mode::ReadWrite);
    // PRAGMA quick_check: reads the whole file, so it is done before
    // changes such as a migration, not on every open. Throws LibraryError.
    void quickCheck();
    // Switches the file to WAL (one writer, readers in parallel). This
    // rewrites the file header, so it comes after the file was recognised.
    void enableWriteAheadLog();
    // Hands the file's free pages back to the file system, where the
    // library was created to allow it (from schema 8 on); else nothing.
    // Outside a transaction.
    void releaseFreePages();

    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }

    // Runs one or more statements without results. Throws LibraryError.
    void exec(const QString &sql);
    // The first column of the first row of a one-value query.
    qint64 queryInt(const QString &sql);
    QString queryText(const QString &sql);

    int userVersion();
    void setUserVersion(int version);
    qint64 lastInsertId() const;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const;
    // The connection's current error message.
    QString errorMessage() const;

    // What this connection's statement searches keep of statement_positions.
    StatementPositionsCache &statementPositions();

private:
    void close();

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::unique_ptr<StatementPositionsCache> m_positions;
};

} // namespace dateline
