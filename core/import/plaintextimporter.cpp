#include "import/plaintextimporter.h"

#include "import/textlines.h"

#include <QRegularExpression>

namespace dateline {

namespace {

// "MOSCOW, Jan 16 (Reuters) -", "WASHINGTON (AP) —",
// "STOCKHOLM, Aug 29, 2014 (AFP) -", "LOS ANGELES, Calif., March 3 (Reuters) -".
const QRegularExpression &ledePattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(?<place>[\p{Lu}][\p{Lu}\p{Mn} .'’\-]{1,40}?(?:,\s*[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)?))"
        R"((?:,\s*(?<month>[A-Z][a-z]{2,8}\.?)\s+(?<day>\d{1,2})(?:,\s*(?<year>\d{4}))?)?)"
        R"(\s*\((?<agency>[A-Za-z][A-Za-z .\-/]{0,30})\)\s*(?:[-—–]+|:)\s*)"));
    return re;
}

const QRegularExpression &byPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^By\s+(?<names>[\p{Lu}].{1,150})$)"));
    return re;
}

// A dated line on its own, such as "January 16, 2026", "16 January 2026",
// "2026-01-16" or "Published: 16.01.2026", gives the date (and the year a
// wire lede leaves out).
QString lineDate(const QString &line)
{
    static const QRegularExpression iso(
        QStringLiteral(R"(\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:?\d{2})?)?\b)"));
    static const QRegularExpression mdy(QStringLiteral(R"(\b([A-Z][a-z]{2,8}\.?)\s+(\d{1,2}),?\s+(\d{4})\b)"));
    static const QRegularExpression dmy(QStringLiteral(R"(\b(\d{1,2})\s+([A-Z][a-z]{2,8}\.?)\s+(\d{4})\b)"));
    static const QRegularExpression dotted(QStringLiteral(R"(\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b)"));
    if (line.size() > 80)
        return {};
    const auto fmt = [](int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > 31)
            return QString();
        return QStringLiteral("%1-%2-%3")
            .arg(y, 4, 10, QLatin1Char('0'))
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(d, 2, 10, QLatin1Char('0'));
    };
    if (auto m = iso.match(line); m.hasMatch()) {
        QString date = fmt(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!date.isEmpty() && m.hasCaptured(4))
            date += QLatin1Char('T') + m.captured(4) + m.captured(5);
        return date;
    }
    if (auto m = mdy.match(line); m.hasMatch())
        return fmt(m.captured(3).toInt(), textlines::monthNumber(m.capturedView(1)), m.captured(2).toInt());
    if (auto m = dmy.match(line); m.hasMatch())
        return fmt(m.captured(3).toInt(), textlines::monthNumber(m.capturedView(2)), m.captured(1).toInt());
    if (auto m = dotted.match(line); m.hasMatch())
        return fmt(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return {};
}

QString agencyName(const QString &code)
{
    const QString c = code.trimmed();
    if (c.compare(QLatin1String("AP"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Associated Press");
    if (c.compare(QLatin1String("AA"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Anadolu Agency");
    return c;
}

QStringList splitNames(const QString &names)
{
    static const QRegularExpression sep(QStringLiteral(R"(\s*(?:,|\band\b|&)\s*)"));
    QStringList out;
    for (const QString &n : names.split(sep, Qt::SkipEmptyParts)) {
        QString t = n.trimmed();
        // "By Jane Doe, Reuters" or "Jane Doe for AP": the agency is not an author.
        if (t.isEmpty() || t == QLatin1String("Reuters") || t == QLatin1String("AP") || t == QLatin1String("AFP")
            || t.startsWith(QLatin1String("Associated Press")))
            continue;
        out << t;
    }
    return out;
}

} // namespace

ImportResult PlainTextImporter::parse(const QString &text, const QString &source)
{
    const QStringList lines = textlines::splitLines(text);
    Article a;
    a.source = source;
    a.format = QStringLiteral("text");

    int i = 0;
    while (i < lines.size() && lines[i].isEmpty())
        ++i;
    if (i >= lines.size())
        return ImportResult::failure(QStringLiteral("the file holds no text"));

    // The first line is the headline unless it is already a wire lede or a
    // long paragraph (a story pasted without one).
    if (!ledePattern().match(lines[i]).hasMatch() && lines[i].size() <= 250) {
        a.headline = lines[i];
        ++i;
    }

    // Metadata lines between headline and body: a byline and/or a date.
    for (int scanned = 0; i < lines.size() && scanned < 4; ++scanned) {
        if (lines[i].isEmpty()) {
            ++i;
            continue;
        }
        if (auto m = byPattern().match(lines[i]); m.hasMatch() && lines[i].size() < 160) {
            a.authors = splitNames(m.captured(u"names"));
            ++i;
            continue;
        }
        const QString date = lineDate(lines[i]);
        if (!date.isEmpty() && a.published.isEmpty() && lines[i].size() < 60) {
            a.published = date;
            ++i;
            continue;
        }
        break;
    }

    QStringList paragraphs = textlines::paragraphsFrom(lines.mid(i));
    if (!paragraphs.isEmpty()) {
        if (auto m = ledePattern().match(paragraphs.first()); m.hasMatch()) {
            a.dateline = m.captured(u"place").trimmed();
            a.agency = agencyName(m.captured(u"agency"));
            const int month = textlines::monthNumber(m.capturedView(u"month"));
            if (month > 0) {
                int year = m.captured(u"year").toInt();
                if (year == 0 && a.published.size() >= 4)
                    year = a.published.left(4).toInt();
                if (year > 0 && (a.published.isEmpty() || !m.captured(u"year").isEmpty())) {
                    a.published = QStringLiteral("%1-%2-%3")
                                      .arg(year, 4, 10, QLatin1Char('0'))
                                      .arg(month, 2, 10, QLatin1Char('0'))
                                      .arg(m.captured(u"day").toInt(), 2, 10, QLatin1Char('0'));
                }
            }
            paragraphs.first() = paragraphs.first().mid(m.capturedEnd());
            if (paragraphs.first().isEmpty())
                paragraphs.removeFirst();
        }
    }
    a.paragraphs = paragraphs;
    if (a.paragraphs.isEmpty() && a.headline.isEmpty())
        return ImportResult::failure(QStringLiteral("the file holds no text"));

    ImportResult result;
    result.articles << a;
    return result;
}

} // namespace dateline
