#include "library/wordrank.h"

#include <sqlite3.h>

#include <algorithm>

namespace dateline {

namespace {

// BM25's term-frequency saturation.
constexpr double kK1 = 1.2;
// Phrases a query may hold: SearchQuery allows 32 terms.
constexpr int kMaxPhrases = 64;

void wordRank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int argc, sqlite3_value **argv)
{
    const int filterPhrases = argc > 0 ? sqlite3_value_int(argv[0]) : 0;
    const int phrases = std::min(api->xPhraseCount(fts) - filterPhrases, kMaxPhrases);
    // Each word phrase's own positions: xInstCount would first gather and
    // sort the instances of every phrase, the filter words' included.
    double score = 0;
    for (int p = 0; p < phrases; ++p) {
        Fts5PhraseIter it {};
        int column = 0;
        int offset = 0;
        if (api->xPhraseFirst(fts, p, &it, &column, &offset) != SQLITE_OK) {
            sqlite3_result_error(result, "wordrank: cannot read the match", -1);
            return;
        }
        int frequency = 0;
        for (; column >= 0; api->xPhraseNext(fts, &it, &column, &offset))
            ++frequency;
        const double f = frequency;
        score += f * (kK1 + 1) / (f + kK1);
    }
    sqlite3_result_double(result, -score);
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(st, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(st);
    }
    sqlite3_finalize(st);
    return api;
}

} // namespace

bool WordRank::registerWith(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    return api && api->xCreateFunction(api, "wordrank", nullptr, &wordRank, nullptr) == SQLITE_OK;
}

} // namespace dateline
