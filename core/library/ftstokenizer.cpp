#include "library/ftstokenizer.h"

#include <sqlite3.h>

#include <iterator>
#include <type_traits>

namespace dateline {

fts5_api *FtsTokenizer::fts5Of(sqlite3 *db)
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

namespace {

// The in-memory connection a thread's tokenizer comes from, kept open for
// as long as the tokenizer is used.
struct ThreadTokenizer
{
    sqlite3 *db = nullptr;
    std::unique_ptr<FtsTokenizer> tokenizer;

    ThreadTokenizer()
    {
        sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr);
        tokenizer = std::make_unique<FtsTokenizer>(db);
    }
    ~ThreadTokenizer()
    {
        tokenizer.reset();
        sqlite3_close(db);
    }
    ThreadTokenizer(const ThreadTokenizer &) = delete;
    ThreadTokenizer &operator=(const ThreadTokenizer &) = delete;
};

} // namespace

struct FtsTokenizer::Private
{
    fts5_tokenizer methods {};
    Fts5Tokenizer *tokenizer = nullptr;
};

FtsTokenizer::FtsTokenizer(sqlite3 *db)
    : d(std::make_unique<Private>())
{
    fts5_api *api = db ? fts5Of(db) : nullptr;
    void *userData = nullptr;
    if (!api || api->xFindTokenizer(api, kName, &userData, &d->methods) != SQLITE_OK)
        return;
    const char *arguments[std::size(kArguments)];
    std::copy(std::begin(kArguments), std::end(kArguments), arguments);
    if (d->methods.xCreate(userData, arguments, int(std::size(arguments)), &d->tokenizer) != SQLITE_OK)
        d->tokenizer = nullptr;
}

FtsTokenizer::~FtsTokenizer()
{
    if (d->tokenizer)
        d->methods.xDelete(d->tokenizer);
}

const FtsTokenizer &FtsTokenizer::forThisThread()
{
    thread_local ThreadTokenizer state;
    return *state.tokenizer;
}

bool FtsTokenizer::isValid() const
{
    return d->tokenizer != nullptr;
}

template<typename F> void FtsTokenizer::run(QByteArrayView utf8, F &&onToken) const
{
    if (!d->tokenizer || utf8.isEmpty())
        return;
    using Callback = std::remove_reference_t<F>;
    auto callback = [](void *context, int, const char *token, int size, int start, int end) {
        (*static_cast<Callback *>(context))(token, size, start, end);
        return SQLITE_OK;
    };
    d->methods.xTokenize(d->tokenizer, &onToken, FTS5_TOKENIZE_DOCUMENT, utf8.data(), int(utf8.size()), callback);
}

QList<FtsTokenizer::Token> FtsTokenizer::tokens(QByteArrayView utf8) const
{
    QList<Token> tokens;
    run(utf8, [&tokens](const char *token, int size, int start, int end) {
        tokens.append(Token {QByteArray(token, size), start, end});
    });
    return tokens;
}

std::vector<FtsTokenizer::Bounds> FtsTokenizer::tokenBounds(QByteArrayView utf8) const
{
    std::vector<Bounds> bounds;
    bounds.reserve(size_t(utf8.size() / 6));
    run(utf8, [&bounds](const char *, int, int start, int end) { bounds.push_back({start, end}); });
    return bounds;
}

int FtsTokenizer::count(QByteArrayView utf8) const
{
    int n = 0;
    run(utf8, [&n](const char *, int, int, int) { ++n; });
    return n;
}

} // namespace dateline
