#include "import/agencytextimporter.h"

#include "import/textlines.h"

#include <QRegularExpression>

namespace dateline {

namespace {

// How far from the top the byline may sit: section, headline and standfirst,
// with some slack for a standfirst that wraps over a few lines.
constexpr int kBylineSearchLines = 12;

const QRegularExpression &bylinePattern()
{
    // "Burc Eruygur  | 16.01.2026 - Update : 16.01.2026", times optional,
    // update optional, several authors separated by commas or "and".
    static const QRegularExpression re(
        QStringLiteral(
            R"(^(?<authors>[^|]{2,200}?)\s*\|\s*(?<pub>\d{1,2}\.\d{1,2}\.\d{4})(?:\s+(?<pubtime>\d{1,2}:\d{2}))?)"
            R"((?:\s*-\s*(?:Update|Güncelleme|Mise à jour)\s*:\s*(?<upd>\d{1,2}\.\d{1,2}\.\d{4})(?:\s+(?<updtime>\d{1,2}:\d{2}))?)?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &datelinePattern()
{
    // An upper-case place on a line of its own: "ISTANBUL", "UNITED NATIONS",
    // "İSTANBUL" (Turkish dotted capital), "GAZIANTEP, Türkiye".
    static const QRegularExpression re(
        QStringLiteral(R"(^[\p{Lu}][\p{Lu}\p{Mn} .'’\-]{1,40}(?:,\s*[\p{L} .'’\-]{2,30})?$)"));
    return re;
}

// Paragraphs that are the agency's boilerplate, not the story.
bool isFooter(const QString &paragraph)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(Anadolu Agency website contains only a portion|Anadolu Ajansı web sitesinde|)"
                       R"(.*contact us for subscription options|©\s*Anadolu))"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(paragraph).hasMatch();
}

// Appends value as `width` decimal digits, zero padded (value >= 0).
void appendDigits(QString &out, int value, int width)
{
    char digits[12];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0 && n < int(sizeof digits));
    for (int i = n; i < width; ++i)
        out.append(QLatin1Char('0'));
    while (n > 0)
        out.append(QLatin1Char(digits[--n]));
}

// "16.01.2026" and "09:30" (both as the byline pattern captured them) to
// "2026-01-16T09:30"; written by hand, as QString::arg chains cost more
// than the rest of reading the byline.
QString isoDate(QStringView ddmmyyyy, QStringView time)
{
    const qsizetype dot1 = ddmmyyyy.indexOf(QLatin1Char('.'));
    const qsizetype dot2 = dot1 < 0 ? -1 : ddmmyyyy.indexOf(QLatin1Char('.'), dot1 + 1);
    if (dot2 < 0 || ddmmyyyy.indexOf(QLatin1Char('.'), dot2 + 1) >= 0)
        return {};
    const int d = ddmmyyyy.first(dot1).toInt();
    const int m = ddmmyyyy.sliced(dot1 + 1, dot2 - dot1 - 1).toInt();
    const int y = ddmmyyyy.sliced(dot2 + 1).toInt();
    if (d < 1 || d > 31 || m < 1 || m > 12)
        return {};
    QString out;
    out.reserve(16);
    appendDigits(out, y, 4);
    out.append(QLatin1Char('-'));
    appendDigits(out, m, 2);
    out.append(QLatin1Char('-'));
    appendDigits(out, d, 2);
    if (const qsizetype colon = time.indexOf(QLatin1Char(':')); colon > 0) {
        out.append(QLatin1Char('T'));
        appendDigits(out, time.first(colon).toInt(), 2);
        out.append(QLatin1Char(':'));
        out.append(time.sliced(colon + 1));
    }
    return out;
}

QStringList splitAuthors(const QString &authors)
{
    static const QRegularExpression sep(QStringLiteral(R"(\s*(?:,|;|&|\band\b|\bve\b)\s*)"));
    QStringList out;
    for (const QString &a : authors.split(sep, Qt::SkipEmptyParts)) {
        const QString t = a.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

// Lines a section name can be: short, no sentence punctuation.
bool looksLikeSection(const QString &line)
{
    if (line.size() > 40 || line.endsWith(QLatin1Char('.')) || line.endsWith(QLatin1Char('?')))
        return false;
    return line.count(QLatin1Char(' ')) <= 4;
}

struct NonEmpty
{
    int index;
    QString text;
};

} // namespace

bool AgencyTextImporter::looksLike(const QString &text)
{
    int seen = 0;
    qsizetype pos = 0;
    while (pos < text.size() && seen < kBylineSearchLines) {
        qsizetype nl = text.indexOf(QLatin1Char('\n'), pos);
        if (nl < 0)
            nl = text.size();
        const QStringView raw = QStringView(text).mid(pos, nl - pos).trimmed();
        pos = nl + 1;
        if (raw.isEmpty())
            continue;
        // Only lines with the byline's bar are worth a closer look.
        const QString line = raw.contains(QLatin1Char('|')) ? textlines::normaliseSpaces(raw.toString()) : QString();
        ++seen;
        if (line.contains(QLatin1Char('|')) && bylinePattern().match(line).hasMatch())
            return seen >= 2; // a headline must come first
    }
    return false;
}

ImportResult AgencyTextImporter::parse(const QString &text, const QString &source)
{
    const QStringList lines = textlines::splitLines(text);

    QList<NonEmpty> head;
    int bylineAt = -1;
    QRegularExpressionMatch byline;
    for (int i = 0; i < lines.size() && head.size() < kBylineSearchLines; ++i) {
        if (lines[i].isEmpty())
            continue;
        auto m = lines[i].contains(QLatin1Char('|')) ? bylinePattern().match(lines[i]) : QRegularExpressionMatch();
        if (m.hasMatch()) {
            bylineAt = i;
            byline = m;
            break;
        }
        head.append({i, lines[i]});
    }
    if (bylineAt < 0 || head.isEmpty())
        return ImportResult::failure(QStringLiteral("no agency byline (Author | dd.mm.yyyy) near the top"));

    Article a;
    a.source = source;
    a.format = QStringLiteral("agency-text");
    a.authors = splitAuthors(byline.captured(u"authors"));
    a.published = isoDate(byline.capturedView(u"pub"), byline.capturedView(u"pubtime"));
    a.updated = isoDate(byline.capturedView(u"upd"), byline.capturedView(u"updtime"));

    // Section, headline, standfirst: three lines in the usual layout. With two,
    // a short label-like first line is the section (no standfirst), otherwise
    // it is headline + standfirst.
    if (head.size() >= 3) {
        a.section = head[0].text;
        a.headline = head[1].text;
        QStringList rest;
        for (qsizetype i = 2; i < head.size(); ++i)
            rest << head[i].text;
        a.standfirst = rest.join(QLatin1Char(' '));
    } else if (head.size() == 2) {
        if (looksLikeSection(head[0].text) && !looksLikeSection(head[1].text) && head[1].text.size() < 160) {
            a.section = head[0].text;
            a.headline = head[1].text;
        } else {
            a.headline = head[0].text;
            a.standfirst = head[1].text;
        }
    } else {
        a.headline = head[0].text;
    }

    // After the byline: the caption line (the page repeats the headline in
    // front of the image caption), then the dateline, then the body.
    int i = bylineAt + 1;
    const auto nextNonEmpty = [&](int from) {
        while (from < lines.size() && lines[from].isEmpty())
            ++from;
        return from;
    };
    i = nextNonEmpty(i);
    if (i < lines.size() && !datelinePattern().match(lines[i]).hasMatch()) {
        const QString &line = lines[i];
        if (!a.headline.isEmpty() && line.startsWith(a.headline)) {
            a.caption = line.mid(a.headline.size()).trimmed();
            i = nextNonEmpty(i + 1);
        } else {
            // A caption without the repeated headline is only recognisable
            // by being followed by the dateline line.
            const int next = nextNonEmpty(i + 1);
            if (next < lines.size() && datelinePattern().match(lines[next]).hasMatch()) {
                a.caption = line;
                i = next;
            }
        }
    }
    if (i < lines.size() && datelinePattern().match(lines[i]).hasMatch()) {
        a.dateline = lines[i];
        ++i;
    }

    QStringList paragraphs = textlines::paragraphsFrom(lines.mid(i));
    bool agencyFooter = false;
    while (!paragraphs.isEmpty() && isFooter(paragraphs.last())) {
        paragraphs.removeLast();
        agencyFooter = true;
    }
    a.paragraphs = paragraphs;
    if (agencyFooter)
        a.agency = QStringLiteral("Anadolu Agency");

    ImportResult result;
    result.articles << a;
    return result;
}

} // namespace dateline
