#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace dateline {

class Database;

// Every article's statement_positions value, held by a connection for its
// statement searches. A search hands statement_hits() thousands of matching
// articles, and looking each one's positions up in the table (a join, a
// seek per article) took a quarter of a search: in memory it is a binary
// search in a sorted array. About 80 bytes per article.
//
// Loading them costs a one-off search several times over (70 ms and 17 MB
// at 100,000 articles), so a connection's first statement search reads the
// table instead and the cache loads from its second on: a one-off search
// from the command line stays quick, the desktop app's searches as you
// type get the cache.
//
// ready() before each search says whether to use it, and reloads
// everything when the library changed since the last load, by another
// connection (PRAGMA data_version) or by this one (its count of changed
// rows): values are never older than the rows the search reads.
class StatementPositionsCache final
{
public:
    bool ready(Database &db);
    // The article's packed positions; empty when it has none.
    QByteArrayView of(qint64 articleId) const;

private:
    void load(Database &db);

    int m_searches = 0;
    qint64 m_dataVersion = -1;
    qint64 m_changes = -1;
    QByteArray m_packed; // every value, one after the other
    struct Entry
    {
        qint64 articleId = 0;
        qsizetype offset = 0; // into m_packed; the value ends where the next starts
    };
    std::vector<Entry> m_entries; // by article id, then an end marker
};

} // namespace dateline
