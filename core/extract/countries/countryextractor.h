#pragma once

#include "model/article.h"

#include <QList>

namespace dateline {

// Finds mentions of countries (names, demonyms, capitals, the dateline) and
// maps each to its ISO 3166-1 alpha-2 code.
class CountryExtractor final
{
public:
    static QList<CountryMention> extract(const Article &article);
    static QString countryName(const QString &code);
};

} // namespace dateline
