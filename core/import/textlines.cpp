#include "import/textlines.h"

#include "import/plainrun.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace dateline::textlines {

namespace {

// Whether one character of a line keeps it normal, given the one before.
inline bool keepsNormal(char16_t u, char16_t previous)
{
    if (u > 0x20 && u < 0x7F) // printable ASCII other than space: the common case
        return true;
    if (u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0xA0) || u == 0x00AD || (u >= 0x2000 && u <= 0x200F)
        || (u >= 0x2028 && u <= 0x202F) || (u >= 0x205F && u <= 0x206F) || u == 0x3000 || u == 0xFEFF || u == 0x1680)
        return false;
    return !(u == ' ' && previous == ' ');
}

// True when the line is already normal: printable ASCII and ordinary
// non-ASCII letters, single spaces, no leading or trailing space. Most lines
// of real text are, and then they are returned without copying.
bool isAlreadyNormal(const QString &line)
{
    if (line.isEmpty())
        return true;
    if (line.front() == QLatin1Char(' ') || line.back() == QLatin1Char(' '))
        return false;
    const auto *const text = reinterpret_cast<const char16_t *>(line.constData());
    const qsizetype n = line.size();
    char16_t previous = 0;
    qsizetype i = 0;
    while (i < n) {
        if (const qsizetype run = plainAsciiRun(text + i, n - i, previous); run > 0) {
            i += run;
            previous = text[i - 1];
        }
        // One character at a time through a block that has other characters.
        for (const qsizetype end = qMin(n, i + 8); i < end; ++i) {
            if (!keepsNormal(text[i], previous))
                return false;
            previous = text[i];
        }
    }
    return true;
}

// The words of an already lower-cased text: what splitting it at "\\W+"
// (with Unicode properties) and skipping empty parts gives.
std::vector<QStringView> words(const QString &lower)
{
    std::vector<QStringView> out;
    qsizetype start = -1;
    for (qsizetype i = 0; i < lower.size();) {
        char32_t cp = lower.at(i).unicode();
        qsizetype length = 1;
        if (lower.at(i).isHighSurrogate() && i + 1 < lower.size() && lower.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(lower.at(i), lower.at(i + 1));
            length = 2;
        }
        const bool word = cp == U'_' || QChar::isLetterOrNumber(cp);
        if (word && start < 0)
            start = i;
        else if (!word && start >= 0) {
            out.push_back(QStringView(lower).sliced(start, i - start));
            start = -1;
        }
        i += length;
    }
    if (start >= 0)
        out.push_back(QStringView(lower).sliced(start));
    return out;
}

} // namespace

double wordSimilarity(const QString &a, const QString &b)
{
    const QString lowerA = a.toLower();
    const QString lowerB = b.toLower();
    const std::vector<QStringView> ta = words(lowerA);
    const std::vector<QStringView> tb = words(lowerB);
    if (ta.empty() || tb.empty())
        return 0;
    // Lengths of b's words joined by spaces, all of them and those a lacks.
    qsizetype all = -1;
    qsizetype unique = -1;
    for (const QStringView t : tb) {
        all += t.size() + 1;
        if (std::find(ta.begin(), ta.end(), t) == ta.end())
            unique += t.size() + 1;
    }
    return 1.0 - double(std::max<qsizetype>(unique, 0)) / double(all);
}

QString normaliseSpaces(const QString &line)
{
    if (isAlreadyNormal(line))
        return line;
    // Written through a pointer: the result is never longer than the line.
    QString out(line.size(), Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *w = begin;
    bool lastSpace = false;
    for (const QChar c : line) {
        const char16_t u = c.unicode();
        if (u > 0x20 && u < 0x7F) { // printable ASCII other than space: the common case
            *w++ = c;
            lastSpace = false;
            continue;
        }
        // Zero-width characters and soft hyphens are invisible in the story.
        if (u == 0x200B || u == 0x200C || u == 0x200D || u == 0xFEFF || u == 0x00AD)
            continue;
        const bool space = c.isSpace() || u == 0x00A0 || u == 0x202F || u == 0x2007;
        if (space) {
            if (!lastSpace && w != begin)
                *w++ = QLatin1Char(' ');
            lastSpace = true;
            continue;
        }
        if (c.category() == QChar::Other_Control)
            continue;
        *w++ = c;
        lastSpace = false;
    }
    if (lastSpace && w != begin)
        --w;
    out.truncate(w - begin);
    return out;
}

QStringList splitLines(const QString &text)
{
    // Line ends are LF, CRLF, or (old Mac files, Unicode separators) CR and
    // U+2028/U+2029. The common case scans for LF with Qt's vectorised search.
    QString unified;
    const QString *source = &text;
    const bool exotic = text.contains(QChar(0x2028)) || text.contains(QChar(0x2029))
        || (text.contains(QLatin1Char('\r')) && !text.contains(QLatin1String("\r\n")));
    if (exotic) {
        unified = text;
        unified.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        unified.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        unified.replace(QChar(0x2028), QLatin1Char('\n'));
        unified.replace(QChar(0x2029), QLatin1Char('\n'));
        source = &unified;
    }
    const QStringView view(*source);
    QStringList lines;
    // A guess (counting the newlines would be one more pass over the text).
    lines.reserve(qMin<qsizetype>(view.size() / 64 + 1, 4096));
    qsizetype start = 0;
    while (start <= view.size()) {
        qsizetype nl = view.indexOf(QLatin1Char('\n'), start);
        if (nl < 0)
            nl = view.size();
        qsizetype end = nl;
        if (end > start && view.at(end - 1) == QLatin1Char('\r'))
            --end;
        if (nl == view.size() && start == nl)
            break; // no empty line after a final newline
        lines << normaliseSpaces(view.mid(start, end - start).toString());
        start = nl + 1;
    }
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
