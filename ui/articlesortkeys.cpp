#include "articlesortkeys.h"

#include "library/database.h"

namespace dateline::ui {

void ArticleSortKeys::ensure(Database &db)
{
    const qint64 version = db.queryInt(QStringLiteral("PRAGMA data_version"));
    if (version == m_version)
        return;
    db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS article_keys (article_id INTEGER PRIMARY KEY,"
                           " headline TEXT NOT NULL, source TEXT NOT NULL,"
                           " speakers INTEGER NOT NULL, countries INTEGER NOT NULL)"));
    db.exec(QStringLiteral("DELETE FROM temp.article_keys"));
    // One INSERT ... SELECT reads one state of the library; a commit after
    // the version was read makes the next call build again.
    db.exec(QStringLiteral(
        "INSERT INTO temp.article_keys SELECT a.id, lower(a.headline),"
        " lower(coalesce((SELECT f.title FROM feed_articles fa JOIN feeds f ON f.id = fa.feed_id"
        "   WHERE fa.article_id = a.id AND f.title <> '' ORDER BY f.id LIMIT 1),"
        "   CASE WHEN a.agency <> '' THEN a.agency ELSE a.source END)), coalesce(s.n, 0), coalesce(c.n, 0)"
        " FROM articles a"
        " LEFT JOIN (SELECT article_id, count(DISTINCT speaker) AS n FROM statements WHERE speaker <> ''"
        "   GROUP BY article_id) s ON s.article_id = a.id"
        " LEFT JOIN (SELECT article_id, count(*) AS n FROM article_countries GROUP BY article_id) c"
        "   ON c.article_id = a.id"));
    for (const char *key : {"headline", "source", "speakers", "countries"}) {
        db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS temp.article_keys_%1 ON article_keys(%1, article_id)")
                    .arg(QLatin1String(key)));
    }
    m_version = version;
}

} // namespace dateline::ui
