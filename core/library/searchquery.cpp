#include "library/searchquery.h"

#include <QList>
#include <QStringList>

namespace dateline {

namespace {

struct Term
{
    QString text;
    bool prefix = false;
    bool negated = false;
    bool orOperator = false;
};

bool isSearchable(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

QString quoted(const Term &t)
{
    QString q = t.text;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"') + (t.prefix ? QStringLiteral("*") : QString());
}

QList<Term> scan(const QString &input, const std::function<bool(const QString &)> &hasWords)
{
    QString s = input;
    // Control and format characters never belong in a query; as separators
    // they cannot glue two words into something unexpected.
    for (QChar &c : s) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c.category() == QChar::Other_Surrogate || c.category() == QChar::Other_NotAssigned)
            c = QLatin1Char(' ');
    }

    QList<Term> terms;
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n && terms.size() < SearchQuery::kMaxTerms) {
        if (s.at(i).isSpace()) {
            ++i;
            continue;
        }
        Term t;
        if (s.at(i) == QLatin1Char('-')) {
            t.negated = true;
            ++i;
            if (i >= n || s.at(i).isSpace())
                continue; // a lone '-' excludes nothing
        }
        if (s.at(i) == QLatin1Char('"')) {
            const qsizetype close = s.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? n : close; // an unclosed phrase runs to the end
            t.text = s.mid(i + 1, end - i - 1).simplified();
            i = close < 0 ? n : close + 1;
            while (i < n && s.at(i) == QLatin1Char('*')) {
                t.prefix = true;
                ++i;
            }
        } else {
            qsizetype end = i;
            while (end < n && !s.at(end).isSpace() && s.at(end) != QLatin1Char('"'))
                ++end;
            QString word = s.mid(i, end - i);
            i = end;
            if (!t.negated && word == QLatin1String("OR")) {
                t.orOperator = true;
                terms << t;
                continue;
            }
            while (word.endsWith(QLatin1Char('*'))) {
                word.chop(1);
                t.prefix = true;
            }
            t.text = word;
        }
        t.text.truncate(SearchQuery::kMaxTermLength);
        if (isSearchable(t.text) && (!hasWords || hasWords(t.text)))
            terms << t;
    }
    return terms;
}

} // namespace

SearchQuery::Parsed SearchQuery::parse(const QString &input, const std::function<bool(const QString &)> &hasWords)
{
    const QList<Term> terms = scan(input, hasWords);

    // Positive terms form AND-ed groups; OR joins its two neighbours into
    // one group, as in web search ("putin OR erdogan said").
    Parsed parsed;
    bool joinNext = false;
    for (const Term &t : terms) {
        if (t.orOperator) {
            joinNext = !parsed.groups.isEmpty();
            continue;
        }
        if (t.negated) {
            parsed.excluded << quoted(t);
            continue;
        }
        if (joinNext)
            parsed.groups.last() << quoted(t);
        else
            parsed.groups << QStringList {quoted(t)};
        joinNext = false;
    }
    return parsed;
}

QString SearchQuery::Parsed::positive() const
{
    QStringList parts;
    for (const QStringList &g : groups)
        parts << (g.size() == 1 ? g.first() : QLatin1Char('(') + g.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    return parts.join(QStringLiteral(" AND "));
}

QString SearchQuery::Parsed::toFts() const
{
    if (groups.isEmpty())
        return {};
    QString fts = positive();
    if (!excluded.isEmpty())
        fts = QLatin1Char('(') + fts + QStringLiteral(") NOT ") + excluded.join(QStringLiteral(" NOT "));
    return fts;
}

} // namespace dateline
