#include "import/html/htmltext.h"

#include "import/bytesearch.h"
#include "import/html/bytewriter.h"
#include "import/html/gumboarena.h"
#include "import/textlines.h"

#include <gumbo.h>

#include <algorithm>
#include <array>

#include <cctype>
#include <cstring>
#include <memory>
#include <vector>

namespace dateline {

namespace {

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_BODY:
        return true;
    default:
        return false;
    }
}

bool isHiddenByAttributes(const GumboElement &e);

// Elements whose content is never text, whatever a caller decides about visibility.
bool isDroppedTag(const GumboElement &e)
{
    switch (e.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
        return true;
    default:
        return false;
    }
}

bool isHiddenByAttributes(const GumboElement &e)
{
    if (gumbo_get_attribute(&e.attributes, "hidden"))
        return true;
    if (const GumboAttribute *a = gumbo_get_attribute(&e.attributes, "aria-hidden");
        a && qstrcmp(a->value, "true") == 0)
        return true;
    if (const GumboAttribute *style = gumbo_get_attribute(&e.attributes, "style")) {
        QByteArray s(style->value);
        s = s.toLower();
        s.replace(' ', "");
        if (s.contains("display:none") || s.contains("visibility:hidden"))
            return true;
    }
    return false;
}

// Collects text into paragraphs while walking the tree, as UTF-8 until a
// paragraph ends: one conversion per paragraph, not one per text node.
class Collector
{
public:
    void text(const char *utf8)
    {
        const QByteArrayView t(utf8);
        // Text other than whitespace ends a run of <br>.
        if (m_pendingBreak && !isBlank(t))
            m_pendingBreak = false;
        m_current.append(t);
    }
    void space() { m_current.append(' '); }
    void lineBreak()
    {
        // One <br> is a line break inside a paragraph; two in a row (with
        // only whitespace between) end it.
        if (m_pendingBreak) {
            flush();
            m_pendingBreak = false;
        } else {
            m_pendingBreak = true;
            m_current.append('\n');
        }
    }
    void flush()
    {
        if (!m_current.isEmpty()) {
            const QString p = textlines::normaliseSpaces(QString::fromUtf8(m_current));
            if (!p.isEmpty())
                m_paragraphs << p;
            m_current.resize(0); // keeps its capacity for the next paragraph
        }
        m_pendingBreak = false;
    }
    QStringList take()
    {
        flush();
        return m_paragraphs;
    }

private:
    // Whether every character is whitespace (QChar::isSpace); bytes other
    // than ASCII are decoded to tell (no-break and other Unicode spaces).
    static bool isBlank(QByteArrayView t)
    {
        bool ascii = true;
        for (const char c : t) {
            const auto u = static_cast<unsigned char>(c);
            if (u >= 0x80)
                ascii = false;
            else if (!(u == ' ' || (u >= '\t' && u <= '\r')))
                return false;
        }
        if (ascii)
            return true;
        const QString decoded = QString::fromUtf8(t);
        return std::all_of(decoded.begin(), decoded.end(), [](QChar c) { return c.isSpace(); });
    }

    QByteArray m_current;
    QStringList m_paragraphs;
    bool m_pendingBreak = false;
};

QStringList walk(const GumboNode *root, const std::function<bool(const GumboNode *)> &skip)
{
    Collector out;
    // Explicit stack of (node, next child index) so deep nesting is safe.
    std::vector<std::pair<const GumboNode *, unsigned>> stack;
    stack.emplace_back(root, 0);
    while (!stack.empty()) {
        auto &[node, next] = stack.back();
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            out.text(node->v.text.text);
            stack.pop_back();
            continue;
        }
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT
            && node->type != GUMBO_NODE_TEMPLATE) {
            stack.pop_back();
            continue;
        }
        const GumboVector &children
            = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
        if (next == 0 && node->type != GUMBO_NODE_DOCUMENT) {
            const GumboElement &e = node->v.element;
            // A caller's skip decides visibility itself (it may have reasons
            // to read aria-hidden content); without one, hidden means dropped.
            if (isDroppedTag(e) || (skip ? skip(node) : isHiddenByAttributes(e))) {
                stack.pop_back();
                continue;
            }
            if (e.tag == GUMBO_TAG_BR) {
                out.lineBreak();
                stack.pop_back();
                continue;
            }
            if (isBlock(e.tag))
                out.flush();
            else if (e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_TH || e.tag == GUMBO_TAG_IMG)
                out.space();
        }
        if (next < children.length) {
            const auto *child = static_cast<const GumboNode *>(children.data[next]);
            ++next;
            stack.emplace_back(child, 0);
            continue;
        }
        if (node->type == GUMBO_NODE_ELEMENT && isBlock(node->v.element.tag))
            out.flush();
        stack.pop_back();
    }
    // Single <br> line breaks became '\n'; normaliseSpaces folds them into spaces.
    return out.take();
}

