#pragma once

#include <QtGlobal>

namespace dateline {

// Counts for `dateline-cli stats` and the status bar.
struct LibraryStats
{
    qint64 articles = 0;
    qint64 paragraphs = 0;
    qint64 statements = 0;
    qint64 persons = 0;
    qint64 countryMentions = 0;
    qint64 countries = 0; // distinct codes
    qint64 ambassadorMentions = 0;
    qint64 sources = 0;
    qint64 annotations = 0;
    qint64 staleArticles = 0; // extracted by an older extractor version
    int schemaVersion = 0;
    qint64 fileBytes = 0;
};

} // namespace dateline
