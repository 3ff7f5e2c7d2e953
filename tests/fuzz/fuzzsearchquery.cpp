// The search query parser: whatever a person types, the FTS5 expression it
// produces must be accepted by SQLite. Every output is run against a real
// FTS5 table (with the project's tokenizer options and column names), and an
// error from SQLite is a finding: the parser promised queries that cannot fail.
#include "library/searchquery.h"

#include <sqlite3.h>

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

sqlite3_stmt *matchStatement()
{
    static sqlite3_stmt *statement = [] {
        sqlite3 *db = nullptr;
        if (sqlite3_open(":memory:", &db) != SQLITE_OK)
            std::abort();
        const char *schema = "CREATE VIRTUAL TABLE statements_fts USING fts5(text, speaker,"
                             " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');"
                             "INSERT INTO statements_fts VALUES ('Russia is open to talks', 'Vladimir Putin');"
                             "INSERT INTO statements_fts VALUES ('We will not accept this', 'Annalena Baerbock');";
        if (sqlite3_exec(db, schema, nullptr, nullptr, nullptr) != SQLITE_OK)
            std::abort();
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?", -1, &s, nullptr)
            != SQLITE_OK)
            std::abort();
        return s;
    }();
    return statement;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString fts = dateline::SearchQuery::toFts(input);
    if (fts.isEmpty())
        return 0;
    sqlite3_stmt *s = matchStatement();
    const QByteArray utf8 = fts.toUtf8();
    sqlite3_bind_text(s, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) { }
    if (rc != SQLITE_DONE) {
        std::fprintf(stderr, "FTS5 refused %s: %s\n", utf8.constData(), sqlite3_errmsg(sqlite3_db_handle(s)));
        std::abort();
    }
    sqlite3_reset(s);
    return 0;
}
