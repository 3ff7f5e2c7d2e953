#include "extract/countries/ambassadorextractor.h"

namespace dateline {

QList<AmbassadorMention> AmbassadorExtractor::extract(const Article &article, const QList<CountryMention> &countries)
{
    Q_UNUSED(article);
    Q_UNUSED(countries);
    return {};
}

} // namespace dateline
