#pragma once

#include "extract/countries/countrymatcher.h"
#include "extract/countries/gazetteerentry.h"
#include "model/article.h"

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

    bool isCountry(QStringView text, const QList<WordToken> &tokens, const CountryMatcher::Match &match,
                   const GazetteerEntry &entry);

private:
    bool looksLikePerson(QStringView text, const QList<WordToken> &tokens, const CountryMatcher::Match &match,
                         const GazetteerEntry &entry) const;
    bool looksLikeUsState(QStringView text, const QList<WordToken> &tokens, const CountryMatcher::Match &match,
                          const GazetteerEntry &entry);
    // Looks once through the story for US-state cues (Atlanta) and for
    // Tbilisi, which settles that Georgia is the country.
    void scanStory();

    const Article &m_article;
    bool m_scanned = false;
    bool m_usStateCue = false;
    bool m_tbilisi = false;
    QStringView m_statesParagraph; // the paragraph m_otherStates was computed for
    bool m_otherStates = false;
};

} // namespace dateline
