#pragma once

#include "extract/countries/wordtoken.h"
#include "model/article.h"

#include <QList>

namespace dateline {

// Finds ambassadors, envoys and other heads of mission with their sending and
// host countries.
class AmbassadorExtractor final
{
public:
    static QList<AmbassadorMention> extract(const Article &article, const QList<CountryMention> &countries);
    // The same with the paragraphs already split by WordTokenizer, one
    // token list per paragraph (the country extractor's).
    static QList<AmbassadorMention> extract(const Article &article, const QList<CountryMention> &countries,
                                            const QList<QList<WordToken>> &tokens);
};

} // namespace dateline
