#include "library/librarysearch.h"

#include "library/database.h"
#include "library/ftstokenizer.h"
#include "library/pageselection.h"
#include "library/searchfacets.h"
#include "library/searchquery.h"
#include "library/sqlstatement.h"
#include "library/statementhitrow.h"
#include "library/statementhits.h"
#include "library/statementpositionscache.h"
#include "library/statementsnippet.h"
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
        c.add(QStringLiteral("EXISTS (SELECT 1 FROM article_countries cm WHERE cm.article_id = a.id AND cm.code = ?)"),
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

QString quotedWord(const QString &word)
{
    QString q = word;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// "{facets} : ("a" OR "b")": any of the words in the facets column.
QString anyFacet(const QStringList &words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString &w : words)
        quoted << quotedWord(w);
    return QStringLiteral("{facets} : (") + quoted.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

// Persons whose canonical name or an alias has a word starting with what
// was typed; see speakerClause.
QList<qint64> speakerIds(Database &db, const QString &speaker)
{
    const QString match = QStringLiteral("(key LIKE ?1 ESCAPE '\\' OR key LIKE ?2 ESCAPE '\\')");
    SqlStatement st(
        db,
        QStringLiteral("SELECT id FROM persons WHERE %1 UNION SELECT person_id FROM person_aliases WHERE %1")
            .arg(match));
    const QList<QVariant> values = speakerValues(speaker);
    st.bind(1, values.at(0).toString()).bind(2, values.at(1).toString());
    QList<qint64> ids;
    while (st.step())
        ids << st.integer(0);
    return ids;
}

// The first or last publication date in the library, from the index on
// articles.published; `fallback` when there is none or it is not a date.
QDate publishedBound(Database &db, const char *sql, QDate fallback)
{
    const QDate d = QDate::fromString(db.queryText(QString::fromLatin1(sql)).left(10), Qt::ISODate);
    return d.isValid() ? d : fallback;
}

// The date filter as facet words. An open end, or one past the dates the
// library holds, stops at the year of its first or last article: whole
// years are one word each, where days to the exact last date were dozens.
// Empty when no date fits.
QStringList dateWords(Database &db, const SearchFilter &f)
{
    const QDate first
        = publishedBound(db, "SELECT min(published) FROM articles WHERE published >= '0'", QDate(1900, 1, 1));
    const QDate last
        = publishedBound(db, "SELECT max(published) FROM articles WHERE published < ':'", QDate(2100, 12, 31));
    const QDate from = f.from.isValid() && f.from > first ? f.from : QDate(first.year(), 1, 1);
    const QDate to = f.to.isValid() && f.to < last ? f.to : QDate(last.year(), 12, 31);
    return SearchFacets::dateRange(from, to);
}

// Highlights the matched words of each hit: snippet() runs for the rows
// of the page only, never for every match.
template<typename Hit>
void addSnippets(Database &db, const QString &table, int column, const QString &match, const SearchFilter &f,
                 QList<Hit> &hits, qint64 Hit::*id)
{
    if (hits.isEmpty())
        return;
    SqlStatement st(db,
                    QStringLiteral("SELECT snippet(%1, %2, ?2, ?3, '…', 24) FROM %1 WHERE %1 MATCH ?1 AND rowid = ?4")
                        .arg(table)
                        .arg(column));
    for (Hit &h : hits) {
        st.bind(1, match).bind(2, f.highlightOpen).bind(3, f.highlightClose).bind(4, h.*id);
        h.snippet = st.step() ? st.text(0) : QString();
        st.reset();
    }
}

} // namespace

StatementResults LibrarySearch::statements(Database &db, const SearchFilter &f)
{
    StatementResults results;
    const FtsTokenizer &tokenizer = FtsTokenizer::forThisThread();
    const SearchQuery::Parsed words
        = SearchQuery::parse(f.query, [&tokenizer](const QString &term) { return tokenizer.count(term.toUtf8()) > 0; });
    const bool hasSpeaker = !TextKey::of(f.speaker).isEmpty();
    const QString country = f.country.trimmed();
    if (words.isEmpty()) {
        // Without words a search lists by speaker or country alone, but
        // typed words that leave nothing searchable ("-", "*") find nothing.
        const bool filtered = hasSpeaker || !country.isEmpty();
        if (!f.query.trimmed().isEmpty() || !filtered)
            return results;
    }

    // Words, speaker, country and dates all become one full-text query on
    // the articles: the index intersects them without visiting a table row
    // per match, and statement_hits() keeps the statements of each article
    // that hold the words themselves. The query tells it what each phrase
    // is for; phrases past its roles (the filter words) count for nothing.
    StatementHits::Query query;
    QStringList parts;
    if (!words.isEmpty()) {
        query.groups = int(words.groups.size());
        for (qsizetype g = 0; g < words.groups.size(); ++g) {
            for (qsizetype k = 0; k < words.groups.at(g).size(); ++k)
                query.roles << int(g);
        }
        QString match = words.positive();
        if (!words.excluded.isEmpty()) {
            // An excluded word elsewhere in the article must not drop its
            // statements: the article matches on the words alone, and the
            // exclusions come along (repeating the words) wherever they are,
            // for their positions.
            for (const QStringList &g : words.groups) {
                for (qsizetype k = 0; k < g.size(); ++k)
                    query.roles << StatementHits::Query::kIgnored;
            }
            for (qsizetype k = 0; k < words.excluded.size(); ++k)
                query.roles << StatementHits::Query::kExcluded;
            match = QStringLiteral("(%1) OR ((%1) AND (%2))").arg(match, words.excluded.join(QStringLiteral(" OR ")));
        }
        parts << QStringLiteral("{body speakers quotes} : (") + match + QLatin1Char(')');
    }
    if (hasSpeaker) {
        query.persons = speakerIds(db, f.speaker);
        if (query.persons.isEmpty())
            return results;
        QStringList persons;
        for (const qint64 id : std::as_const(query.persons))
            persons << SearchFacets::person(id);
        parts << anyFacet(persons);
    }
    if (!country.isEmpty())
        parts << anyFacet({SearchFacets::country(country)});
    if (f.from.isValid() || f.to.isValid()) {
        const QStringList dates = dateWords(db, f);
        if (dates.isEmpty())
            return results;
        parts << anyFacet(dates);
    }

    // The source filter is the one left to the article rows.
    Conditions c;
    c.add(QStringLiteral("articles_fts MATCH ?"), {parts.join(QStringLiteral(" AND "))});
    const bool bySource = !f.source.trimmed().isEmpty();
    if (bySource) {
        const QString s = f.source.trimmed();
        c.add(QStringLiteral("(a.agency = ? COLLATE NOCASE OR a.source LIKE ? ESCAPE '\\')"),
              {s, likeEscaped(s) + QLatin1Char('%')});
    }
    // One pass over the matches counts them and keeps the page. Only the
    // rows of the page are read from the statements view, which derives
    // their text from the article body.
    // The statements' positions come from the connection's cache or, for
    // its first search, by a join (an article without statements has no
    // row there, and no hits).
    StatementPositionsCache &cache = db.statementPositions();
    const bool cached = cache.ready(db);
    query.positions = cached ? &cache : nullptr;
    const QString positions = cached ? QStringLiteral("NULL") : QStringLiteral("sp.positions");
    const QString join
        = cached ? QString() : QStringLiteral(" JOIN statement_positions sp ON sp.article_id = articles_fts.rowid");
    const bool newest = f.order == SearchOrder::Newest || words.isEmpty();
    QString sql;
    if (!newest && !bySource) {
        sql = QStringLiteral(
                  "SELECT statement_hits(articles_fts, ?, %1) FROM articles_fts%2 WHERE articles_fts MATCH ?")
                  .arg(positions, join);
    } else {
        sql = QStringLiteral(
                  "SELECT statement_hits(articles_fts, ?, %1, a.published) FROM articles_fts%2 JOIN articles "
                  "a ON a.id = articles_fts.rowid")
                  .arg(positions, join)
            + c.where();
    }
    PageSelection page(newest ? PageSelection::Order::NewestFirst : PageSelection::Order::BestFirst, qMax(0, f.offset),
                       clampedLimit(f.limit));
    if (newest)
        query.onHit = [&page](qint64 id, double, QByteArrayView published) {
            page.offer(id, published);
        };
    else
        query.onHit = [&page](qint64 id, double score, QByteArrayView) {
            page.offer(id, score);
        };
    SqlStatement matches(db, sql);
    matches.bindPointer(1, &query, StatementHits::kPointerType);
    c.bind(matches, 2);
    while (matches.step()) { }
    results.total = page.seen();

    SqlStatement row(
        db,
        QStringLiteral("SELECT s.id, s.article_id, a.headline, a.published, s.speaker, s.text, s.paragraph, "
                       "s.span_start, s.span_end FROM statements s JOIN articles a ON a.id = s.article_id "
                       "WHERE s.id = ?"));
    QStringList phrases;
    for (const QStringList &g : words.groups)
        phrases << g;
    for (const qint64 id : page.ids()) {
        row.bind(1, id);
        if (row.step()) {
            StatementHit h = statementHitFromRow(row);
            // The words alone: filter words highlight nothing.
            h.snippet = words.isEmpty()
                ? h.text
                : StatementSnippet::of(tokenizer, h.text, phrases, f.highlightOpen, f.highlightClose);
            results.hits << h;
        }
        row.reset();
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
    // The article's own text: speakers, quotes and facets are for statement
    // searches.
    const QString ownText = QStringLiteral("{headline standfirst body} : (") + match + QLatin1Char(')');
    c.add(QStringLiteral("articles_fts MATCH ?"), {ownText});
    if (!TextKey::of(f.speaker).isEmpty())
        c.add(QStringLiteral("EXISTS (SELECT 1 FROM statements s WHERE s.article_id = a.id AND ")
                  + speakerClause(QStringLiteral("s.person_id")) + QLatin1Char(')'),
              speakerValues(f.speaker));
    addArticleFilters(c, f);
    const QString order
        = f.order == SearchOrder::Newest ? QStringLiteral("a.published DESC") : QStringLiteral("bm25(articles_fts)");

    // Without filters the index alone counts, with no row read per match.
    const bool unfiltered = c.clauses.size() == 1;
    SqlStatement count(
        db, QStringLiteral("SELECT count(*)") + (unfiltered ? QStringLiteral(" FROM articles_fts") : from) + c.where());
    c.bind(count);
    results.total = count.step() ? count.integer(0) : 0;
    if (results.total == 0)
        return results;

    const QString columns = QStringLiteral("SELECT a.id, a.headline, a.published, a.source");
    QString sql;
    if (unfiltered && f.order != SearchOrder::Newest) {
        sql = columns
            + QStringLiteral(" FROM (SELECT rowid AS id, bm25(articles_fts) AS score FROM articles_fts WHERE "
                             "articles_fts MATCH ? ORDER BY score, rowid LIMIT ? OFFSET ?) m JOIN articles a ON "
                             "a.id = m.id ORDER BY m.score, m.id");
    } else {
        sql = columns + from + c.where() + QStringLiteral(" ORDER BY %1, a.id LIMIT ? OFFSET ?").arg(order);
    }
    SqlStatement st(db, sql);
    c.bind(st);
    const int next = 1 + int(c.values.size());
    st.bind(next, clampedLimit(f.limit)).bind(next + 1, qMax(0, f.offset));
    while (st.step()) {
        ArticleHit h;
        h.articleId = st.integer(0);
        h.headline = st.text(1);
        h.published = st.text(2);
        h.source = st.text(3);
        results.hits << h;
    }
    addSnippets(db, QStringLiteral("articles_fts"), -1, ownText, f, results.hits, &ArticleHit::articleId);
    return results;
}

} // namespace dateline
