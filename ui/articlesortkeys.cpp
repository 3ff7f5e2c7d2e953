#include "articlesortkeys.h"

#include "library/database.h"

namespace dateline::ui {

namespace {

const char *name(ArticleSortKeys::Key key)
{
    switch (key) {
    case ArticleSortKeys::Key::Headline:
        return "headline";
    case ArticleSortKeys::Key::Source:
        return "source";
    case ArticleSortKeys::Key::Speakers:
        return "speakers";
    case ArticleSortKeys::Key::Countries:
        return "countries";
    }
    return "headline";
}

// Every article's value of the key, as (id, value) rows.
QString values(ArticleSortKeys::Key key)
{
    switch (key) {
    case ArticleSortKeys::Key::Headline:
        return QStringLiteral("SELECT id, lower(headline) FROM articles");
    case ArticleSortKeys::Key::Source:
        return QStringLiteral(
            "SELECT a.id, lower(coalesce((SELECT f.title FROM feed_articles fa JOIN feeds f ON f.id = fa.feed_id"
            "   WHERE fa.article_id = a.id AND f.title <> '' ORDER BY f.id LIMIT 1),"
            "   CASE WHEN a.agency <> '' THEN a.agency ELSE a.source END)) FROM articles a");
    case ArticleSortKeys::Key::Speakers:
        // The statements view's speaker (the row's own or its person's
        // name), read from the rows: the view would also join what the
        // count does not need.
        return QStringLiteral(
            "SELECT a.id, coalesce(s.n, 0) FROM articles a LEFT JOIN"
            " (SELECT r.article_id, count(DISTINCT coalesce(r.speaker, p.name)) AS n FROM statement_rows r"
            "   LEFT JOIN persons p ON p.id = r.person_id WHERE coalesce(r.speaker, p.name, '') <> ''"
            "   GROUP BY r.article_id) s ON s.article_id = a.id");
    case ArticleSortKeys::Key::Countries:
        return QStringLiteral("SELECT a.id, coalesce(c.n, 0) FROM articles a LEFT JOIN"
                              " (SELECT article_id, count(*) AS n FROM article_countries GROUP BY article_id) c"
                              " ON c.article_id = a.id");
    }
    return {};
}

} // namespace

QString ArticleSortKeys::table(Key key)
{
    return QStringLiteral("temp.article_key_") + QLatin1String(name(key));
}

void ArticleSortKeys::ensure(Database &db, Key key)
{
    const qint64 version = db.queryInt(QStringLiteral("PRAGMA data_version"));
    qint64 &built = m_versions[size_t(key)];
    if (version == built)
        return;
    const QString t = table(key);
    const QLatin1String n(name(key));
    db.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(t));
    db.exec(QStringLiteral("CREATE TEMP TABLE article_key_%1 (article_id INTEGER PRIMARY KEY, value NOT NULL)").arg(n));
    // One INSERT ... SELECT reads one state of the library; a commit after
    // the version was read makes the next call build again.
    db.exec(QStringLiteral("INSERT INTO %1 %2").arg(t, values(key)));
    db.exec(QStringLiteral("CREATE INDEX temp.article_key_%1_value ON article_key_%1(value, article_id)").arg(n));
    built = version;
}

} // namespace dateline::ui
