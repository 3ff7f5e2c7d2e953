#pragma once

#include <QList>
#include <QString>

namespace dateline {

// The least any full-text store has to do, for `dateline-cli bench` to set
// the library's import speed beside: the same texts inserted into one bare
// FTS5 table with the library's tokenizer and pragmas (incremental
// auto-vacuum, WAL, synchronous=NORMAL, one transaction per batch), no
// prefix index (the library's prefix='3' counts as its own work), nothing
// else.
class Fts5Baseline final
{
public:
    struct Row
    {
        QString headline;
        QString standfirst;
        QString body;
    };

    // Through SQLite's own file layer, or through the one the library
    // writes its log with (BufferedWalVfs), for comparison.
    enum class Files { Sqlite, LibraryBufferedLog };

    // Creates a new database at `path` (which must not exist), inserts the
    // rows in transactions of `batchSize` and closes it. Returns an error
    // message, empty on success.
    static QString insertAll(const QString &path, const QList<Row> &rows, int batchSize, Files files = Files::Sqlite);
};

} // namespace dateline
