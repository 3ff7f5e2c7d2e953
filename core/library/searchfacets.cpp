#include "library/searchfacets.h"

#include "model/extraction.h"

#include <QStringList>

#include <algorithm>

namespace dateline {

namespace {

QString year(QDate d)
{
    return QStringLiteral("y%1").arg(d.year(), 4, 10, QLatin1Char('0'));
}

QString month(QDate d)
{
    return QStringLiteral("m%1%2").arg(d.year(), 4, 10, QLatin1Char('0')).arg(d.month(), 2, 10, QLatin1Char('0'));
}

QString day(QDate d)
{
    return month(d).replace(0, 1, QLatin1Char('d')) + QStringLiteral("%1").arg(d.day(), 2, 10, QLatin1Char('0'));
}

// Exactly YYYY-MM-DD first, as migration 003 accepted it with SQLite's date().
QDate publishedDate(const QString &published)
{
    const QString head = published.left(10);
    if (head.size() != 10 || head.at(4) != QLatin1Char('-') || head.at(7) != QLatin1Char('-'))
        return {};
    const QDate d = QDate::fromString(head, Qt::ISODate);
    return d.isValid() && d.year() >= 0 && d.year() <= 9999 ? d : QDate();
}

} // namespace

QString SearchFacets::ofArticle(const QString &published, const QList<CountryMention> &countries)
{
    QStringList codes;
    codes.reserve(countries.size());
    for (const CountryMention &c : countries)
        codes << c.code;
    return ofArticleCodes(published, codes);
}

QString SearchFacets::ofArticleCodes(const QString &published, const QStringList &countryCodes)
{
    QStringList words;
    if (const QDate d = publishedDate(published); d.isValid())
        words << year(d) << month(d) << day(d);
    QStringList codes;
    for (const QString &code : countryCodes) {
        const QString word = country(code);
        if (!codes.contains(word))
            codes << word;
    }
    words << codes;
    return words.join(QLatin1Char(' '));
}

QString SearchFacets::ofStatement(qint64 personId, const QString &articleFacets)
{
    return QString::fromUtf8(ofStatementUtf8(personId, articleFacets.toUtf8()));
}

QByteArray SearchFacets::ofStatementUtf8(qint64 personId, const QByteArray &articleFacets)
{
    if (personId <= 0)
        return articleFacets;
    QByteArray facets = person(personId).toLatin1();
    if (!articleFacets.isEmpty())
        facets += ' ' + articleFacets;
    return facets;
}

QByteArray SearchFacets::ofArticleRowUtf8(QList<qint64> personIds, const QByteArray &articleFacets)
{
    std::sort(personIds.begin(), personIds.end());
    personIds.erase(std::unique(personIds.begin(), personIds.end()), personIds.end());
    QByteArray facets;
    for (const qint64 id : personIds) {
        if (id <= 0)
            continue;
        facets += person(id).toLatin1();
        facets += ' ';
    }
    facets += articleFacets;
    if (facets.endsWith(' '))
        facets.chop(1);
    return facets;
}

QString SearchFacets::person(qint64 id)
{
    return QStringLiteral("p%1").arg(id);
}

QString SearchFacets::country(const QString &code)
{
    return QLatin1Char('c') + code.trimmed().toLower();
}

QStringList SearchFacets::dateRange(QDate from, QDate to)
{
    QStringList words;
    QDate d = from;
    while (d.isValid() && d <= to) {
        if (d.month() == 1 && d.day() == 1 && d.addYears(1).addDays(-1) <= to) {
            words << year(d);
            d = d.addYears(1);
        } else if (d.day() == 1 && d.addMonths(1).addDays(-1) <= to) {
            words << month(d);
            d = d.addMonths(1);
        } else {
            words << day(d);
            d = d.addDays(1);
        }
    }
    return words;
}

} // namespace dateline
