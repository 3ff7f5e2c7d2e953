#pragma once

#include "library/searchfilter.h"
#include "library/searchresults.h"

namespace dateline {

class Database;

// Full-text search over statements and articles with the filters of a
// SearchFilter. Never throws for anything a person can type: the query goes
// through SearchQuery and every value is a bound parameter.
class LibrarySearch final
{
public:
    static StatementResults statements(Database &db, const SearchFilter &filter);
    static ArticleResults articles(Database &db, const SearchFilter &filter);
};

} // namespace dateline
