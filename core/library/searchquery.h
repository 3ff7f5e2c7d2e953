#pragma once

#include <QString>

namespace dateline {

// Turns what a person types into an FTS5 MATCH expression that cannot fail:
// words, "phrases", prefix*, -exclusion and OR (between two terms) are
// understood; every term is emitted quoted, so FTS5 operators, column
// filters, quotes and punctuation in the input are only ever text.
class SearchQuery final
{
public:
    // Empty when nothing searchable remains (blank input, punctuation only,
    // exclusions only): callers then match nothing rather than everything.
    static QString toFts(const QString &input);

    // Upper bounds that keep a pasted novel from becoming a huge query.
    static constexpr int kMaxTerms = 32;
    static constexpr int kMaxTermLength = 200;
};

} // namespace dateline
