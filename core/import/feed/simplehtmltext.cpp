#include "import/feed/simplehtmltext.h"

#include "import/feed/xmlentityresolver.h"
#include "import/html/htmltext.h"
#include "import/plainrun.h"
#include "import/textlines.h"

#include <QHash>

#include <algorithm>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace dateline {

namespace {

enum class TagKind { Inline, Block, Break, Image, Unsupported };

TagKind classifyTag(QStringView name)
{
    // Lower-cased by the caller; short lists, compared in order of frequency.
    static const QLatin1String kInline[]
        = {QLatin1String("a"),      QLatin1String("b"),    QLatin1String("i"),      QLatin1String("em"),
           QLatin1String("strong"), QLatin1String("span"), QLatin1String("u"),      QLatin1String("s"),
           QLatin1String("small"),  QLatin1String("sub"),  QLatin1String("sup"),    QLatin1String("abbr"),
           QLatin1String("cite"),   QLatin1String("code"), QLatin1String("q"),      QLatin1String("font"),
           QLatin1String("mark"),   QLatin1String("time"), QLatin1String("tt"),     QLatin1String("big"),
           QLatin1String("del"),    QLatin1String("ins"),  QLatin1String("strike"), QLatin1String("dfn"),
           QLatin1String("kbd"),    QLatin1String("samp"), QLatin1String("var"),    QLatin1String("label"),
           QLatin1String("bdi"),    QLatin1String("bdo"),  QLatin1String("wbr"),    QLatin1String("nobr")};
    static const QLatin1String kBlock[]
        = {QLatin1String("p"),       QLatin1String("div"),        QLatin1String("li"),         QLatin1String("ul"),
           QLatin1String("ol"),      QLatin1String("dl"),         QLatin1String("dt"),         QLatin1String("dd"),
           QLatin1String("h1"),      QLatin1String("h2"),         QLatin1String("h3"),         QLatin1String("h4"),
           QLatin1String("h5"),      QLatin1String("h6"),         QLatin1String("blockquote"), QLatin1String("section"),
           QLatin1String("article"), QLatin1String("header"),     QLatin1String("footer"),     QLatin1String("aside"),
           QLatin1String("figure"),  QLatin1String("figcaption"), QLatin1String("hr"),         QLatin1String("address"),
           QLatin1String("main"),    QLatin1String("nav"),        QLatin1String("body")};
    if (name == QLatin1String("br"))
        return TagKind::Break;
    if (name == QLatin1String("img"))
        return TagKind::Image;
    for (const QLatin1String &t : kInline) {
        if (name == t)
            return TagKind::Inline;
    }
    for (const QLatin1String &t : kBlock) {
        if (name == t)
            return TagKind::Block;
    }
    return TagKind::Unsupported;
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(char16_t c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9');
}

bool isHtmlSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// HTML5 maps these numeric references to Windows-1252 characters.
char32_t numericReplacement(char32_t cp)
{
    static const char16_t kCp1252[32]
        = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
           0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
           0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
    if (cp >= 0x80 && cp <= 0x9F)
        return kCp1252[cp - 0x80];
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0xFFFD;
    return cp;
}

QString namedEntity(QStringView name)
{
    if (name == QLatin1String("amp"))
        return QStringLiteral("&");
    if (name == QLatin1String("lt"))
        return QStringLiteral("<");
    if (name == QLatin1String("gt"))
        return QStringLiteral(">");
    if (name == QLatin1String("quot"))
        return QStringLiteral("\"");
    if (name == QLatin1String("apos"))
        return QStringLiteral("'");
    if (name == QLatin1String("nbsp"))
        return QString(QChar(0x00A0));
    thread_local QHash<QString, QString> cache;
    const QString key = name.toString();
    auto it = cache.constFind(key);
    if (it == cache.constEnd()) {
        if (cache.size() > 4096)
            cache.clear();
        it = cache.insert(key, XmlEntityResolver::htmlEntity(key));
    }
    return *it;
}

// Appends text to `out` the way textlines::normaliseSpaces would leave it:
// runs of whitespace become one space, no leading space, invisible and
// control characters dropped. Written in place, with an ASCII fast path:
// feeds are imported in bulk and this loop is hot. Returns whether the
// text had anything but whitespace.
bool appendNormalised(QString &out, QStringView text, bool &lastSpace)
{
    qsizetype len = out.size();
    out.resize(len + text.size());
    QChar *d = out.data();
    bool visible = false;
    const qsizetype n = text.size();
    qsizetype i = 0;
    const auto *const chars = reinterpret_cast<const char16_t *>(text.data());
    while (i < n) {
        // Printable ASCII and single spaces (no space after a space, nor at
        // the start of a paragraph) are copied as they are.
        if (const qsizetype run = plainAsciiRun(chars + i, n - i, lastSpace ? u' ' : u'\0'); run > 0) {
            std::copy_n(text.data() + i, run, d + len);
            len += run;
            i += run;
            lastSpace = chars[i - 1] == u' ';
            visible = true;
        }
        // One character at a time through a block that has other characters.
        for (const qsizetype end = qMin(n, i + 8); i < end; ++i) {
            const QChar c = text[i];
            const char16_t u = c.unicode();
            bool isSpace;
            if (u < 0x80) {
                isSpace = u == u' ' || (u >= 0x09 && u <= 0x0D);
                if (!isSpace && (u < 0x20 || u == 0x7F))
                    continue;
            } else {
                isSpace = c.isSpace() || u == 0x00A0 || u == 0x202F || u == 0x2007;
                if (!isSpace
                    && (u == 0x200B || u == 0x200C || u == 0x200D || u == 0xFEFF || u == 0x00AD
                        || c.category() == QChar::Other_Control)) {
                    visible = true; // not whitespace to QString::trimmed either
                    continue;
                }
            }
            if (isSpace) {
                if (!lastSpace)
                    d[len++] = QLatin1Char(' ');
                lastSpace = true;
                continue;
            }
            visible = true;
            d[len++] = c;
            lastSpace = false;
        }
    }
    out.resize(len);
    return visible;
}

QString normalised(QStringView text)
{
    QString out;
    bool lastSpace = true;
    appendNormalised(out, text, lastSpace);
    if (lastSpace && !out.isEmpty())
        out.chop(1);
    return out;
}

// HTML5 decodes these even without the ';' ("&copy 2025"), by prefix; text
// starting with one of them is left to the full parser.
bool startsWithLegacyEntity(QStringView letters)
{
    static const QLatin1String kLegacy[]
        = {QLatin1String("AElig"),  QLatin1String("AMP"),    QLatin1String("Aacute"), QLatin1String("Acirc"),
           QLatin1String("Agrave"), QLatin1String("Aring"),  QLatin1String("Atilde"), QLatin1String("Auml"),
           QLatin1String("COPY"),   QLatin1String("Ccedil"), QLatin1String("ETH"),    QLatin1String("Eacute"),
           QLatin1String("Ecirc"),  QLatin1String("Egrave"), QLatin1String("Euml"),   QLatin1String("GT"),
           QLatin1String("Iacute"), QLatin1String("Icirc"),  QLatin1String("Igrave"), QLatin1String("Iuml"),
           QLatin1String("LT"),     QLatin1String("Ntilde"), QLatin1String("Oacute"), QLatin1String("Ocirc"),
           QLatin1String("Ograve"), QLatin1String("Ouml"),   QLatin1String("Oslash"), QLatin1String("Otilde"),
           QLatin1String("QUOT"),   QLatin1String("REG"),    QLatin1String("THORN"),  QLatin1String("Uacute"),
           QLatin1String("Ucirc"),  QLatin1String("Ugrave"), QLatin1String("Uuml"),   QLatin1String("Yacute"),
           QLatin1String("aacute"), QLatin1String("acirc"),  QLatin1String("acute"),  QLatin1String("aelig"),
           QLatin1String("agrave"), QLatin1String("amp"),    QLatin1String("aring"),  QLatin1String("atilde"),
           QLatin1String("auml"),   QLatin1String("brvbar"), QLatin1String("ccedil"), QLatin1String("cedil"),
           QLatin1String("cent"),   QLatin1String("copy"),   QLatin1String("curren"), QLatin1String("deg"),
           QLatin1String("divide"), QLatin1String("eacute"), QLatin1String("ecirc"),  QLatin1String("egrave"),
           QLatin1String("eth"),    QLatin1String("euml"),   QLatin1String("frac12"), QLatin1String("frac14"),
           QLatin1String("frac34"), QLatin1String("gt"),     QLatin1String("iacute"), QLatin1String("icirc"),
           QLatin1String("iexcl"),  QLatin1String("igrave"), QLatin1String("iquest"), QLatin1String("iuml"),
           QLatin1String("laquo"),  QLatin1String("lt"),     QLatin1String("macr"),   QLatin1String("micro"),
           QLatin1String("middot"), QLatin1String("nbsp"),   QLatin1String("not"),    QLatin1String("ntilde"),
           QLatin1String("oacute"), QLatin1String("ocirc"),  QLatin1String("ograve"), QLatin1String("ordf"),
           QLatin1String("ordm"),   QLatin1String("oslash"), QLatin1String("otilde"), QLatin1String("ouml"),
           QLatin1String("para"),   QLatin1String("plusmn"), QLatin1String("pound"),  QLatin1String("quot"),
           QLatin1String("raquo"),  QLatin1String("reg"),    QLatin1String("sect"),   QLatin1String("shy"),
           QLatin1String("sup1"),   QLatin1String("sup2"),   QLatin1String("sup3"),   QLatin1String("szlig"),
           QLatin1String("thorn"),  QLatin1String("times"),  QLatin1String("uacute"), QLatin1String("ucirc"),
           QLatin1String("ugrave"), QLatin1String("uml"),    QLatin1String("uuml"),   QLatin1String("yacute"),
           QLatin1String("yen"),    QLatin1String("yuml")};
    for (const QLatin1String &name : kLegacy) {
        if (letters.startsWith(name))
            return true;
    }
    return false;
}

// Position of the next '<' or '&' at or after i, or the end: eight UTF-16
// characters at a time, as most of an item's HTML is text.
qsizetype nextMarkup(QStringView html, qsizetype i)
{
    const auto *const d = reinterpret_cast<const char16_t *>(html.data());
    const qsizetype n = html.size();
#ifdef __SSE2__
    const __m128i lt = _mm_set1_epi16(u'<');
    const __m128i amp = _mm_set1_epi16(u'&');
    for (; i + 8 <= n; i += 8) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        const int mask = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi16(x, lt), _mm_cmpeq_epi16(x, amp)));
        if (mask != 0)
            return i + qCountTrailingZeroBits(unsigned(mask)) / 2;
    }