// Appends text with each run of whitespace shortened to one character (a
// newline when the run had one): outside <pre> the reader sees no
// difference, and indentation is often a third of a saved page.
void appendCollapsed(ByteWriter &out, const char *p, qsizetype size)
{
    static constexpr auto kSpace = [] {
        std::array<bool, 256> table {};
        for (const unsigned char c : {' ', '\n', '\t', '\r', '\f'})
            table[c] = true;
        return table;
    }();
    const auto space = [](char c) {
        return kSpace[static_cast<unsigned char>(c)];
    };
    // A lone space or newline stays as it is, so text is copied in bulk up to
    // the next run that shortens (or a lone tab, CR or form feed).
    const char *end = p + size;
    const char *copied = p;
    const char *q = p;
    while (q < end) {
        if (!space(*q)) {
            ++q;
            continue;
        }
        if ((*q == ' ' || *q == '\n') && (q + 1 == end || !space(q[1]))) {
            ++q;
            continue;
        }
        out.append(copied, q - copied);
        bool newline = false;
        while (q < end && space(*q)) {
            newline = newline || *q == '\n';
            ++q;
        }
        out.append(newline ? '\n' : ' ');
        copied = q;
    }
    out.append(copied, end - copied);
}

// The ASCII lower case of a short name (tag or attribute) in buffer, or an
// empty view when the name is longer than the buffer: no name compared
// here is.
template<size_t N> QByteArrayView lowerName(QByteArrayView name, char (&buffer)[N])
{
    if (name.size() > qsizetype(N))
        return {};
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char c = name[i];
        buffer[i] = c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
    }
    return QByteArrayView(buffer, name.size());
}

// Attributes that text and metadata extraction read; the rest (links, image
// sources, data-*, event handlers) only cost parsing time. tag and name are
// in lower case.
bool keepAttribute(QByteArrayView tag, QByteArrayView name)
{
    static constexpr QByteArrayView kKept[]
        = {"class",    "id",       "style",   "hidden", "aria-hidden", "aria-modal", "role",
           "rel",      "itemprop", "content", "name",   "property",    "http-equiv", "lang",
           "xml:lang", "datetime", "pubdate", "type",   "summary",     "datatable",  "charset"};
    for (const QByteArrayView k : kKept) {
        if (k.size() == name.size() && std::memcmp(k.data(), name.data(), size_t(k.size())) == 0)
            return true;
    }
    return name == "href" && tag == "link";
}

