#include "library/ftstokenizer.h"

#include <sqlite3.h>

#include <array>
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

// What a byte is to unicode61: in ASCII a letter or digit (a token
// character) or a separator; from 0x80 on, part of a longer character.
enum ByteClass : unsigned char { Separator, TokenByte, Longer };

constexpr std::array<ByteClass, 256> byteClasses()
{
    std::array<ByteClass, 256> classes {};
    for (int b = 0; b < 256; ++b) {
        const bool alnum = (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
        classes[size_t(b)] = b >= 0x80 ? Longer : alnum ? TokenByte : Separator;
    }
    return classes;
}

// The width of the character at p[0] (before `end`) if it is one of the
// common ones, with whether it is a token character; 0 if not.
int commonCharacter(const unsigned char *p, const unsigned char *end, bool *token)
{
    const unsigned char b = p[0];
    *token = false;
    if (b == 0xc2 && end - p >= 2 && p[1] == 0xa0)
        return 2; // U+00A0
    if ((b == 0xc3 || b == 0xc4 || b == 0xc5) && end - p >= 2 && (p[1] & 0xc0) == 0x80) {
        // U+00C0-U+017F: letters with diacritics (ü, ç, ş, ğ), but for
        // the multiplication and division signs.
        if (b == 0xc3 && (p[1] == 0x97 || p[1] == 0xb7))
            return 0;
        *token = true;
        return 2;
    }
    if (b == 0xe2 && end - p >= 3 && p[1] == 0x80) {
        switch (p[2]) {
        case 0x93: // U+2013, U+2014: dashes
        case 0x94:
        case 0x98: // U+2018, U+2019, U+201C, U+201D: quotation marks
        case 0x99:
        case 0x9c:
        case 0x9d:
        case 0xa6: // U+2026: ellipsis
            return 3;
        default:
            return 0;
        }
    }
    return 0;
}

// Calls onToken(start, end) for the tokens unicode61 (remove_diacritics 2,
// no characters added to or taken from the tokens) finds in `utf8`, and
// returns true, if every character outside ASCII is one English news is
// full of: the separators among them (curly quotation marks, en and em
// dashes, the ellipsis, the no-break space) and the Latin letters with
// diacritics of U+00C0-U+017F, token characters. Else it returns false at
// the first other one, and the caller asks unicode61 itself. In ASCII
// unicode61 takes letters and digits as token characters and every other
// byte as a separator. Bounds only: nothing is folded.
template<typename F> bool commonTokens(QByteArrayView utf8, F &&onToken)
{
    static constexpr std::array<ByteClass, 256> classes = byteClasses();
    const auto *begin = reinterpret_cast<const unsigned char *>(utf8.data());
    const unsigned char *const end = begin + utf8.size();
    const unsigned char *p = begin;
    const unsigned char *start = nullptr; // of the token being read
    while (p < end) {
        // Runs of ASCII letters and digits and of ASCII separators: most
        // of the text, a byte a step.
        if (start) {
            while (p < end && classes[*p] == TokenByte)
                ++p;
        } else {
            while (p < end && classes[*p] == Separator)
                ++p;
        }
        if (p == end)
            break;
        bool token = false;
        int width = 1;
        switch (classes[*p]) {
        case TokenByte:
            token = true;
            break;
        case Separator:
            break;
        case Longer:
            width = commonCharacter(p, end, &token);
            if (width == 0)
                return false;
            break;
        }
        if (token && !start) {
            start = p;
        } else if (!token && start) {
            onToken(int(start - begin), int(p - begin));
            start = nullptr;
        }
        p += width;
    }
    if (start)
        onToken(int(start - begin), int(end - begin));
    return true;
}

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
    if (!d->tokenizer)
        return bounds;
    bounds.reserve(size_t(utf8.size() / 6));
    // Most bodies: under half the instructions unicode61 takes for them.
    if (commonTokens(utf8, [&bounds](int start, int end) { bounds.push_back({start, end}); }))
        return bounds;
    bounds.clear();
    run(utf8, [&bounds](const char *, int, int start, int end) { bounds.push_back({start, end}); });
    return bounds;
}

int FtsTokenizer::count(QByteArrayView utf8) const
{
    if (!d->tokenizer)
        return 0;
    int n = 0;
    if (commonTokens(utf8, [&n](int, int) { ++n; }))
        return n;
    n = 0;
    run(utf8, [&n](const char *, int, int, int) { ++n; });
    return n;
}

} // namespace dateline
