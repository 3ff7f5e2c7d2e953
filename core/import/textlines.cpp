#include "import/textlines.h"

#include <QRegularExpression>

namespace dateline::textlines {

QString normaliseSpaces(const QString &line)
{
    QString out;
    out.reserve(line.size());
    bool lastSpace = false;
    for (const QChar c : line) {
        const char16_t u = c.unicode();
        // Zero-width characters and soft hyphens are invisible in the story.
        if (u == 0x200B || u == 0x200C || u == 0x200D || u == 0xFEFF || u == 0x00AD)
            continue;
        const bool space = c.isSpace() || u == 0x00A0 || u == 0x202F || u == 0x2007;
        if (space) {
            if (!lastSpace && !out.isEmpty())
                out.append(QLatin1Char(' '));
            lastSpace = true;
            continue;
        }
        if (c.category() == QChar::Other_Control)
            continue;
        out.append(c);
        lastSpace = false;
    }
    if (lastSpace && !out.isEmpty())
        out.chop(1);
    return out;
}

QStringList splitLines(const QString &text)
{
    QStringList lines;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar(0x2028) || c == QChar(0x2029)) {
            lines << normaliseSpaces(text.mid(start, i - start));
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            start = i + 1;
        }
    }
    if (start < n)
        lines << normaliseSpaces(text.mid(start));
    return lines;
}

QStringList paragraphsFrom(const QStringList &lines)
{
    qsizetype first = 0;
    qsizetype last = lines.size();
    while (first < last && lines.at(first).isEmpty())
        ++first;
    while (last > first && lines.at(last - 1).isEmpty())
        --last;
    bool hasBlank = false;
    for (qsizetype i = first; i < last && !hasBlank; ++i)
        hasBlank = lines.at(i).isEmpty();

    QStringList paragraphs;
    if (!hasBlank) {
        for (qsizetype i = first; i < last; ++i)
            paragraphs << lines.at(i);
        return paragraphs;
    }
    QString block;
    for (qsizetype i = first; i < last; ++i) {
        const QString &line = lines.at(i);
        if (line.isEmpty()) {
            if (!block.isEmpty())
                paragraphs << block;
            block.clear();
        } else {
            if (!block.isEmpty())
                block.append(QLatin1Char(' '));
            block.append(line);
        }
    }
    if (!block.isEmpty())
        paragraphs << block;
    return paragraphs;
}

int monthNumber(QStringView name)
{
    static const char *const kMonths[]
        = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    QString n = name.toString().toLower();
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    if (n.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        if (n.startsWith(QLatin1String(kMonths[i]))) {
            static const char *const kFull[] = {"january", "february", "march",     "april",   "may",      "june",
                                                "july",    "august",   "september", "october", "november", "december"};
            const QLatin1String full(kFull[i]);
            // Accept the abbreviation, "Sept" and the full name; reject "marching".
            if (full.startsWith(n) || n == QLatin1String("sept"))
                return i + 1;
        }
    }
    return 0;
}

} // namespace dateline::textlines
