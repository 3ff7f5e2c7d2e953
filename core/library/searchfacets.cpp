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

// Appends `value` (not negative) in decimal, zero-padded to `width` digits.
void appendDigits(QString &out, int value, int width)
{
    char16_t digits[12];
    int n = 0;
    do {
        digits[n++] = char16_t(u'0' + value % 10);
        value /= 10;
    } while (value > 0 && n < 12);
    while (n < width && n < 12)
        digits[n++] = u'0';
    while (n > 0)
        out += QChar(digits[--n]);
}

// Exactly YYYY-MM-DD first, as migration 003 accepted it with SQLite's date().
QDate publishedDate(const QString &published)
{
    // Nearly every article: eight digits where the date has them, read
    // here as QDate::fromString(Qt::ISODate) reads them (year 0 is none).
    if (published.size() >= 10 && published.at(4) == QLatin1Char('-') && published.at(7) == QLatin1Char('-')) {
        const auto digit = [&published](qsizetype i) {
            const char16_t c = published.at(i).unicode();
            return c >= u'0' && c <= u'9' ? int(c - u'0') : -1;
        };
        int value[8];
        int k = 0;
        for (const qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
            value[k] = digit(i);
            if (value[k++] < 0)
                break;
        }
        if (k == 8 && value[7] >= 0) {
            const int y = value[0] * 1000 + value[1] * 100 + value[2] * 10 + value[3];
            const QDate d = y > 0 ? QDate(y, value[4] * 10 + value[5], value[6] * 10 + value[7]) : QDate();
            return d.isValid() ? d : QDate();
        }
    }
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
    // What year(), month() and day() make of a date, written out directly:
    // every article comes here once, and QString::arg took most of the time.
    QString words;
    words.reserve(26 + 4 * countryCodes.size());
    if (const QDate d = publishedDate(published); d.isValid()) {
        words += QLatin1Char('y');
        appendDigits(words, d.year(), 4);
        words += QLatin1String(" m");
        appendDigits(words, d.year(), 4);
        appendDigits(words, d.month(), 2);
        words += QLatin1String(" d");
        appendDigits(words, d.year(), 4);
        appendDigits(words, d.month(), 2);
        appendDigits(words, d.day(), 2);
    }
    QStringList codes;
    for (const QString &code : countryCodes) {
        const QString word = country(code);
        if (!codes.contains(word))
            codes << word;
    }
    for (const QString &code : std::as_const(codes)) {
        if (!words.isEmpty())
            words += QLatin1Char(' ');
        words += code;
    }
    return words;
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
    return QLatin1Char('p') + QString::number(id);
}

QString SearchFacets::country(const QString &code)
{
    // ISO codes are two ASCII letters: lower-cased here without Qt's
    // Unicode tables; anything else the long way.
    QString word(code.size() + 1, Qt::Uninitialized);
    char16_t *w = reinterpret_cast<char16_t *>(word.data());
    *w++ = u'c';
    for (const QChar ch : code) {
        const char16_t c = ch.unicode();
        if (c >= 0x80 || c <= u' ')
            return QLatin1Char('c') + code.trimmed().toLower();
        *w++ = c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
    }
    return word;
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
