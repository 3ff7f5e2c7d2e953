#pragma once

#include <QByteArrayView>
#include <QList>

#include <functional>

struct sqlite3;

namespace dateline {

class StatementPositionsCache;

// statement_hits(articles_fts, query, positions [, published]): the
// statements of a matching article that match the query themselves,
// registered on every connection as an FTS5 auxiliary function.
//
// A statement search runs its words on articles_fts's body, speakers and
// quotes columns, where a match only says that the article holds every word
// somewhere. statement_hits reads where the query's phrases stand in the
// row and keeps the statements (their ranges from the article's row of
// statement_positions: the query's cache, else `positions`) inside which every group of the query
// has a phrase and no excluded phrase stands. A statement's words are its
// span's (an interrupted quote's with the interruption), its speaker's and
// its quotes column text, if any. Exclusions are therefore left out of the
// article's match and put in as optional phrases, so that their positions
// are there to check (see LibrarySearch).
//
// `query` is a Query bound with bindTo(); each hit goes to its onHit with
// the score, BM25's saturated frequency of the phrases inside the
// statement, negated so that lower is better as with bm25(), and the
// `published` argument's bytes. Handing hits over directly, not as a value
// per row, keeps a search of thousands of matching articles to the work
// the matches need.
class StatementHits final
{
public:
    struct Query
    {
        static constexpr int kIgnored = -1; // a filter word, or a repeat
        static constexpr int kExcluded = -2;
        // What each phrase of the FTS5 query is for, in the order the query
        // names them: group index, kIgnored or kExcluded.
        QList<int> roles;
        int groups = 0; // AND-ed groups of phrases; 0: no words
        QList<qint64> persons; // a speaker filter's persons; empty: any
        const StatementPositionsCache *positions = nullptr; // null: the argument
        std::function<void(qint64 id, double score, QByteArrayView published)> onHit;
    };
    // The type statement_hits() checks its query pointer against.
    static constexpr const char *kPointerType = "dateline_statement_query";

    // The columns of articles_fts statement searches read.
    static constexpr int kBodyColumn = 2;
    static constexpr int kSpeakersColumn = 3;
    static constexpr int kQuotesColumn = 4;

    // False when the connection has no FTS5.
    static bool registerWith(sqlite3 *db);
};

} // namespace dateline
