#include "extract/extractor.h"

#include "extract/countries/ambassadorextractor.h"
#include "extract/countries/countryextractor.h"
#include "extract/statements/statementextractor.h"

namespace dateline {

Extraction Extractor::extract(const Article &article)
{
    Extraction e;
    e.statements = StatementExtractor::extract(article);
    e.countries = CountryExtractor::extract(article);
    e.ambassadors = AmbassadorExtractor::extract(article, e.countries);
    return e;
}

QString Extractor::countryName(const QString &code)
{
    return CountryExtractor::countryName(code);
}

} // namespace dateline
