#pragma once

#include "model/article.h"

namespace dateline {

// Runs every extractor over an article: statements with speakers, country
// mentions, ambassador mentions. Deterministic and offline.
class Extractor final
{
public:
    // Stored with each article; raising it makes `dateline-cli reindex`
    // re-extract the library.
    static constexpr int kVersion = 1;

    static Extraction extract(const Article &article);
    // English short name for an ISO 3166-1 alpha-2 code ("KR" -> "South Korea").
    static QString countryName(const QString &code);
};

} // namespace dateline
