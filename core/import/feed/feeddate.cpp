#include "import/feed/feeddate.h"

#include <QDate>
#include <QRegularExpression>

namespace dateline {

namespace {

int monthFromName(QStringView name)
{
    static const char *const kMonths[]
        = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() < 3)
        return 0;
    const QStringView head = name.first(3);
    for (int i = 0; i < 12; ++i) {
        if (head.compare(QLatin1String(kMonths[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

// Offset in minutes for a zone written as a name, +hhmm, +hh:mm or +hh;
// false when the zone is not understood.
bool zoneOffset(QStringView zone, int *minutes, bool *utc)
{
    *utc = false;
    *minutes = 0;
    if (zone.isEmpty()) {
        *utc = true; // RFC 822 without a zone: read as GMT, as feed readers do
        return true;
    }
    if (zone.front() == QLatin1Char('+') || zone.front() == QLatin1Char('-')) {
        QString digits = zone.sliced(1).toString();
        digits.remove(QLatin1Char(':'));
        bool ok = false;
        int value = digits.toInt(&ok);
        if (!ok || digits.isEmpty() || digits.size() > 4)
            return false;
        if (digits.size() <= 2)
            value *= 100;
        const int total = (value / 100) * 60 + value % 100;
        if (value / 100 > 14 || value % 100 > 59)
            return false;
        *minutes = zone.front() == QLatin1Char('-') ? -total : total;
        *utc = total == 0 && zone.front() == QLatin1Char('+');
        return true;
    }
    struct Named
    {
        const char *name;
        int hours;
    };
    static const Named kZones[]
        = {{"gmt", 0},  {"ut", 0},   {"utc", 0},  {"z", 0},     {"est", -5},  {"edt", -4}, {"cst", -6}, {"cdt", -5},
           {"mst", -7}, {"mdt", -6}, {"pst", -8}, {"pdt", -7},  {"bst", 1},   {"cet", 1},  {"cest", 2}, {"eet", 2},
           {"eest", 3}, {"ist", 5},  {"jst", 9},  {"hst", -10}, {"akst", -9}, {"akdt", -8}};
    for (const Named &n : kZones) {
        if (zone.compare(QLatin1String(n.name), Qt::CaseInsensitive) == 0) {
            *minutes = n.hours * 60;
            *utc = n.hours == 0;
            return true;
        }
    }
    // Military single letters other than Z are unreliable in the wild: treat as UTC.
    if (zone.size() == 1 && zone.front().isLetter()) {
        *utc = true;
        return true;
    }
    return false;
}

// value zero-padded to width digits, as QString::arg(value, width, 10, '0')
// writes it; without arg()'s parsing of a pattern, as every item has dates.
void appendPadded(QString &out, int value, int width)
{
    if (value < 0) {
        out += QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
        return;
    }
    char digits[12];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0);
    for (int i = n; i < width; ++i)
        out += QLatin1Char('0');
    while (n > 0)
        out += QLatin1Char(digits[--n]);
}

QString format(int y, int mo, int d, int h, int mi, int s, bool hasTime, bool hasZone, bool utc, int offset)
{
    if (!QDate::isValid(y, mo, d))
        return {};
    QString out;
    out.reserve(25);
    appendPadded(out, y, 4);
    out += QLatin1Char('-');
    appendPadded(out, mo, 2);
    out += QLatin1Char('-');
    appendPadded(out, d, 2);
    if (!hasTime)
        return out;
    if (h > 24 || mi > 59 || s > 60)
        return {};
    out += QLatin1Char('T');
    appendPadded(out, h, 2);
    out += QLatin1Char(':');
    appendPadded(out, mi, 2);
    out += QLatin1Char(':');
    appendPadded(out, s, 2);
    if (!hasZone)
        return out;
    if (utc)
        return out + QLatin1Char('Z');
    const int a = offset < 0 ? -offset : offset;
    out += offset < 0 ? QLatin1Char('-') : QLatin1Char('+');
    appendPadded(out, a / 60, 2);
    out += QLatin1Char(':');
    appendPadded(out, a % 60, 2);
    return out;
}

int fullYear(QStringView digits)
{
    const int y = digits.toInt();
    if (digits.size() == 2)
        return y < 50 ? 2000 + y : 1900 + y; // RFC 2822 section 4.3
    if (digits.size() == 3)
        return 1900 + y;
    return y;
}

QString fromIso(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?(?:[T ]\s*(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{1,4})?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(s);
    if (!m.hasMatch())
        return {};
    const int y = m.capturedView(1).toInt();
    const int mo = m.capturedLength(2) ? m.capturedView(2).toInt() : 1;
    const int d = m.capturedLength(3) ? m.capturedView(3).toInt() : 1;
    const bool hasTime = m.capturedLength(4) > 0;
    int offset = 0;
    bool utc = false;
    const bool hasZone = m.capturedLength(7) > 0;
    if (hasZone && !zoneOffset(m.capturedView(7), &offset, &utc))
        return {};
    if (!m.capturedLength(2))
        return QDate::isValid(y, 1, 1) ? QString::number(y) : QString();
    if (!m.capturedLength(3))
        return QDate::isValid(y, mo, 1)
            ? QStringLiteral("%1-%2").arg(y, 4, 10, QLatin1Char('0')).arg(mo, 2, 10, QLatin1Char('0'))
            : QString();
    return format(y, mo, d, hasTime ? m.capturedView(4).toInt() : 0, hasTime ? m.capturedView(5).toInt() : 0,
                  m.capturedLength(6) ? m.capturedView(6).toInt() : 0, hasTime, hasTime && hasZone, utc, offset);
}

// "Wed, 31 Dec 2003 10:14:55 GMT" and relatives: the weekday is optional,
// day and month may swap ("Dec 31 2003"), the year may have two digits and
// the time may lack seconds.
QString fromRfc822(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:[A-Za-z]+\.?(?:,\s*|\s+))?(?:(\d{1,2})[\s\-]+([A-Za-z]{3,})\.?|([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?)[\s\-,]+(\d{2,4})(?:[\s,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(?:([AaPp])\.?[Mm]\.?)?)?\s*(\(?[A-Za-z]{1,5}\)?|[+-]\d{2}:?\d{2}|[+-]\d{2})?(?:\s.*)?$)"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return {};
    const bool dayFirst = m.capturedLength(1) > 0;
    const int d = (dayFirst ? m.capturedView(1) : m.capturedView(4)).toInt();
    const int mo = monthFromName(dayFirst ? m.capturedView(2) : m.capturedView(3));
    if (mo == 0)
        return {};
    const int y = fullYear(m.capturedView(5));
    const bool hasTime = m.capturedLength(6) > 0;
    int h = hasTime ? m.capturedView(6).toInt() : 0;
    if (m.capturedLength(9)) {
        const bool pm = m.capturedView(9).compare(QLatin1String("p"), Qt::CaseInsensitive) == 0;
        if (h == 12)
            h = 0;
        if (pm)
            h += 12;
    }
    QString zone = m.captured(10);
    zone.remove(QLatin1Char('('));
    zone.remove(QLatin1Char(')'));
    int offset = 0;
    bool utc = false;
    if (!zoneOffset(zone, &offset, &utc)) {
        offset = 0;
        utc = true;
    }
    return format(y, mo, d, h, hasTime ? m.capturedView(7).toInt() : 0,
                  m.capturedLength(8) ? m.capturedView(8).toInt() : 0, hasTime, true, utc, offset);
}

} // namespace

QString FeedDate::toIso(QStringView text)
{
    const QString s = text.toString().simplified();
    if (s.isEmpty() || s.size() > 100)
        return {};
    if (s.front().isDigit() && s.size() >= 4 && s.at(1).isDigit() && s.at(2).isDigit() && s.at(3).isDigit()) {
        if (QString iso = fromIso(s); !iso.isEmpty())
            return iso;
    }
    return fromRfc822(s);
}

} // namespace dateline
