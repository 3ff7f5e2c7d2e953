#include "import/feed/cdatastash.h"

#include "import/bytesearch.h"

#include <charconv>
#include <cstring>

namespace dateline {

namespace {

// U+E000 and U+E001 (private use) around the run's index in decimal.
constexpr QByteArrayView kOpen("\xEE\x80\x80", 3);
constexpr QByteArrayView kClose("\xEE\x80\x81", 3);
constexpr char16_t kOpenChar = 0xE000;
constexpr char16_t kCloseChar = 0xE001;
// Shorter sections cost the reader about as little as their placeholder.
constexpr qsizetype kMinRun = 64;

// Whether the reader would take these bytes of a CDATA section exactly as
// they are: no CR (normalised to LF), no control character other than tab
// and LF, no U+FFFE or U+FFFF (both refused).
bool takenAsIs(QByteArrayView content)
{
    const auto *p = reinterpret_cast<const unsigned char *>(content.data());
    const auto *const end = p + content.size();
    for (; p < end; ++p) {
        const unsigned char c = *p;
        if (c < 0x20 && c != '\t' && c != '\n')
            return false;
        if (c == 0xEF && end - p >= 3 && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
            return false;
    }
    return true;
}

// Whether a character reference in the document stands for a placeholder
// character ("&#57344;", "&#xE001;").
bool referencesMarker(QByteArrayView d)
{
    static_assert(kCloseChar == kOpenChar + 1);
    return bytesearch::referencesCodePoint(d, kOpenChar, kCloseChar);
}

bool hasMarker(QStringView s)
{
    return s.contains(QChar(kOpenChar)) || s.contains(QChar(kCloseChar));
}

} // namespace

QByteArray CdataStash::stash(const QByteArray &utf8, const QHash<QString, QString> &entities)
{
    m_utf8 = utf8;
    m_runs.clear();
    if (bytesearch::find(utf8, "<![CDATA[", 0) < 0 || bytesearch::find(utf8, kOpen, 0) >= 0
        || bytesearch::find(utf8, kClose, 0) >= 0 || referencesMarker(utf8))
        return utf8;
    for (auto it = entities.cbegin(); it != entities.cend(); ++it) {
        if (hasMarker(it.value()))
            return utf8;
    }

    const char *d = utf8.constData();
    const qsizetype n = utf8.size();
    QByteArray out;
    out.reserve(n);
    qsizetype copied = 0;
    // Markup is followed from '<' to '<'; comments and processing
    // instructions are skipped, as "<![CDATA[" means nothing inside them.
    for (qsizetype lt = utf8.indexOf('<'); lt >= 0 && lt < n;) {
        const QByteArrayView rest(d + lt, n - lt);
        // Inline prefix tests: QByteArrayView::startsWith is an out-of-line call.
        const auto startsWith = [&rest](const auto &literal) {
            constexpr qsizetype size = sizeof(literal) - 1;
            return rest.size() >= size && std::memcmp(rest.data(), literal, size) == 0;
        };
        if (startsWith("<!--")) {
            const qsizetype end = bytesearch::find(utf8, "-->", lt + 4);
            lt = end < 0 ? -1 : utf8.indexOf('<', end + 3);
            continue;
        }
        if (startsWith("<?")) {
            const qsizetype end = bytesearch::find(utf8, "?>", lt + 2);
            lt = end < 0 ? -1 : utf8.indexOf('<', end + 2);
            continue;
        }
        if (!startsWith("<![CDATA[")) {
            lt = utf8.indexOf('<', lt + 1);
            continue;
        }
        const qsizetype start = lt + 9;
        const qsizetype end = bytesearch::find(utf8, "]]>", start);
        if (end < 0)
            break;
        const QByteArrayView content(d + start, end - start);
        if (content.size() >= kMinRun && takenAsIs(content)) {
            out.append(d + copied, start - copied);
            out.append(kOpen);
            char digits[24];
            const auto written = std::to_chars(digits, digits + sizeof digits, m_runs.size());
            out.append(digits, written.ptr - digits);
            out.append(kClose);
            const qsizetype newlines = content.count('\n');
            out.append(QByteArray(newlines, '\n'));
            copied = end;
            m_runs.append({start, content.size(), newlines});
        }
        lt = utf8.indexOf('<', end + 3);
    }
    if (m_runs.isEmpty())
        return utf8;
    out.append(d + copied, n - copied);
    return out;
}

QString CdataStash::restore(QStringView text) const
{
    if (m_runs.isEmpty() || !text.contains(QChar(kOpenChar)))
        return text.toString();
    QString out;
    qsizetype p = 0;
    for (qsizetype open = text.indexOf(QChar(kOpenChar)); open >= 0; open = text.indexOf(QChar(kOpenChar), p)) {
        out.append(text.sliced(p, open - p));
        const qsizetype close = text.indexOf(QChar(kCloseChar), open + 1);
        bool ok = false;
        const qsizetype index = close < 0 ? -1 : text.sliced(open + 1, close - open - 1).toLongLong(&ok);
        if (!ok || index < 0 || index >= m_runs.size()) {
            out.append(QChar(kOpenChar)); // not a placeholder after all
            p = open + 1;
            continue;
        }
        const Run &run = m_runs.at(index);
        out.append(QString::fromUtf8(m_utf8.constData() + run.offset, run.size));
        p = close + 1;
        // The newlines that kept the line count are part of the content.
        for (qsizetype k = 0; k < run.newlines && p < text.size() && text[p] == QLatin1Char('\n'); ++k)
            ++p;
    }
    out.append(text.sliced(p));
    return out;
}

} // namespace dateline
