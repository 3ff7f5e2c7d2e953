#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace dateline {

// Turns what a person types into an FTS5 MATCH expression that cannot fail:
// words, "phrases", prefix*, -exclusion and OR (between two terms) are
// understood; every term is emitted quoted, so FTS5 operators, column
// filters, quotes and punctuation in the input are only ever text.
class SearchQuery final
{
public:
    // The query's phrases, each an FTS5 string ("word", "two words"*),
    // in the order toFts() names them: AND-ed groups of OR-ed phrases,
    // then the excluded ones.
    struct Parsed
    {
        QList<QStringList> groups;
        QStringList excluded;

        bool isEmpty() const { return groups.isEmpty(); }
        // "a AND (b OR c)": the groups alone.
        QString positive() const;
        QString toFts() const;
    };
    // `hasWords` drops terms the index would see no word in (FTS5 leaves
    // such a phrase out of its count, or matches nothing with it).
    static Parsed parse(const QString &input, const std::function<bool(const QString &)> &hasWords = {});

    // Empty when nothing searchable remains (blank input, punctuation only,
    // exclusions only): callers then match nothing rather than everything.
    static QString toFts(const QString &input) { return parse(input).toFts(); }

    // Upper bounds that keep a pasted novel from becoming a huge query.
    static constexpr int kMaxTerms = 32;
    static constexpr int kMaxTermLength = 200;
};

} // namespace dateline
