#include "bench/fts5baseline.h"

#include "library/bufferedwalvfs.h"

#include <QByteArray>

#include <sqlite3.h>

#include <algorithm>
#include <memory>

namespace dateline {

namespace {

struct CloseDatabase
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};

struct FinalizeStatement
{
    void operator()(sqlite3_stmt *st) const { sqlite3_finalize(st); }
};

using DatabasePtr = std::unique_ptr<sqlite3, CloseDatabase>;
using StatementPtr = std::unique_ptr<sqlite3_stmt, FinalizeStatement>;

QString errorOf(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

bool bindText(sqlite3_stmt *st, int index, const QString &text)
{
    // UTF-8, as the library's SqlStatement binds it: both pay the same conversion.
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text(st, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) == SQLITE_OK;
}

} // namespace

QString Fts5Baseline::insertAll(const QString &path, const QList<Row> &rows, int batchSize, Files files)
{
    sqlite3 *raw = nullptr;
    const int opened = sqlite3_open_v2(path.toUtf8().constData(), &raw,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                       files == Files::LibraryBufferedLog ? BufferedWalVfs::name() : nullptr);
    const DatabasePtr db(raw);
    if (opened != SQLITE_OK)
        return raw ? errorOf(raw) : QStringLiteral("out of memory");
    // The pragmas a new Dateline library has (see Migrations::apply and
    // Database::open) and the articles' full-text tokenizer, without the
    // index's external content and without its prefix index: the least
    // storing these texts searchably costs. The library's prefix index
    // (a quarter to a half more insert time, measured on this table) counts
    // as the library's work. The automatic checkpoint is off as it is
    // during an import (see WalCheckpointer); the log is copied back once,
    // when the connection closes.
    const char *setup = "PRAGMA auto_vacuum = INCREMENTAL;"
                        "PRAGMA journal_mode = WAL;"
                        "PRAGMA synchronous = NORMAL;"
                        "PRAGMA cache_size = -32768;"
                        "PRAGMA wal_autocheckpoint = 0;"
                        "CREATE VIRTUAL TABLE texts USING fts5(headline, standfirst, body, "
                        "tokenize = 'unicode61 remove_diacritics 2');";
    if (sqlite3_exec(db.get(), setup, nullptr, nullptr, nullptr) != SQLITE_OK)
        return errorOf(db.get());
    sqlite3_stmt *rawSt = nullptr;
    if (sqlite3_prepare_v2(db.get(), "INSERT INTO texts(headline, standfirst, body) VALUES (?1, ?2, ?3)", -1, &rawSt,
                           nullptr)
        != SQLITE_OK)
        return errorOf(db.get());
    const StatementPtr insert(rawSt);
    const int batch = batchSize > 0 ? batchSize : 1;
    for (qsizetype first = 0; first < rows.size(); first += batch) {
        if (sqlite3_exec(db.get(), "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
            return errorOf(db.get());
        const qsizetype end = std::min(rows.size(), first + batch);
        for (qsizetype i = first; i < end; ++i) {
            const Row &row = rows.at(i);
            if (!bindText(insert.get(), 1, row.headline) || !bindText(insert.get(), 2, row.standfirst)
                || !bindText(insert.get(), 3, row.body) || sqlite3_step(insert.get()) != SQLITE_DONE)
                return errorOf(db.get());
            sqlite3_reset(insert.get());
        }
        if (sqlite3_exec(db.get(), "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            return errorOf(db.get());
    }
    return {};
}

} // namespace dateline
