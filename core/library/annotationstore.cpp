#include "library/annotationstore.h"

#include "library/database.h"
#include "library/paragraphtext.h"
#include "library/searchquery.h"
#include "library/sqlstatement.h"
#include "library/transaction.h"
#include "model/annotationanchor.h"
#include "model/article.h"

#include <QDateTime>

#include <sqlite3.h>

#include <algorithm>

namespace dateline {

namespace {

const QString kColumns = QStringLiteral("id, exact, prefix, suffix, span_start, span_end, color, note, created_at, "
                                        "updated_at");

UserAnnotation readAnnotation(const SqlStatement &st, int first = 0)
{
    UserAnnotation a;
    a.id = st.integer(first);
    a.exact = st.text(first + 1);
    a.prefix = st.text(first + 2);
    a.suffix = st.text(first + 3);
    a.start = int(st.integer(first + 4));
    a.end = int(st.integer(first + 5));
    a.color = st.text(first + 6);
    a.note = st.text(first + 7);
    a.created = st.text(first + 8);
    a.updated = st.text(first + 9);
    return a;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

AnnotationStore::AnnotationStore(Database &db)
    : m_db(db)
{
}

std::optional<QString> AnnotationStore::plainText(qint64 articleId)
{
    SqlStatement a(
        m_db,
        QStringLiteral(
            "SELECT headline, standfirst, dateline_body(body), paragraph_lengths FROM articles WHERE id = ?1"));
    a.bind(1, articleId);
    if (!a.step())
        return std::nullopt;
    Article article;
    article.headline = a.text(0);
    article.standfirst = a.text(1);
    article.paragraphs = ParagraphText::split(a.utf8(2), a.text(3));
    return article.plainText();
}

std::optional<UserAnnotation> AnnotationStore::add(qint64 articleId, int start, int end, const QString &color,
                                                   const QString &note)
{
    const std::optional<QString> text = plainText(articleId);
    if (!text)
        return std::nullopt;
    UserAnnotation a = AnnotationAnchor::fromRange(*text, start, end);
    if (a.exact.isEmpty())
        return std::nullopt;
    a.color = color;
    a.note = note;
    a.id = insert(articleId, a);
    return annotation(a.id);
}

qint64 AnnotationStore::insert(qint64 articleId, const UserAnnotation &a)
{
    const QString stamp = now();
    SqlStatement st(m_db,
                    QStringLiteral("INSERT INTO annotations(id, article_id, exact, prefix, suffix, span_start, "
                                   "span_end, color, note, created_at, updated_at) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    // A NULL id lets SQLite choose; a taken id is not reused.
    if (a.id > 0 && !annotation(a.id))
        st.bind(1, a.id);
    else
        st.bindNull(1);
    st.bind(2, articleId)
        .bind(3, a.exact)
        .bind(4, a.prefix)
        .bind(5, a.suffix)
        .bind(6, a.start)
        .bind(7, a.end)
        .bind(8, a.color)
        .bind(9, a.note)
        .bind(10, a.created.isEmpty() ? stamp : a.created)
        .bind(11, a.updated.isEmpty() ? stamp : a.updated);
    st.run();
    return m_db.lastInsertId();
}

bool AnnotationStore::update(qint64 id, const QString &color, const QString &note)
{
    SqlStatement st(m_db,
                    QStringLiteral("UPDATE annotations SET color = ?2, note = ?3, updated_at = ?4 WHERE id = ?1"));
    st.bind(1, id).bind(2, color).bind(3, note).bind(4, now());
    st.run();
    return m_db.changes() > 0;
}

bool AnnotationStore::remove(qint64 id)
{
    SqlStatement st(m_db, QStringLiteral("DELETE FROM annotations WHERE id = ?1"));
    st.bind(1, id);
    st.run();
    return m_db.changes() > 0;
}

std::optional<UserAnnotation> AnnotationStore::annotation(qint64 id)
{
    SqlStatement st(m_db, QStringLiteral("SELECT %1 FROM annotations WHERE id = ?1").arg(kColumns));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readAnnotation(st);
}

qint64 AnnotationStore::articleOf(qint64 id)
{
    SqlStatement st(m_db, QStringLiteral("SELECT article_id FROM annotations WHERE id = ?1"));
    st.bind(1, id);
    return st.step() ? st.integer(0) : 0;
}

QList<UserAnnotation> AnnotationStore::list(qint64 articleId)
{
    QList<UserAnnotation> out;
    {
        SqlStatement st(
            m_db,
            QStringLiteral("SELECT %1 FROM annotations WHERE article_id = ?1 ORDER BY span_start, id").arg(kColumns));
        st.bind(1, articleId);
        while (st.step())
            out << readAnnotation(st);
    }
    if (out.isEmpty())
        return out;
    const QString text = plainText(articleId).value_or(QString());
    QList<UserAnnotation> moved;
    for (UserAnnotation &a : out) {
        const std::optional<UserAnnotation> anchored = AnnotationAnchor::reanchor(a, text);
        if (!anchored
            || (anchored->start == a.start && anchored->end == a.end && anchored->prefix == a.prefix
                && anchored->suffix == a.suffix))
            continue;
        a = *anchored;
        moved << a;
    }
    if (!moved.isEmpty() && sqlite3_db_readonly(m_db.handle(), "main") == 0) {
        // Stored once, so the next reader (and an export) finds it in place.
        Transaction t(m_db);
        SqlStatement st(m_db,
                        QStringLiteral("UPDATE annotations SET prefix = ?2, suffix = ?3, span_start = ?4, "
                                       "span_end = ?5 WHERE id = ?1"));
        for (const UserAnnotation &a : moved) {
            st.bind(1, a.id).bind(2, a.prefix).bind(3, a.suffix).bind(4, a.start).bind(5, a.end);
            st.run();
            st.reset();
        }
        t.commit();
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const UserAnnotation &x, const UserAnnotation &y) { return x.start < y.start; });
    return out;
}

QList<NoteHit> AnnotationStore::search(const QString &query, int limit)
{
    QList<NoteHit> hits;
    const QString match = SearchQuery::toFts(query);
    if (match.isEmpty())
        return hits;
    SqlStatement st(m_db,
                    QStringLiteral("SELECT a.article_id, ar.headline, snippet(annotations_fts, -1, '[', ']', '…', 16), "
                                   "a.id, a.exact, a.prefix, a.suffix, a.span_start, a.span_end, a.color, a.note, "
                                   "a.created_at, a.updated_at FROM annotations_fts "
                                   "JOIN annotations a ON a.id = annotations_fts.rowid "
                                   "JOIN articles ar ON ar.id = a.article_id "
                                   "WHERE annotations_fts MATCH ?1 ORDER BY bm25(annotations_fts), a.id LIMIT ?2"));
    st.bind(1, match).bind(2, qBound(1, limit, 1000));
    while (st.step()) {
        NoteHit h;
        h.articleId = st.integer(0);
        h.headline = st.text(1);
        h.snippet = st.text(2);
        h.annotation = readAnnotation(st, 3);
        hits << h;
    }
    return hits;
}

} // namespace dateline
