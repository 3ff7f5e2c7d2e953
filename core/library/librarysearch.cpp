#include "library/librarysearch.h"

#include "library/database.h"
#include "library/searchquery.h"
#include "library/sqlstatement.h"
#include "library/textkey.h"

#include <QStringList>
#include <QVariant>

namespace dateline {

namespace {

constexpr int kMaxLimit = 1000;

QString likeEscaped(QString s)
{
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    s.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return s;
}

// WHERE clauses and their parameters, bound in order.
struct Conditions
{
    QStringList clauses;
    QList<QVariant> values;

    void add(const QString &clause, const QList<QVariant> &params = {})
    {
        clauses << clause;
        values << params;
    }
    QString where() const
    {
        return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
    void bind(SqlStatement &st, int first = 1) const
    {
        int i = first;
        for (const QVariant &v : values) {
            if (v.typeId() == QMetaType::LongLong)
                st.bind(i++, v.toLongLong());
            else
                st.bind(i++, v.toString());
        }
    }
};

// Persons whose canonical name or an alias has a word starting with what
// was typed, compared on folded keys ("erdo" finds "Recep Tayyip Erdoğan").
QString speakerClause(const QString &personColumn)
{
    const QString match = QStringLiteral("(key LIKE ? ESCAPE '\\' OR key LIKE ? ESCAPE '\\')");
    return QStringLiteral("%1 IN (SELECT id FROM persons WHERE %2 UNION SELECT person_id FROM person_aliases WHERE %2)")
        .arg(personColumn, match);
}

QList<QVariant> speakerValues(const QString &speaker)
{
    const QString key = likeEscaped(TextKey::of(speaker));
    const QVariant start = key + QLatin1Char('%');
    const QVariant word = QStringLiteral("% ") + key + QLatin1Char('%');
    return {start, word, start, word};
}

// Filters on the article (alias `a`) shared by both searches.
void addArticleFilters(Conditions &c, const SearchFilter &f)
{
    if (!f.country.trimmed().isEmpty())
        c.add(QStringLiteral("EXISTS (SELECT 1 FROM country_mentions cm WHERE cm.article_id = a.id AND cm.code = ?)"),
              {f.country.trimmed().toUpper()});
    if (f.from.isValid())
        c.add(QStringLiteral("a.published <> '' AND substr(a.published, 1, 10) >= ?"), {f.from.toString(Qt::ISODate)});
    if (f.to.isValid())
        c.add(QStringLiteral("a.published <> '' AND substr(a.published, 1, 10) <= ?"), {f.to.toString(Qt::ISODate)});
    if (!f.source.trimmed().isEmpty()) {
        const QString s = f.source.trimmed();
        c.add(QStringLiteral("(a.agency = ? COLLATE NOCASE OR a.source LIKE ? ESCAPE '\\')"),
              {s, likeEscaped(s) + QLatin1Char('%')});
    }
}

int clampedLimit(int limit)
{
    return qBound(1, limit, kMaxLimit);
}

} // namespace

StatementResults LibrarySearch::statements(Database &db, const SearchFilter &f)
{
    StatementResults results;
    const QString match = SearchQuery::toFts(f.query);
    const bool hasSpeaker = !TextKey::of(f.speaker).isEmpty();
    if (match.isEmpty()) {
        // Without words a search lists by speaker or country alone, but
        // typed words that leave nothing searchable ("-", "*") find nothing.
        const bool filtered = hasSpeaker || !f.country.trimmed().isEmpty();
        if (!f.query.trimmed().isEmpty() || !filtered)
            return results;
    }

    Conditions c;
    QString from;
    QString snippet;
    QString order;
    if (!match.isEmpty()) {
        from = QStringLiteral(" FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid "
                              "JOIN articles a ON a.id = s.article_id");
        c.add(QStringLiteral("statements_fts MATCH ?"), {match});
        snippet = QStringLiteral("snippet(statements_fts, 0, ?, ?, '…', 24)");
        order = QStringLiteral("bm25(statements_fts)");
    } else {
        from = QStringLiteral(" FROM statements s JOIN articles a ON a.id = s.article_id");
        snippet = QStringLiteral("s.text");
        order = QStringLiteral("a.published DESC");
    }
    if (hasSpeaker)
        c.add(speakerClause(QStringLiteral("s.person_id")), speakerValues(f.speaker));
    addArticleFilters(c, f);
    if (f.order == SearchOrder::Newest)
        order = QStringLiteral("a.published DESC");

    SqlStatement count(db, QStringLiteral("SELECT count(*)") + from + c.where());
    c.bind(count);
    results.total = count.step() ? count.integer(0) : 0;
    if (results.total == 0)
        return results;

    SqlStatement st(db,
                    QStringLiteral("SELECT s.id, s.article_id, a.headline, a.published, s.speaker, s.text, %1, "
                                   "s.paragraph, s.span_start, s.span_end")
                            .arg(snippet)
                        + from + c.where() + QStringLiteral(" ORDER BY %1, s.id LIMIT ? OFFSET ?").arg(order));
    int first = 1;
    if (!match.isEmpty()) {
        st.bind(1, f.highlightOpen).bind(2, f.highlightClose);
        first = 3;
    }
    c.bind(st, first);
    const int next = first + int(c.values.size());
    st.bind(next, clampedLimit(f.limit)).bind(next + 1, qMax(0, f.offset));
    while (st.step()) {
        StatementHit h;
        h.statementId = st.integer(0);
        h.articleId = st.integer(1);
        h.headline = st.text(2);
        h.published = st.text(3);
        h.speaker = st.text(4);
        h.text = st.text(5);
        h.snippet = st.text(6);
        h.paragraph = int(st.integer(7));
        h.start = int(st.integer(8));
        h.end = int(st.integer(9));
        results.hits << h;
    }
    return results;
}

ArticleResults LibrarySearch::articles(Database &db, const SearchFilter &f)
{
    ArticleResults results;
    const QString match = SearchQuery::toFts(f.query);
    if (match.isEmpty())
        return results;

    Conditions c;
    const QString from = QStringLiteral(" FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid");
    c.add(QStringLiteral("articles_fts MATCH ?"), {match});
    if (!TextKey::of(f.speaker).isEmpty())
        c.add(QStringLiteral("EXISTS (SELECT 1 FROM statements s WHERE s.article_id = a.id AND ")
                  + speakerClause(QStringLiteral("s.person_id")) + QLatin1Char(')'),
              speakerValues(f.speaker));
    addArticleFilters(c, f);
    const QString order
        = f.order == SearchOrder::Newest ? QStringLiteral("a.published DESC") : QStringLiteral("bm25(articles_fts)");

    SqlStatement count(db, QStringLiteral("SELECT count(*)") + from + c.where());
    c.bind(count);
    results.total = count.step() ? count.integer(0) : 0;
    if (results.total == 0)
        return results;

    SqlStatement st(db,
                    QStringLiteral("SELECT a.id, a.headline, a.published, a.source, "
                                   "snippet(articles_fts, -1, ?, ?, '…', 24)")
                        + from + c.where() + QStringLiteral(" ORDER BY %1, a.id LIMIT ? OFFSET ?").arg(order));
    st.bind(1, f.highlightOpen).bind(2, f.highlightClose);
    c.bind(st, 3);
    const int next = 3 + int(c.values.size());
    st.bind(next, clampedLimit(f.limit)).bind(next + 1, qMax(0, f.offset));
    while (st.step()) {
        ArticleHit h;
        h.articleId = st.integer(0);
        h.headline = st.text(1);
        h.published = st.text(2);
        h.source = st.text(3);
        h.snippet = st.text(4);
        results.hits << h;
    }
    return results;
}

} // namespace dateline
