#pragma once

#include "extract/countries/wordtoken.h"

#include <QList>
#include <QStringView>

namespace dateline {

class CountryGazetteer;

// Finds gazetteer phrases in tokenised text, longest match first: "South
// Korea" wins over "Korea", "Latin American" (a blocking phrase) over
// "American". Matching is case-sensitive, as proper nouns are.
class CountryMatcher final
{
public:
    struct Match
    {
        int entry = -1;
        int first = 0; // first token
        int last = 0; // one past the last token
    };

    explicit CountryMatcher(const CountryGazetteer &gazetteer)
        : m_gazetteer(gazetteer)
    {
    }

    // The longest entry starting at token `index`, or -1.
    int matchAt(QStringView text, const QList<WordToken> &tokens, int index) const;
    // All non-overlapping matches, blocking phrases included, left to right.
    QList<Match> matchAll(QStringView text, const QList<WordToken> &tokens) const;

private:
    const CountryGazetteer &m_gazetteer;
};

} // namespace dateline
