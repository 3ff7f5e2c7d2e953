#include "library/speakertimeline.h"

#include "library/database.h"
#include "library/sqlstatement.h"
#include "library/statementhitrow.h"
#include "library/textkey.h"

#include <QRegularExpression>

namespace dateline {

namespace {

// The person a speaker name stands for: the one of that canonical name, or
// when there is none, those known by it as an alias ("Erdogan").
const QString kPersons
    = QStringLiteral("s.person_id IN (SELECT id FROM persons WHERE key = ?1 UNION SELECT person_id FROM person_aliases"
                     " WHERE key = ?1 AND NOT EXISTS (SELECT 1 FROM persons WHERE key = ?1))");

bool isMonth(const QString &month)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}$"));
    return pattern.match(month).hasMatch();
}

} // namespace

QList<MonthCount> SpeakerTimeline::monthCounts(Database &db, const QString &speaker, qint64 *undated)
{
    QList<MonthCount> months;
    if (undated)
        *undated = 0;
    const QString key = TextKey::of(speaker);
    if (key.isEmpty())
        return months;
    SqlStatement st(db,
                    QStringLiteral("SELECT substr(a.published, 1, 7) AS month, count(*) FROM statements s"
                                   " JOIN articles a ON a.id = s.article_id WHERE ")
                        + kPersons + QStringLiteral(" GROUP BY month ORDER BY month"));
    st.bind(1, key);
    while (st.step()) {
        const QString month = st.text(0);
        const int count = int(st.integer(1));
        if (isMonth(month))
            months.append({month, count});
        else if (undated)
            *undated += count;
    }
    return months;
}

StatementResults SpeakerTimeline::statements(Database &db, const QString &speaker, const QString &month, int limit)
{
    StatementResults results;
    const QString key = TextKey::of(speaker);
    if (key.isEmpty())
        return results;
    QString where = QStringLiteral(" WHERE ") + kPersons;
    if (!month.isEmpty())
        where += QStringLiteral(" AND substr(a.published, 1, 7) = ?2");
    const QString from = QStringLiteral(" FROM statements s JOIN articles a ON a.id = s.article_id") + where;

    SqlStatement count(db, QStringLiteral("SELECT count(*)") + from);
    count.bind(1, key);
    if (!month.isEmpty())
        count.bind(2, month);
    results.total = count.step() ? count.integer(0) : 0;
    if (results.total == 0)
        return results;

    // Undated articles sort last: what has a date is what a timeline shows.
    // The rows of the list first, then their columns: the statements view
    // derives each text from its article's body.
    const QString order
        = QStringLiteral("a.published = '', a.published, s.article_id, s.paragraph, s.span_start, s.id");
    SqlStatement st(db,
                    QStringLiteral("SELECT s.id, s.article_id, a.headline, a.published, s.speaker, s.text,"
                                   " s.paragraph, s.span_start, s.span_end FROM (SELECT s.id AS id")
                        + from + QStringLiteral(" ORDER BY ") + order
                        + QStringLiteral(" LIMIT ?3) m JOIN statements s ON s.id = m.id JOIN articles a ON a.id = "
                                         "s.article_id ORDER BY ")
                        + order);
    st.bind(1, key);
    if (!month.isEmpty())
        st.bind(2, month);
    st.bind(3, qBound(1, limit, kMaxStatements));
    while (st.step()) {
        StatementHit h = statementHitFromRow(st);
        h.snippet = h.text;
        results.hits << h;
    }
    return results;
}

SpeakerHistory SpeakerTimeline::history(Database &db, const QString &speaker, const QString &month)
{
    SpeakerHistory h;
    h.speaker = speaker;
    h.months = monthCounts(db, speaker, &h.undated);
    h.statements = statements(db, speaker, month);
    return h;
}

} // namespace dateline
