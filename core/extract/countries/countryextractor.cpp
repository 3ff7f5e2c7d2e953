#include "extract/countries/countryextractor.h"

namespace dateline {

QList<CountryMention> CountryExtractor::extract(const Article &article)
{
    Q_UNUSED(article);
    return {};
}

QString CountryExtractor::countryName(const QString &code)
{
    return code;
}

} // namespace dateline