#endif
    for (; i < n; ++i) {
        if (d[i] == u'<' || d[i] == u'&')
            return i;
    }
    return n;
}

class Collector
{
public:
    explicit Collector(qsizetype expected) { m_current.reserve(expected); }
    void append(QStringView text)
    {
        if (appendNormalised(m_current, text, m_lastSpace))
            m_pendingBreak = false;
    }
    void lineBreak()
    {
        // One <br> is a line break inside a paragraph (a space once
        // normalised); two in a row with only whitespace between end it.
        if (m_pendingBreak) {
            flush();
        } else {
            m_pendingBreak = true;
            appendNormalised(m_current, u" ", m_lastSpace);
        }
    }
    void space() { appendNormalised(m_current, u" ", m_lastSpace); }
    void flush()
    {
        if (m_lastSpace && !m_current.isEmpty())
            m_current.chop(1);
        if (!m_current.isEmpty())
            m_paragraphs.append(QString(m_current.constData(), m_current.size()));
        m_current.resize(0); // keeps the capacity for the next paragraph
        m_lastSpace = true;
        m_pendingBreak = false;
    }
    QStringList take()
    {
        flush();
        return std::move(m_paragraphs);
    }

private:
    QString m_current; // the paragraph so far, already normalised
    QStringList m_paragraphs;
    bool m_lastSpace = true;
    bool m_pendingBreak = false;
};

} // namespace

