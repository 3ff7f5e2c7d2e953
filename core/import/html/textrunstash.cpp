#include "import/html/textrunstash.h"

#include "import/bytesearch.h"
#include "import/html/bytewriter.h"

#include <gumbo.h>

#include <charconv>
#include <cstring>
#include <vector>

namespace dateline {

namespace {

// A placeholder is U+E000, the run's index in decimal, U+E001 (private use
// characters; a page that has them, raw or as references, is not stashed).
constexpr QByteArrayView kOpen("\xEE\x80\x80", 3);
constexpr QByteArrayView kClose("\xEE\x80\x81", 3);
// Shorter runs cost gumbo about as little as their placeholder would.
constexpr qsizetype kMinRun = 24;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isAlnum(char c)
{
    return isAlpha(c) || (c >= '0' && c <= '9');
}

// Elements whose start tag takes the tokenizer out of its data state (RCDATA,
// RAWTEXT, script data) until the matching end tag. gumbo parses with
// scripting off, so <noscript> holds markup like any other element.
bool isRawTextElement(QByteArrayView name)
{
    static constexpr QByteArrayView kRaw[]
        = {"script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes"};
    for (const QByteArrayView r : kRaw) {
        if (name.size() == r.size() && name.compare(r, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isReferenceDecoding(QByteArrayView name)
{
    return name.compare("title", Qt::CaseInsensitive) == 0 || name.compare("textarea", Qt::CaseInsensitive) == 0;
}

// Elements after which text is not handled the way the rest of a page's is
// (frameset drops non-space characters, plaintext ends markup for good).
bool endsStashing(QByteArrayView name)
{
    return name.compare("frameset", Qt::CaseInsensitive) == 0 || name.compare("plaintext", Qt::CaseInsensitive) == 0;
}

// Position just after the '>' that ends a start or end tag whose name starts
// at p, following the HTML5 tokenizer's tag and attribute states (quotes
// matter only in attribute values), or -1 when the input ends first.
qsizetype tagEnd(const char *d, qsizetype n, qsizetype p, QByteArrayView *name)
{
    const qsizetype nameStart = p;
    while (p < n && !isSpace(d[p]) && d[p] != '/' && d[p] != '>')
        ++p;
    *name = QByteArrayView(d + nameStart, p - nameStart);
    enum class State { BeforeName, Name, AfterName, BeforeValue, Quoted, AfterQuoted, Unquoted };
    State state = State::BeforeName;
    char quote = 0;
    for (; p < n; ++p) {
        const char c = d[p];
        switch (state) {
        case State::BeforeName:
        case State::AfterQuoted:
            // '/' (the self-closing state) goes back here unless '>' follows.
            if (c == '>')
                return p + 1;
            if (!isSpace(c) && c != '/')
                state = State::Name;
            break;
        case State::Name:
            if (c == '>')
                return p + 1;
            if (c == '/')
                state = State::BeforeName;
            else if (c == '=')
                state = State::BeforeValue;
            else if (isSpace(c))
                state = State::AfterName;
            break;
        case State::AfterName:
            if (c == '>')
                return p + 1;
            if (c == '/')
                state = State::BeforeName;
            else if (c == '=')
                state = State::BeforeValue;
            else if (!isSpace(c))
                state = State::Name;
            break;
        case State::BeforeValue:
            if (c == '>')
                return p + 1;
            if (c == '"' || c == '\'') {
                quote = c;
                state = State::Quoted;
            } else if (!isSpace(c)) {
                state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (c == quote)
                state = State::AfterQuoted;
            break;
        case State::Unquoted:
            if (c == '>')
                return p + 1;
            if (isSpace(c))
                state = State::BeforeName;
            break;
        }
    }
    return -1;
}

// Position of the end tag "</name" (any case, followed by a space, '/' or
// '>') at or after from, or -1.
qsizetype findEndTag(const QByteArray &html, QByteArrayView name, qsizetype from)
{
    const qsizetype n = html.size();
    for (qsizetype at = bytesearch::find(html, "</", from); at >= 0; at = bytesearch::find(html, "</", at + 2)) {
        const qsizetype after = at + 2 + name.size();
        if (after < n && QByteArrayView(html.constData() + at + 2, name.size()).compare(name, Qt::CaseInsensitive) == 0
            && (isSpace(html[after]) || html[after] == '/' || html[after] == '>'))
            return at;
    }
    return -1;
}

// Whether the page has a placeholder character (its lead byte is rare, so
// memchr finds the candidates quickly).
bool hasMarker(QByteArrayView html)
{
    if (html.isEmpty())
        return false; // its data() may be null, which memchr must not see
    const char *p = html.data();
    const char *const end = p + html.size();
    while (p < end && (p = static_cast<const char *>(memchr(p, kOpen[0], size_t(end - p))))) {
        const QByteArrayView at(p, end - p);
        if (at.startsWith(kOpen) || at.startsWith(kClose))
            return true;
        ++p;
    }
    return false;
}

// Whether a numeric character reference in the page stands for one of the
// placeholder characters.
bool referencesMarker(const QByteArray &html)
{
    return bytesearch::referencesCodePoint(html, 0xE000, 0xE001);
}

} // namespace

QByteArray TextRunStash::stash(const QByteArray &html)
{
    m_html = html;
    m_runs.clear();
    if (hasMarker(html) || html.startsWith("\xEF\xBB\xBF") || referencesMarker(html))
        return html;

    const char *d = html.constData();
    const qsizetype n = html.size();
    ByteWriter out(n);

    // One run of characters the tokenizer takes one by one: a placeholder
    // instead, less the whitespace at its ends (which the tree builder
    // treats apart from other characters before <body>, and after <pre>).
    const auto run = [&](qsizetype from, qsizetype to) {
        qsizetype first = from;
        qsizetype last = to;
        while (first < last && isSpace(d[first]))
            ++first;
        while (last > first && isSpace(d[last - 1]))
            --last;
        const QByteArrayView core(d + first, last - first);
        if (core.size() < kMinRun || core.contains('\0') || core.contains('\r')) {
            out.append(d + from, to - from);
            return;
        }
        out.append(d + from, first - from);
        out.append(kOpen);
        char digits[24];
        const auto written = std::to_chars(digits, digits + sizeof digits, m_runs.size());
        out.append(digits, written.ptr - digits);
        out.append(kClose);
        out.append(d + last, to - last);
        m_runs.append({first, last - first});
    };
    // Text between tags: each stretch without '&' is a run.
    const auto text = [&](qsizetype from, qsizetype to) {
        qsizetype p = from;
        while (p < to) {
            if (d[p] == '&') {
                // A character reference takes letters, digits, '#' and a ';'.
                const qsizetype start = p++;
                while (p < to && (isAlnum(d[p]) || d[p] == '#'))
                    ++p;
                if (p < to && d[p] == ';')
                    ++p;
                out.append(d + start, p - start);
                continue;
            }
            const char *amp = static_cast<const char *>(memchr(d + p, '&', size_t(to - p)));
            const qsizetype runEnd = amp ? amp - d : to;
            run(p, runEnd);
            p = runEnd;
        }
    };
    const auto giveUp = [&] {
        m_runs.clear();
        return html;
    };

    qsizetype i = 0;
    while (i < n) {
        const char *lt = static_cast<const char *>(memchr(d + i, '<', size_t(n - i)));
        const qsizetype at = lt ? lt - d : n;
        text(i, at);
        if (at >= n)
            break;
        const QByteArrayView rest(d + at, n - at);
        // Inline prefix tests: QByteArrayView::startsWith is an out-of-line call.
        const auto startsWith = [&rest](const auto &literal) {
            constexpr qsizetype size = sizeof(literal) - 1;
            return rest.size() >= size && std::memcmp(rest.data(), literal, size) == 0;
        };
        qsizetype end = -1; // just past the markup that starts at `at`
        if (startsWith("<!--")) {
            // "<!-->" and "<!--->" end where they start; so search from "<!".
            const qsizetype close = bytesearch::find(html, "-->", at + 2);
            end = close < 0 ? n : close + 3;
        } else if (startsWith("<![CDATA[")) {
            // A CDATA section in SVG or MathML, a bogus comment elsewhere:
            // either way nothing before "]]>" is text of the data state.
            const qsizetype close = bytesearch::find(html, "]]>", at);
            end = close < 0 ? n : close + 3;
        } else if (startsWith("<!") || startsWith("<?")
                   || (startsWith("</") && rest.size() > 2 && !isAlpha(rest[2]) && rest[2] != '>')) {
            const qsizetype close = html.indexOf('>', at);
            end = close < 0 ? n : close + 1;
        } else if (startsWith("</>")) {
            end = at + 3;
        } else if (rest.size() > 1 && (isAlpha(rest[1]) || (rest[1] == '/' && rest.size() > 2))) {
            const bool endTag = rest[1] == '/';
            QByteArrayView name;
            end = tagEnd(d, n, at + (endTag ? 2 : 1), &name);
            if (end < 0)
                end = n;
            else if (!endTag && endsStashing(name))
                return giveUp();
            else if (!endTag && isRawTextElement(name)) {
                const qsizetype close = findEndTag(html, name, end);
                const qsizetype contentEnd = close < 0 ? n : close;
                // Script data with "<!--" has escaped states in which
                // "</script>" need not end the script: not worth following.
                const QByteArrayView content(d + end, contentEnd - end);
                if (name.compare("script", Qt::CaseInsensitive) == 0 && content.contains("<!--"))
                    return giveUp();
                out.append(d + at, end - at);
                // The content is one run, but <title> and <textarea>
                // (RCDATA) decode references in it.
                if (!content.contains('&') || !isReferenceDecoding(name))
                    run(end, contentEnd);
                else
                    out.append(content);
                i = contentEnd;
                continue;
            }
        } else {
            end = at + 1; // a '<' that starts no markup is text
        }
        out.append(d + at, end - at);
        i = end;
    }
    if (m_runs.isEmpty())
        return html;
    return out.take();
}

void TextRunStash::restore(GumboInternalNode *root, const GumboInternalOptions &options) const
{
    if (m_runs.isEmpty() || !root)
        return;
    std::vector<GumboNode *> stack {root};
    QByteArray expanded;
    while (!stack.empty()) {
        GumboNode *node = stack.back();
        stack.pop_back();
        const GumboVector *children = nullptr;
        if (node->type == GUMBO_NODE_DOCUMENT)
            children = &node->v.document.children;
        else if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
            children = &node->v.element.children;
        if (children) {
            for (unsigned int c = 0; c < children->length; ++c)
                stack.push_back(static_cast<GumboNode *>(children->data[c]));
            continue;
        }
        if (node->type != GUMBO_NODE_TEXT)
            continue;
        const QByteArrayView text(node->v.text.text);
        if (bytesearch::find(text, kOpen) < 0)
            continue;
        expanded.clear();
        qsizetype p = 0;
        for (qsizetype open = bytesearch::find(text, kOpen); open >= 0; open = bytesearch::find(text, kOpen, p)) {
            expanded.append(text.sliced(p, open - p));
            const qsizetype digits = open + kOpen.size();
            const qsizetype close = bytesearch::find(text, kClose, digits);
            bool ok = false;
            const qsizetype index = close < 0 ? -1 : text.sliced(digits, close - digits).toLongLong(&ok);
            if (!ok || index < 0 || index >= m_runs.size()) {
                expanded.append(kOpen); // not ours after all: leave it as it is
                p = digits;
                continue;
            }
            const Run &run = m_runs.at(index);
            expanded.append(m_html.constData() + run.offset, run.size);
            p = close + kClose.size();
        }
        expanded.append(text.sliced(p));
        auto *copy = static_cast<char *>(options.allocator(options.userdata, size_t(expanded.size()) + 1));
        memcpy(copy, expanded.constData(), size_t(expanded.size()) + 1);
        options.deallocator(options.userdata, const_cast<char *>(node->v.text.text));
        node->v.text.text = copy;
    }
}

} // namespace dateline