bool isVoidElement(QByteArrayView name)
{
    static constexpr QByteArrayView kVoid[] = {"area",  "base", "br",   "col",   "embed",  "hr",    "img",
                                               "input", "link", "meta", "param", "source", "track", "wbr"};
    for (const QByteArrayView v : kVoid) {
        if (v.size() == name.size() && name.compare(v, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The number of '<' in html, eight bytes at a time (QByteArray::count
// goes byte by byte).
qsizetype countLessThanSigns(QByteArrayView html)
{
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    constexpr quint64 kLow7 = 0x7F7F7F7F7F7F7F7FULL;
    qsizetype count = 0;
    qsizetype i = 0;
    for (; i + 8 <= html.size(); i += 8) {
        quint64 word;
        std::memcpy(&word, html.data() + i, sizeof word);
        const quint64 x = word ^ (kOnes * '<'); // zero bytes where '<' was
        // The high bit of each byte that is zero, exactly (no borrows);
        // summed by a multiply (no popcnt instruction in the baseline ISA).
        const quint64 zero = ~(((x & kLow7) + kLow7) | x | kLow7);
        count += qsizetype(((zero >> 7) * kOnes) >> 56);
    }
    for (; i < html.size(); ++i)
        count += html[i] == '<' ? 1 : 0;
    return count;
}

} // namespace

QByteArray HtmlText::limitNesting(const QByteArray &html, int maxDepth)
{
    // Fast path: a document cannot nest deeper than it has '<' characters.
    if (countLessThanSigns(html) <= maxDepth)
        return html;
    QByteArray out;
    out.reserve(html.size());
    int depth = 0;
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        const qsizetype lt = html.indexOf('<', i);
        if (lt < 0) {
            out.append(html.constData() + i, n - i);
            break;
        }
        out.append(html.constData() + i, lt - i);
        const qsizetype gt = html.indexOf('>', lt + 1);
        if (gt < 0) {
            out.append(html.constData() + lt, n - lt);
            break;
        }
        const QByteArrayView tag(html.constData() + lt, gt - lt + 1);
        const bool closing = tag.size() > 2 && tag[1] == '/';
        const bool markup = tag.size() > 2 && (tag[1] == '!' || tag[1] == '?');
        qsizetype nameStart = closing ? 2 : 1;
        qsizetype nameEnd = nameStart;
        while (nameEnd < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[nameEnd])) != 0))
            ++nameEnd;
        const QByteArrayView name = tag.sliced(nameStart, nameEnd - nameStart);
        bool keep = true;
        if (!markup && !name.isEmpty()) {
            const bool selfClosing = tag.endsWith("/>") || isVoidElement(name);
            if (closing) {
                keep = depth <= maxDepth;
                depth = qMax(0, depth - 1);
            } else if (!selfClosing) {
                ++depth;
                keep = depth <= maxDepth;
            }
        }
        if (keep)
            out.append(tag);
        i = gt + 1;
    }
    return out;
}

