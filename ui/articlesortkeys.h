#pragma once

#include <QtGlobal>

namespace dateline {
class Database;
}

namespace dateline::ui {

// The article list's sort keys other than the date (which has an index):
// folded headline, folded source, number of speakers and of countries.
// Computed in ORDER BY they cost a full pass over the library for every
// page (counting speakers reads every statement: seconds per page at
// 100,000 articles). This keeps them in a TEMP table of the reader's
// connection with an index per key, built on first use and again only after
// another connection committed (PRAGMA data_version); a page is then an
// index walk.
class ArticleSortKeys final
{
public:
    // temp.article_keys(article_id, headline, source, speakers, countries), current.
    void ensure(Database &db);
    // The connection changed (the library was opened again).
    void reset() { m_version = -1; }

private:
    qint64 m_version = -1;
};

} // namespace dateline::ui
