#pragma once

#include "extract/countries/countrymatcher.h"
#include "extract/countries/gazetteerentry.h"
#include "model/article.h"

#include <optional>

namespace dateline {

// Decides from context whether an ambiguous match means the country: Jordan
// the player, Chad the first name, Washington the person or the state,
// Georgia the US state. Plain words pass unchecked.
class CountryDisambiguator final
{
public:
    explicit CountryDisambiguator(const Article &article)
        : m_article(article)
    {
    }

    bool isCountry(QStringView text, const QList<Token> &tokens, const CountryMatcher::Match &match,
                   const GazetteerEntry &entry);

private:
    bool looksLikePerson(QStringView text, const QList<Token> &tokens, const CountryMatcher::Match &match,
                         const GazetteerEntry &entry) const;
    bool looksLikeUsState(QStringView text, const QList<Token> &tokens, const CountryMatcher::Match &match,
                          const GazetteerEntry &entry);
    bool usStateStory();

    const Article &m_article;
    std::optional<bool> m_usStateStory; // computed on first need
};

} // namespace dateline
