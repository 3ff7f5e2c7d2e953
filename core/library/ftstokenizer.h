#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <memory>
#include <vector>

struct sqlite3;
struct fts5_api;

namespace dateline {

// The tokenizer of the library's full-text indexes (FTS5's unicode61 with
// remove_diacritics 2), for code that must agree with the index on what a
// word is and where it stands: the token positions of statements inside
// their article's body (StatementPositions) and the words a snippet
// highlights. FTS5's own, so the two can never drift apart.
class FtsTokenizer final
{
public:
    // The tokenizer on a connection's FTS5; invalid if it has none.
    explicit FtsTokenizer(sqlite3 *db);
    ~FtsTokenizer();
    FtsTokenizer(const FtsTokenizer &) = delete;
    FtsTokenizer &operator=(const FtsTokenizer &) = delete;

    // One per thread, on a private in-memory connection: for the import's
    // parsing threads, which have no library connection.
    static const FtsTokenizer &forThisThread();

    // The arguments of `tokenize = '...'` in the schema, after the name.
    static constexpr const char *kName = "unicode61";
    static constexpr const char *kArguments[] = {"remove_diacritics", "2"};

    bool isValid() const;

    // The connection's FTS5 interface; null when it has none.
    static fts5_api *fts5Of(sqlite3 *db);

    struct Token
    {
        QByteArray text; // folded: lower case, no diacritics
        int start = 0; // byte range in the tokenized text
        int end = 0;
    };
    QList<Token> tokens(QByteArrayView utf8) const;
    // Where each token starts and ends (bytes), in order.
    struct Bounds
    {
        int start = 0;
        int end = 0;
        bool operator==(const Bounds &) const = default;
    };
    std::vector<Bounds> tokenBounds(QByteArrayView utf8) const;
    // How many tokens the text holds: the positions it takes in a column.
    int count(QByteArrayView utf8) const;

private:
    template<typename F> void run(QByteArrayView utf8, F &&onToken) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dateline
