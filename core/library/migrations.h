#pragma once

#include <QList>
#include <QString>

namespace dateline {

class Database;

// The schema's history: numbered SQL files compiled in as resources
// (:/dateline/sql/NNN_name.sql). PRAGMA user_version records how far a
// file has come; each step runs in its own transaction.
class Migrations final
{
public:
    static int latestVersion();
    // The schema versions this build can write, ascending.
    static QList<int> versions();
    // The statements that create a new library at a recent version at
    // once (schema.sql, ending in the version it sets).
    static QString schemaSql();
    // Brings the database up to `target` (the latest when negative). A new
    // one starts from schemaSql() unless `target` is older than it.
    // Refuses SQLite files that are not Dateline libraries and libraries
    // written by a newer Dateline. Throws LibraryError.
    static void apply(Database &db, int target = -1);
};

} // namespace dateline
