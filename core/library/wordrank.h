#pragma once

struct sqlite3;

namespace dateline {

// wordrank(fts_table, filterPhrases): an FTS5 rank for statement searches,
// registered on every connection. bm25() costs a %_docsize lookup per
// match and, per query, a scan of every row holding each phrase for its
// IDF, filter words included ('c' country and 'y' year words hold a tenth
// to a third of all rows): at 100,000 articles that made ranking a search
// take 60-100 ms of CPU. wordrank scores a row by the saturated frequency of
// the query's word phrases only (BM25 without length and IDF terms), from
// the positions the match already loaded. The last `filterPhrases` phrases
// of the query are filter words and do not count. Lower is better, as bm25.
class WordRank final
{
public:
    // False when the connection has no FTS5.
    static bool registerWith(sqlite3 *db);
};

} // namespace dateline
