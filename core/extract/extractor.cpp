#include "extract/extractor.h"

#include "extract/countries/ambassadorextractor.h"
#include "extract/countries/countryextractor.h"
#include "extract/countries/wordtokenizer.h"
#include "extract/statements/statementextractor.h"
#include "extract/statements/tokenizer.h"

#include <vector>

namespace dateline {

Extraction Extractor::extract(const Article &article)
{
    // Each paragraph is read once: the statement tokens, and from them the
    // finer word split that both country passes share.
    const qsizetype n = article.paragraphs.size();
    std::vector<std::vector<Token>> tokens(static_cast<size_t>(n));
    QList<QList<WordToken>> words;
    words.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        Tokenizer::tokenize(article.paragraphs.at(i), tokens[size_t(i)]);
        words.append(WordTokenizer::tokenize(article.paragraphs.at(i), tokens[size_t(i)]));
    }
    Extraction e;
    e.statements = StatementExtractor::extract(article, tokens);
    e.countries = CountryExtractor::extract(article, words);
    e.ambassadors = AmbassadorExtractor::extract(article, e.countries, words);
    return e;
}

QString Extractor::countryName(const QString &code)
{
    return CountryExtractor::countryName(code);
}

} // namespace dateline
