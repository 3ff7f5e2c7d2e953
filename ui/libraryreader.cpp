#include "libraryreader.h"

#include "articlelistmodel.h"

#include "library/libraryerror.h"
#include "library/sqlstatement.h"

#include <QPointer>

namespace dateline::ui {

namespace {

// Matches the quick filter anywhere in headline, agency or source (?1 is a
// LIKE pattern with \ as escape) and the library pane's scope (?4). Left out
// when unused: then count(*) reads the smallest index instead of every row
// (2 ms against 190 ms for 100,000 articles).
QString where(const QString &pattern, ArticleQuery::Scope scope)
{
    QStringList clauses;
    if (!pattern.isEmpty())
        clauses << QStringLiteral("(a.headline LIKE ?1 ESCAPE '\\' OR a.agency LIKE ?1 ESCAPE '\\'"
                                  " OR a.source LIKE ?1 ESCAPE '\\')");
    switch (scope) {
    case ArticleQuery::Scope::All:
        break;
    case ArticleQuery::Scope::Source:
        clauses << QStringLiteral("a.agency = ?4");
        break;
    case ArticleQuery::Scope::Country:
        clauses << QStringLiteral(
            "EXISTS (SELECT 1 FROM article_countries cm WHERE cm.article_id = a.id AND cm.code = ?4)");
        break;
    case ArticleQuery::Scope::Starred:
        clauses << QStringLiteral("EXISTS (SELECT 1 FROM article_flags f WHERE f.article_id = a.id AND f.starred)");
        break;
    case ArticleQuery::Scope::Notes:
        clauses << QStringLiteral("EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = a.id AND n.note <> '')");
        break;
    }
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

void bindScope(SqlStatement &st, const ArticleQuery &query)
{
    if (query.scope == ArticleQuery::Scope::Source || query.scope == ArticleQuery::Scope::Country)
        st.bind(4, query.scopeValue);
}

QString likePattern(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QString escaped = trimmed;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The list's columns in its order; every one but the date's is sorted by an
// ArticleSortKeys table (alias k).
std::optional<ArticleSortKeys::Key> sortKey(const ArticleQuery &query)
{
    switch (query.sortColumn) {
    case ArticleListModel::Headline:
        return ArticleSortKeys::Key::Headline;
    case ArticleListModel::Source:
        return ArticleSortKeys::Key::Source;
    case ArticleListModel::Speakers:
        return ArticleSortKeys::Key::Speakers;
    case ArticleListModel::Countries:
        return ArticleSortKeys::Key::Countries;
    default:
        return std::nullopt;
    }
}

QString orderBy(const ArticleQuery &query)
{
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // The id breaks ties, so pages never overlap or skip rows; with a key
    // it is the key table's, so its (value, id) index gives the order.
    if (sortKey(query))
        return QStringLiteral(" ORDER BY k.value") + direction + QStringLiteral(", k.article_id") + direction;
    return QStringLiteral(" ORDER BY a.published") + direction + QStringLiteral(", a.id") + direction;
}

QStringList split(const QString &joined, QChar separator)
{
    return joined.isEmpty() ? QStringList() : joined.split(separator);
}

} // namespace

LibraryReader::LibraryReader(QObject *parent)
    : QObject(parent)
    , m_db(QStringLiteral("LibraryReader"))
    , m_list(QStringLiteral("LibraryList"))
{
}

LibraryReader::~LibraryReader()
{
    m_list.stop();
    m_db.stop();
}

template<typename F> void LibraryReader::post(F &&f)
{
    QMetaObject::invokeMethod(this, std::forward<F>(f), Qt::QueuedConnection);
}

template<typename F> void LibraryReader::onThread(F &&work)
{
    m_db.run(std::forward<F>(work),
             [this](const QString &message) { post([this, message] { Q_EMIT failed(message); }); });
}

template<typename F> void LibraryReader::onListThread(F &&work)
{
    m_list.run(std::forward<F>(work),
               [this](const QString &message) { post([this, message] { Q_EMIT failed(message); }); });
}

void LibraryReader::open(const QString &path)
{
    m_db.open(
        path,
        [this, path] {
            // The list's connection opens once this one has created or
            // upgraded the file, and before opened() lets the window ask
            // for pages, which queue behind it.
            m_list.open(
                path, [this] { m_sortKeys.reset(); }, // keys belong to the library they were built from
                [this](const QString &message) { post([this, message] { Q_EMIT failed(message); }); });
            const qint64 articles
                = m_db.library()->database().queryInt(QStringLiteral("SELECT count(*) FROM articles"));
            post([this, articles] { Q_EMIT opened(articles); });
        },
        [this](const QString &message) {
            m_list.close(); // no pages from a library that is not the one asked for
            post([this, message] { Q_EMIT failed(message); });
        });
}

void LibraryReader::fetchRows(quint64 generation, const ArticleQuery &query, int offset, int limit)
{
    onListThread([this, generation, query, offset, limit] {
        const qint64 total = offset == 0 ? countRows(query) : -1;
        QList<ArticleRow> rows = queryRows(query, offset, limit);
        post([this, generation, offset, rows = std::move(rows), total] {
            Q_EMIT rowsFetched(generation, offset, rows, total);
        });
    });
}

qint64 LibraryReader::countRows(const ArticleQuery &query)
{
    const QString pattern = likePattern(query.filter);
    SqlStatement count(m_list.library()->database(),
                       QStringLiteral("SELECT count(*) FROM articles a") + where(pattern, query.scope));
    if (!pattern.isEmpty())
        count.bind(1, pattern);
    bindScope(count, query);
    return count.step() ? count.integer(0) : 0;
}

QList<ArticleRow> LibraryReader::queryRows(const ArticleQuery &query, int offset, int limit)
{
    const QString pattern = likePattern(query.filter);
    QString from = QStringLiteral(" FROM articles a");
    if (const std::optional<ArticleSortKeys::Key> key = sortKey(query)) {
        m_sortKeys.ensure(m_list.library()->database(), *key);
        from = QStringLiteral(" FROM articles a JOIN %1 k ON k.article_id = a.id").arg(ArticleSortKeys::table(*key));
    }
    // Speakers in order of first statement, countries most mentioned first;
    // the unit separator cannot occur in a name. The feed title is the
    // first subscribed feed's that brought the article.
    SqlStatement select(
        m_list.library()->database(),
        QStringLiteral("SELECT a.id, a.headline, a.published, a.agency, a.source, a.standfirst, a.link,"
                       " (SELECT group_concat(speaker, char(31)) FROM (SELECT speaker, min(id) AS first FROM statements"
                       "   WHERE article_id = a.id AND speaker <> '' GROUP BY speaker ORDER BY first)),"
                       " (SELECT group_concat(code, ',') FROM (SELECT code FROM article_countries"
                       "   WHERE article_id = a.id ORDER BY mentions DESC, first)),"
                       " (SELECT f.title FROM feed_articles fa JOIN feeds f ON f.id = fa.feed_id"
                       "   WHERE fa.article_id = a.id AND f.title <> '' ORDER BY f.id LIMIT 1)")
            + from + where(pattern, query.scope) + orderBy(query) + QStringLiteral(" LIMIT ?2 OFFSET ?3"));
    if (!pattern.isEmpty())
        select.bind(1, pattern);
    bindScope(select, query);
    select.bind(2, limit).bind(3, offset);
    QList<ArticleRow> rows;
    while (select.step()) {
        ArticleRow row;
        row.id = select.integer(0);
        row.headline = select.text(1);
        row.published = select.text(2);
        row.agency = select.text(3);
        row.source = select.text(4);
        row.standfirst = select.text(5);
        row.link = select.text(6);
        row.speakers = split(select.text(7), QChar(31));
        row.countries = split(select.text(8), QLatin1Char(','));
        row.feed = select.text(9);
        rows << row;
    }
    return rows;
}

void LibraryReader::loadArticle(qint64 id)
{
    onThread([this, id] {
        std::optional<StoredArticle> article = m_db.library()->article(id);
        if (article)
            post([this, article = std::move(*article)] { Q_EMIT articleLoaded(article); });
    });
}

void LibraryReader::searchStatements(quint64 generation, const SearchFilter &filter)
{
    m_latestSearch.store(generation);
    onThread([this, generation, filter] {
        if (m_latestSearch.load() != generation)
            return;
        StatementResults results = m_db.library()->searchStatements(filter);
        post([this, generation, results = std::move(results)] { Q_EMIT statementsFound(generation, results); });
    });
}

void LibraryReader::searchArticles(quint64 generation, const SearchFilter &filter)
{
    m_latestSearch.store(generation);
    onThread([this, generation, filter] {
        if (m_latestSearch.load() != generation)
            return;
        ArticleResults results = m_db.library()->searchArticles(filter);
        post([this, generation, results = std::move(results)] { Q_EMIT articlesFound(generation, results); });
    });
}

void LibraryReader::run(QObject *context, std::function<std::function<void()>(Library &)> work)
{
    onThread([this, context = QPointer<QObject>(context), work = std::move(work)] {
        std::function<void()> done = work(*m_db.library());
        post([context, done = std::move(done)] {
            if (context && done)
                done();
        });
    });
}

} // namespace dateline::ui