bool SimpleHtmlText::paragraphs(QStringView html, QStringList *out)
{
    Collector collector(html.size());
    const qsizetype n = html.size();
    qsizetype runStart = 0;
    qsizetype i = 0;
    QString name;
    while (i < n) {
        i = nextMarkup(html, i);
        if (i >= n)
            break;
        const char16_t c = html[i].unicode();
        if (i > runStart)
            collector.append(html.sliced(runStart, i - runStart));
        runStart = i;
        if (c == u'&') {
            qsizetype j = i + 1;
            if (j < n && html[j] == QLatin1Char('#')) {
                ++j;
                const bool hex = j < n && (html[j] == QLatin1Char('x') || html[j] == QLatin1Char('X'));
                if (hex)
                    ++j;
                const qsizetype digits = j;
                while (j < n && j - digits < 8 && (hex ? isAsciiAlnum(html[j].unicode()) : html[j].isDigit()))
                    ++j;
                if (j == digits || j >= n || html[j] != QLatin1Char(';'))
                    return false;
                bool ok = false;
                const uint value = html.sliced(digits, j - digits).toUInt(&ok, hex ? 16 : 10);
                if (!ok)
                    return false;
                const char32_t cp = numericReplacement(value);
                collector.append(QString::fromUcs4(&cp, 1));
                i = j + 1;
            } else {
                while (j < n && j - i <= 32 && isAsciiAlnum(html[j].unicode()))
                    ++j;
                if (j == i + 1) {
                    collector.append(u"&"); // a bare ampersand is text
                    i = j;
                } else {
                    if (j >= n || html[j] != QLatin1Char(';')) {
                        if (startsWithLegacyEntity(html.sliced(i + 1, j - i - 1)))
                            return false; // "&copy 2025" needs the full parser's rules
                        collector.append(u"&"); // "AT&T": plain text
                        i = i + 1;
                        runStart = i;
                        continue;
                    }
                    const QString decoded = namedEntity(html.sliced(i + 1, j - i - 1));
                    if (decoded.isEmpty())
                        return false;
                    collector.append(decoded);
                    i = j + 1;
                }
            }
            runStart = i;
            continue;
        }
        // c == '<'
        if (i + 1 >= n) {
            ++i; // a lone '<' at the end is text
            continue;
        }
        const char16_t next = html[i + 1].unicode();
        if (next == u'!') {
            if (!html.sliced(i).startsWith(QLatin1String("<!--")))
                return false;
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            if (end < 0)
                return false;
            i = end + 3;
            runStart = i;
            continue;
        }
        const bool closing = next == u'/';
        qsizetype j = i + (closing ? 2 : 1);
        if (j >= n || !isAsciiLetter(html[j].unicode())) {
            if (closing || next == u'?')
                return false;
            ++i; // "1 < 2": text
            continue;
        }
        const qsizetype nameStart = j;
        while (j < n && isAsciiAlnum(html[j].unicode()))
            ++j;
        name = html.sliced(nameStart, j - nameStart).toString().toLower();
        // Find the end of the tag, honouring quoted attribute values.
        const qsizetype attrStart = j;
        char16_t quote = 0;
        while (j < n) {
            const char16_t a = html[j].unicode();
            if (quote) {
                if (a == quote)
                    quote = 0;
            } else if (a == u'"' || a == u'\'') {
                quote = a;
            } else if (a == u'>') {
                break;
            } else if (a == u'<') {
                return false;
            }
            ++j;
        }
        if (j >= n)
            return false;
        if (j > attrStart && !isHtmlSpace(html[attrStart].unicode()) && html[attrStart] != QLatin1Char('/'))
            return false;
        const QStringView attributes = html.sliced(attrStart, j - attrStart);
        if (!closing
            && (attributes.contains(QLatin1String("hidden"), Qt::CaseInsensitive)
                || attributes.contains(QLatin1String("display"), Qt::CaseInsensitive)
                || attributes.contains(QLatin1String("visibility"), Qt::CaseInsensitive)))
            return false;
        switch (classifyTag(name)) {
        case TagKind::Inline:
            break;
        case TagKind::Block:
            collector.flush();
            break;
        case TagKind::Break:
            collector.lineBreak();
            break;
        case TagKind::Image:
            if (!closing)
                collector.space();
            break;
        case TagKind::Unsupported:
            return false;
        }
        i = j + 1;
        runStart = i;
    }
    if (n > runStart)
        collector.append(html.sliced(runStart));
    *out = collector.take();
    return true;
}

QStringList SimpleHtmlText::paragraphsOf(const QString &html)
{
    QStringList out;
    if (paragraphs(html, &out))
        return out;
    return HtmlText::paragraphs(html);
}

QString SimpleHtmlText::inlineTextOf(const QString &html)
{
    if (!html.contains(QLatin1Char('<')) && !html.contains(QLatin1Char('&')))
        return normalised(html);
    return paragraphsOf(html).join(QLatin1Char(' '));
}

} // namespace dateline