QByteArray HtmlText::dropInertContent(const QByteArray &html)
{
    const qsizetype n = html.size();
    const char *d = html.constData();
    if (html.indexOf('<') < 0)
        return html;
    const auto space = [](char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    };
    // Position of "</name" (any case) at or after from, or -1.
    const auto findClose = [&](QByteArrayView name, qsizetype from) -> qsizetype {
        for (qsizetype at = bytesearch::find(html, "</", from); at >= 0; at = bytesearch::find(html, "</", at + 2)) {
            if (at + 2 + name.size() <= n
                && QByteArrayView(d + at + 2, name.size()).compare(name, Qt::CaseInsensitive) == 0)
                return at;
        }
        return -1;
    };
    ByteWriter out(n);
    qsizetype i = 0;
    for (const char *found = static_cast<const char *>(std::memchr(d, '<', size_t(n))); found;
         found = i < n ? static_cast<const char *>(std::memchr(d + i, '<', size_t(n - i))) : nullptr) {
        const qsizetype lt = found - d;
        appendCollapsed(out, d + i, lt - i);
        if (n - lt >= 4 && std::memcmp(d + lt, "<!--", 4) == 0) {
            // "<!-->" and "<!--->" are complete (empty) comments.
            if (lt + 4 < n && d[lt + 4] == '>') {
                i = lt + 5;
                continue;
            }
            if (lt + 5 < n && d[lt + 4] == '-' && d[lt + 5] == '>') {
                i = lt + 6;
                continue;
            }
            const qsizetype end = bytesearch::find(html, "-->", lt + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (lt + 1 >= n || std::isalpha(static_cast<unsigned char>(d[lt + 1])) == 0) {
            out.append('<');
            i = lt + 1;
            continue;
        }
        // A start tag: keep its name and the attributes anyone reads.
        qsizetype q = lt + 1;
        while (q < n && !space(d[q]) && d[q] != '>' && d[q] != '/')
            ++q;
        const QByteArrayView name(d + lt + 1, q - lt - 1);
        char nameBuffer[16];
        const QByteArrayView lowerTag = lowerName(name, nameBuffer);
        const qsizetype tagStart = out.size();
        out.append(d + lt, q - lt);
        bool closed = false;
        bool selfClosing = false;
        while (q < n) {
            while (q < n && (space(d[q]) || d[q] == '/')) {
                selfClosing = d[q] == '/';
                ++q;
            }
            if (q >= n)
                break;
            if (d[q] == '>') {
                closed = true;
                ++q;
                break;
            }
            selfClosing = false;
            const qsizetype a0 = q;
            ++q; // a name may start with '='
            while (q < n && !space(d[q]) && d[q] != '=' && d[q] != '>' && d[q] != '/')
                ++q;
            const QByteArrayView attrName(d + a0, q - a0);
            qsizetype v = q;
            while (v < n && space(d[v]))
                ++v;
            if (v < n && d[v] == '=') {
                ++v;
                while (v < n && space(d[v]))
                    ++v;
                if (v < n && (d[v] == '"' || d[v] == '\'')) {
                    const auto *close = static_cast<const char *>(std::memchr(d + v + 1, d[v], size_t(n - v - 1)));
                    if (!close)
                        break;
                    q = close - d + 1;
                } else {
                    while (v < n && !space(d[v]) && d[v] != '>')
                        ++v;
                    q = v;
                }
            }
            char attrBuffer[16];
            if (keepAttribute(lowerTag, lowerName(attrName, attrBuffer))) {
                out.append(' ');
                out.append(d + a0, q - a0);
            }
        }
        if (!closed) {
            // Unterminated tag or quote: leave the rest to the parser as it is.
            out.truncate(tagStart);
            out.append(d + lt, n - lt);
            i = n;
            break;
        }
        if (selfClosing)
            out.append('/');
        out.append('>');
        i = q;
        if (selfClosing)
            continue;
        QByteArrayView verbatim;
        for (const QByteArrayView candidate : {"pre", "textarea", "listing", "xmp"}) {
            if (lowerTag == candidate)
                verbatim = candidate;
        }
        if (!verbatim.isEmpty()) {
            // Preformatted text keeps its spacing.
            const qsizetype close = findClose(verbatim, q);
            const qsizetype contentEnd = close < 0 ? n : close;
            out.append(d + q, contentEnd - q);
            i = contentEnd;
            continue;
        }
        QByteArrayView inert;
        for (const QByteArrayView candidate : {"script", "style", "svg"}) {
            if (lowerTag == candidate)
                inert = candidate;
        }
        if (inert.isEmpty())
            continue;
        const qsizetype close = findClose(inert, q);
        const qsizetype contentEnd = close < 0 ? n : close;
        if (inert == "script" && QByteArrayView(d + lt, q - lt).toByteArray().toLower().contains("ld+json"))
            out.append(d + q, contentEnd - q);
        i = contentEnd;
    }
    if (i < n)
        appendCollapsed(out, d + i, n - i);
    return out.take();
}

QStringList HtmlText::paragraphs(const QString &html)
{
    const QByteArray utf8 = limitNesting(html.toUtf8());
    GumboArena arena(size_t(utf8.size()));
    GumboOutput *output = arena.parse(utf8.constData(), size_t(utf8.size()));
    if (!output)
        return {};
    QStringList out = walk(output->root, {});
    arena.destroy(output);
    return out;
}

QStringList HtmlText::paragraphs(const GumboInternalNode *root,
                                 const std::function<bool(const GumboInternalNode *)> &skip)
{
    if (!root)
        return {};
    return walk(
        root, skip ? skip : [](const GumboNode *) { return false; });
}

QString HtmlText::nodeText(const GumboInternalNode *node)
{
    QString out;
    std::vector<const GumboNode *> stack {node};
    while (!stack.empty()) {
        const GumboNode *n = stack.back();
        stack.pop_back();
        if (!n)
            continue;
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
            out += QString::fromUtf8(n->v.text.text);
            continue;
        }
        if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE)
            continue;
        const GumboVector &children = n->v.element.children;
        for (unsigned i = children.length; i-- > 0;)
            stack.push_back(static_cast<const GumboNode *>(children.data[i]));
    }
    return textlines::normaliseSpaces(out);
}

QString HtmlText::inlineText(const QString &html)
{
    // Cheap path for text without markup or entities.
    if (!html.contains(QLatin1Char('<')) && !html.contains(QLatin1Char('&')))
        return textlines::normaliseSpaces(html);
    return paragraphs(html).join(QLatin1Char(' '));
}

} // namespace dateline
