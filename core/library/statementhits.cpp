#include "library/statementhits.h"

#include "library/ftstokenizer.h"
#include "library/statementpositions.h"
#include "library/statementpositionscache.h"

#include <sqlite3.h>

#include <algorithm>
#include <vector>

namespace dateline {

namespace {

// BM25's term-frequency saturation.
constexpr double kK1 = 1.2;
// SearchQuery allows 32 terms; groups are bits of a mask.
constexpr int kMaxGroups = 63;

struct Instance
{
    int column = 0;
    int offset = 0;
};

struct Phrase
{
    int role = 0;
    int size = 0;
    int first = 0; // its instances: [first, end) of the row's list
    int end = 0;
};

QByteArrayView bytesOf(sqlite3_value *value)
{
    return QByteArrayView(static_cast<const char *>(sqlite3_value_blob(value)), sqlite3_value_bytes(value));
}

// Whether an instance of `size` tokens lies inside the statement.
// 64 bits: the speakers and quotes columns' ranges add up statement after
// statement, whatever a damaged positions value says.
struct StatementRanges
{
    qint64 bodyFirst = 0, bodyEnd = 0;
    qint64 speakerFirst = 0, speakerEnd = 0;
    qint64 quoteFirst = 0, quoteEnd = 0;

    bool holds(const Instance &i, int size) const
    {
        const auto inside = [&i, size](qint64 first, qint64 end) {
            return i.offset >= first && qint64(i.offset) + size <= end;
        };
        switch (i.column) {
        case StatementHits::kBodyColumn:
            return inside(bodyFirst, bodyEnd);
        case StatementHits::kSpeakersColumn:
            return inside(speakerFirst, speakerEnd);
        case StatementHits::kQuotesColumn:
            return inside(quoteFirst, quoteEnd);
        default:
            return false;
        }
    }
};

void statementHits(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int argc,
                   sqlite3_value **argv)
{
    if (argc != 2 && argc != 3) {
        sqlite3_result_error(result, "statement_hits: wrong number of arguments", -1);
        return;
    }
    const auto *query
        = static_cast<const StatementHits::Query *>(sqlite3_value_pointer(argv[0], StatementHits::kPointerType));
    if (!query || !query->onHit) {
        sqlite3_result_error(result, "statement_hits: no query", -1);
        return;
    }
    const QByteArrayView positions = query->positions ? query->positions->of(api->xRowid(fts)) : bytesOf(argv[1]);
    if (positions.isEmpty()) {
        sqlite3_result_null(result);
        return;
    }
    const QByteArrayView published = argc > 2 ? bytesOf(argv[2]) : QByteArrayView();

    // Where the query's phrases stand in the statements' columns; the
    // buffers live as long as the thread, not a row.
    thread_local std::vector<Phrase> phrases;
    thread_local std::vector<Instance> instances;
    phrases.clear();
    instances.clear();
    const int phraseCount = std::min<int>(api->xPhraseCount(fts), int(query->roles.size()));
    for (int p = 0; p < phraseCount; ++p) {
        const int role = query->roles.at(p);
        if (role == StatementHits::Query::kIgnored || role >= kMaxGroups)
            continue;
        Phrase phrase {role, api->xPhraseSize(fts, p), int(instances.size()), 0};
        Fts5PhraseIter it {};
        int column = 0;
        int offset = 0;
        if (api->xPhraseFirst(fts, p, &it, &column, &offset) != SQLITE_OK) {
            sqlite3_result_error(result, "statement_hits: cannot read the match", -1);
            return;
        }
        for (; column >= 0; api->xPhraseNext(fts, &it, &column, &offset)) {
            if (column >= StatementHits::kBodyColumn && column <= StatementHits::kQuotesColumn)
                instances.push_back({column, offset});
        }
        phrase.end = int(instances.size());
        phrases.push_back(phrase);
    }

    const int groups = std::min(query->groups, kMaxGroups);
    const quint64 allGroups = groups == 0 ? 0 : (quint64(1) << groups) - 1;
    StatementPositions::Reader reader(positions);
    StatementPosition s;
    StatementRanges r;
    while (reader.next(s)) {
        r.bodyFirst = s.start;
        r.bodyEnd = qint64(s.start) + s.count;
        r.speakerFirst = r.speakerEnd;
        r.speakerEnd += s.speakerCount;
        r.quoteFirst = r.quoteEnd;
        r.quoteEnd += s.quoteCount;
        if (!query->persons.isEmpty() && !query->persons.contains(s.personId))
            continue;
        quint64 found = 0;
        bool excluded = false;
        double score = 0;
        for (const Phrase &phrase : phrases) {
            int frequency = 0;
            for (int k = phrase.first; k < phrase.end; ++k)
                frequency += r.holds(instances[size_t(k)], phrase.size);
            if (frequency == 0)
                continue;
            if (phrase.role == StatementHits::Query::kExcluded) {
                excluded = true;
                break;
            }
            found |= quint64(1) << phrase.role;
            const double f = frequency;
            score += f * (kK1 + 1) / (f + kK1);
        }
        if (!excluded && found == allGroups)
            query->onHit(s.id, -score, published);
    }
    sqlite3_result_null(result);
}

} // namespace

bool StatementHits::registerWith(sqlite3 *db)
{
    fts5_api *api = FtsTokenizer::fts5Of(db);
    return api && api->xCreateFunction(api, "statement_hits", nullptr, &statementHits, nullptr) == SQLITE_OK;
}

} // namespace dateline
