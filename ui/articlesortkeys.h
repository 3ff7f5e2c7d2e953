#pragma once

#include <QString>

#include <array>

namespace dateline {
class Database;
}

namespace dateline::ui {

// The article list's sort keys other than the date (which has an index):
// folded headline, folded source, number of speakers and of countries.
// Computed in ORDER BY they cost a full pass over the library for every
// page (counting speakers reads every statement: seconds per page at
// 100,000 articles). This keeps each in a TEMP table of the reader's
// connection with an index, built the first time the list is sorted by it
// and again only after another connection committed (PRAGMA data_version);
// a page is then an index walk. Each key is built on its own: sorting by
// headline does not wait for every statement to be counted.
class ArticleSortKeys final
{
public:
    enum class Key { Headline, Source, Speakers, Countries };

    // temp.article_key_<key>(article_id INTEGER PRIMARY KEY, value), current,
    // indexed on (value, article_id).
    void ensure(Database &db, Key key);
    static QString table(Key key);
    // The connection changed (the library was opened again).
    void reset() { m_versions.fill(-1); }

private:
    std::array<qint64, 4> m_versions {-1, -1, -1, -1};
};

} // namespace dateline::ui
