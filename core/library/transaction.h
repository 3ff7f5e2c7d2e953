#pragma once

namespace dateline {

class Database;

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit()
// was called: an exception between the two leaves nothing half-written.
class Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace dateline
