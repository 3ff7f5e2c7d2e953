#pragma once

#include "extract/countries/wordtoken.h"
#include "model/article.h"

#include <QList>

namespace dateline {

// Finds mentions of countries (names, demonyms, capitals, the dateline) and
// maps each to its ISO 3166-1 alpha-2 code.
class CountryExtractor final
{
public:
    static QList<CountryMention> extract(const Article &article);
    // The same with the paragraphs already split by WordTokenizer, one
    // token list per paragraph.
    static QList<CountryMention> extract(const Article &article, const QList<QList<WordToken>> &tokens);
    static QString countryName(const QString &code);
};

} // namespace dateline
