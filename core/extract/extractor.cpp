#include "extract/extractor.h"

#include "extract/countries/ambassadorextractor.h"
#include "extract/countries/countryextractor.h"
#include "extract/countries/wordtokenizer.h"
#include "extract/statements/statementextractor.h"

namespace dateline {

Extraction Extractor::extract(const Article &article)
{
    Extraction e;
    e.statements = StatementExtractor::extract(article);
    // One word split of each paragraph serves both country passes.
    const QList<QList<Token>> tokens = WordTokenizer::tokenize(article.paragraphs);
    e.countries = CountryExtractor::extract(article, tokens);
    e.ambassadors = AmbassadorExtractor::extract(article, e.countries, tokens);
    return e;
}

QString Extractor::countryName(const QString &code)
{
    return CountryExtractor::countryName(code);
}

} // namespace dateline
