#include "library/transaction.h"

#include "library/database.h"

namespace dateline {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    // IMMEDIATE takes the write lock now, so a second writer waits at BEGIN
    // (busy timeout) instead of failing half-way with SQLITE_BUSY.
    m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec(QStringLiteral("ROLLBACK"));
        } catch (...) {
            // SQLite may already have rolled back on its own (disk full,
            // interrupted); there is nothing left to undo.
        }
    }
}

void Transaction::commit()
{
    m_db.exec(QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace dateline
