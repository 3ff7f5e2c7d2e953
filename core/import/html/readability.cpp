#include "import/html/readability.h"

#include "import/html/htmltext.h"
#include "import/textlines.h"

#include <QRegularExpression>

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dateline {

namespace {

enum Flag : unsigned {
    StripUnlikelys = 1,
    WeightClasses = 2,
    CleanConditionally = 4,
};

// Readability's class/id and text expressions.
enum class Hint {
    Unlikely,
    MaybeCandidate,
    Positive,
    Negative,
    Byline,
    Share,
    Placeholder,
    UnlikelyRole,
};

const QRegularExpression &hint(Hint which)
{
    using O = QRegularExpression;
    static const std::array<QRegularExpression, 8> all = {
        // unlikely candidates (Readability's list, plus plain ad markers)
        O(QStringLiteral("-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|"
                         "header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|"
                         "supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|advert|\\bads?\\b|"
                         "newsletter"),
          O::CaseInsensitiveOption),
        // but maybe a candidate after all
        O(QStringLiteral("and|article|body|column|content|main|mathjax|shadow"), O::CaseInsensitiveOption),
        // positive class/id hints
        O(QStringLiteral("article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story"),
          O::CaseInsensitiveOption),
        // negative class/id hints
        O(QStringLiteral("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|"
                         "masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|"
                         "sponsor|shopping|tags|widget|advert|\\bads?\\b"),
          O::CaseInsensitiveOption),
        // byline
        O(QStringLiteral("byline|author(?!i[sz])|dateline|writtenby|p-author"), O::CaseInsensitiveOption),
        // share bars
        O(QStringLiteral("(\\b|_)(share|sharedaddy)(\\b|_)"), O::CaseInsensitiveOption),
        // whole-text ad / loading placeholders
        O(QStringLiteral("^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio|"
                         "(loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$"),
          O::CaseInsensitiveOption | O::UseUnicodePropertiesOption),
        // unlikely ARIA roles
        O(QStringLiteral("^(menu|menubar|complementary|navigation|alert|alertdialog|dialog)$"),
          O::CaseInsensitiveOption),
    };
    return all[static_cast<size_t>(which)];
}

QByteArrayView attrView(const GumboNode *node, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QByteArrayView(a->value) : QByteArrayView();
}

// The attributes scoring reads, gathered in one pass over the element's list.
struct Attributes
{
    QByteArrayView cls;
    QByteArrayView id;
    QByteArrayView style;
    QByteArrayView role;
    QByteArrayView ariaHidden;
    QByteArrayView ariaModal;
    QByteArrayView rel;
    QByteArrayView itemprop;
    bool hidden = false;
};

Attributes attributes(const GumboElement &e)
{
    Attributes a;
    for (unsigned i = 0; i < e.attributes.length; ++i) {
        const auto *attr = static_cast<const GumboAttribute *>(e.attributes.data[i]);
        const QByteArrayView name(attr->name); // gumbo lower-cases attribute names
        const QByteArrayView value(attr->value);
        if (name == "class")
            a.cls = value;
        else if (name == "id")
            a.id = value;
        else if (name == "style")
            a.style = value;
        else if (name == "role")
            a.role = value;
        else if (name == "hidden")
            a.hidden = true;
        else if (name == "aria-hidden")
            a.ariaHidden = value;
        else if (name == "aria-modal")
            a.ariaModal = value;
        else if (name == "rel")
            a.rel = value;
        else if (name == "itemprop")
            a.itemprop = value;
    }
    return a;
}

bool isHidden(GumboTag tag, const Attributes &a)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
        return true;
    default:
        break;
    }
    // Pages hide <html> or <body> until their scripts have run; a saved
    // copy shows them.
    if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY)
        return false;
    if (a.hidden)
        return true;
    if (!a.style.isEmpty()) {
        QByteArray s = a.style.toByteArray().toLower();
        s.replace(' ', "");
        if (s.contains("display:none") || s.contains("visibility:hidden"))
            return true;
    }
    return a.ariaModal == "true" && a.role == "dialog";
}

// What the class and id hint expressions say about one class/id pair.
struct ClassHints
{
    int weight = 0;
    bool unlikely = false;
    bool share = false;
    bool byline = false;
};

// Left out of the article text whatever its score (Readability's _clean list,
// plus navigation that the class hints miss).
bool isNeverContent(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
        return true;
    default:
        return false;
    }
}

// Readability's DIV_TO_P_ELEMS: a div holding none of these reads as a paragraph.
bool isBlockForDiv(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL:
        return true;
    default:
        return false;
    }
}

// Elements that break a run of inline content (the HTML block elements).
bool breaksRun(GumboTag tag)
{
    if (isBlockForDiv(tag))
        return true;
    switch (tag) {
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIELDSET:
        return true;
    default:
        return false;
    }
}

bool isHeading(GumboTag tag)
{
    return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

bool isScoredTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_P:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_PRE:
        return true;
    default:
        return false;
    }
}

int tagScore(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_DIV:
        return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
        return -5;
    default:
        return 0;
    }
}

// Text statistics of one text node: characters with whitespace runs counted
// once (UTF-8 continuation bytes skipped) and commas, including the Arabic
// and full-width ones.
struct TextStats
{
    int length = 0;
    int commas = 0;
    bool blank = true;
};

TextStats textStats(const char *s)
{
    TextStats t;
    bool space = false;
    for (auto p = reinterpret_cast<const unsigned char *>(s); *p; ++p) {
        const unsigned char c = *p;
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            space = true;
            continue;
        }
        if ((c & 0xC0) == 0x80)
            continue;
        if (space && !t.blank)
            ++t.length;
        space = false;
        t.blank = false;
        ++t.length;
        if (c == ',')
            ++t.commas;
        else if ((c == 0xD8 && p[1] == 0x8C) || (c == 0xEF && p[1] == 0xBC && p[2] == 0x8C))
            ++t.commas;
    }
    return t;
}

// A child of an element: another element (index) or a text node's stats.
struct Item
{
    int element = -1; // index into the node list, or -1 for text
    TextStats text;
};

struct Node
{
    const GumboNode *gumbo = nullptr;
    int parent = -1;
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    std::vector<Item> items;
    int classWeight = 0;
    bool hidden = false; // not shown: left out of every attempt
    bool hiddenStrict = false; // hidden other than by aria-hidden
    bool unlikely = false;
    bool share = false;
    bool bylineHint = false;
    bool inTableOrCode = false;
    bool underUnlikely = false; // some ancestor is an unlikely candidate
    bool dataTable = false;
    bool inDataTable = false;
    bool inFigure = false;

    // Per attempt.
    bool gone = false; // left out with its subtree
    int text = 0;
    int link = 0;
    int commas = 0;
    int paragraphs = 0;
    int images = 0;
    int listItems = 0;
    int listText = 0;
    int inputs = 0;
    int headingText = 0;
    int liveChildren = 0;
    bool blockInside = false;
    bool brRun = false; // has a run of two or more <br> among its children
    bool collapsed = false; // a div that only wraps one <p>
    bool paragraphLike = false; // a div read as one paragraph
    int runs = 0; // inline runs of a div read as paragraphs
    bool candidate = false;
    double score = 0;
};

class Page
{
public:
    explicit Page(const GumboNode *document, const QString &title)
        : m_title(title)
    {
        flatten(document);
    }

    Readability::Result run()
    {
        Attempt best = runAttempts();
        if (best.length < 250) {
            // Saved with a dialog open, the page may have aria-hidden on all
            // of its content: read it as if the dialog were closed.
            bool relaxed = false;
            for (Node &n : m_nodes) {
                relaxed = relaxed || n.hidden != n.hiddenStrict;
                n.hidden = n.hiddenStrict;
            }
            if (relaxed) {
                Attempt second = runAttempts();
                if (second.length > best.length)
                    best = std::move(second);
            }
        }
        return {best.paragraphs, best.byline};
    }

private:
    struct Attempt
    {
        QStringList paragraphs;
        QString byline;
        int length = -1;
    };

    Attempt runAttempts()
    {
        markOnce(m_title);
        Attempt best;
        int bestLength = -1;
        unsigned flags = StripUnlikelys | WeightClasses | CleanConditionally;
        for (;;) {
            const std::vector<int> roots = attempt(flags);
            int length = 0;
            for (int r : roots)
                length += m_nodes[size_t(r)].text;
            // A looser attempt must find clearly more text to win: on a short
            // article it would otherwise bring back the ads and link lists
            // that the strict pass cut.
            if (bestLength < 0 || length > bestLength + bestLength / 2) {
                bestLength = length;
                best.paragraphs = paragraphsOf(roots);
                best.length = length;
            }
            if (length >= 500 || flags == 0)
                break;
            // Too little text: retry with fewer rules, as Readability does.
            if (flags & StripUnlikelys)
                flags &= ~unsigned(StripUnlikelys);
            else if (flags & WeightClasses)
                flags &= ~unsigned(WeightClasses);
            else
                flags = 0;
        }
        best.byline = m_byline;
        return best;
    }

    void flatten(const GumboNode *document)
    {
        // Iterative pre-order walk: children get larger indices than parents.
        std::vector<std::pair<const GumboNode *, int>> stack;
        const GumboVector &top = document->v.document.children;
        for (unsigned i = top.length; i-- > 0;)
            stack.emplace_back(static_cast<const GumboNode *>(top.data[i]), -1);
        while (!stack.empty()) {
            const auto [g, parent] = stack.back();
            stack.pop_back();
            if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_WHITESPACE || g->type == GUMBO_NODE_CDATA) {
                if (parent >= 0)
                    m_nodes[size_t(parent)].items.push_back({-1, textStats(g->v.text.text)});
                continue;
            }
            if (g->type != GUMBO_NODE_ELEMENT && g->type != GUMBO_NODE_TEMPLATE)
                continue;
            const int index = int(m_nodes.size());
            m_nodes.emplace_back();
            Node &n = m_nodes.back();
            n.gumbo = g;
            n.parent = parent;
            n.tag = g->v.element.tag;
            if (parent >= 0) {
                m_nodes[size_t(parent)].items.push_back({index, {}});
                const Node &p = m_nodes[size_t(parent)];
                n.inTableOrCode = p.inTableOrCode || p.tag == GUMBO_TAG_TABLE || p.tag == GUMBO_TAG_CODE;
                n.inFigure = p.inFigure || p.tag == GUMBO_TAG_FIGURE;
                n.hidden = p.hidden;
                n.hiddenStrict = p.hiddenStrict;
                n.underUnlikely = p.underUnlikely || p.unlikely;
            }
            const Attributes a = attributes(g->v.element);
            n.hiddenStrict = n.hiddenStrict || isHidden(n.tag, a);
            n.hidden = n.hidden || n.hiddenStrict
                || (a.ariaHidden == "true" && !a.cls.contains("fallback-image") && n.tag != GUMBO_TAG_BODY);
            if (!a.cls.isEmpty() || !a.id.isEmpty()) {
                const ClassHints h = hints(a.cls, a.id);
                n.classWeight = h.weight;
                n.share = h.share;
                n.bylineHint = h.byline;
                n.unlikely = h.unlikely;
            }
            n.bylineHint = n.bylineHint || a.rel == "author" || a.itemprop.contains("author");
            n.unlikely = n.tag != GUMBO_TAG_BODY && n.tag != GUMBO_TAG_A && !n.inTableOrCode
                && (n.unlikely
                    || (!a.role.isEmpty() && hint(Hint::UnlikelyRole).match(QString::fromUtf8(a.role)).hasMatch()));
            const GumboVector &children = g->v.element.children;
            n.items.reserve(children.length);
            for (unsigned i = children.length; i-- > 0;)
                stack.emplace_back(static_cast<const GumboNode *>(children.data[i]), index);
        }
    }

    // Pages repeat a few class names thousands of times, and a site's pages
    // share them: match each once per thread (a bounded cache, as class
    // names can be made up by the page).
    static ClassHints hints(QByteArrayView cls, QByteArrayView id)
    {
        thread_local std::unordered_map<std::string, ClassHints> cache;
        thread_local std::string key; // reused: no allocation per element
        key.assign(cls.data(), size_t(cls.size())).append(1, '\0').append(id.data(), size_t(id.size()));
        auto it = cache.find(key);
        if (it != cache.end())
            return it->second;
        if (cache.size() >= 20000)
            cache.clear();
        ClassHints h;
        const QString c = QString::fromUtf8(cls);
        const QString i = QString::fromUtf8(id);
        const QString both = c + QLatin1Char(' ') + i;
        h.weight = weight(c) + weight(i);
        h.unlikely = hint(Hint::Unlikely).match(both).hasMatch() && !hint(Hint::MaybeCandidate).match(both).hasMatch();
        h.share = hint(Hint::Share).match(both).hasMatch();
        h.byline = hint(Hint::Byline).match(both).hasMatch();
        // Long made-up names are matched each time rather than kept: the
        // cache stays within a few megabytes.
        if (key.size() <= 256)
            cache.emplace(key, h);
        return h;
    }

    static int weight(const QString &s)
    {
        if (s.isEmpty())
            return 0;
        int w = 0;
        if (hint(Hint::Negative).match(s).hasMatch())
            w -= 25;
        if (hint(Hint::Positive).match(s).hasMatch())
            w += 25;
        return w;
    }

    // Once per page: data tables, the byline element and a heading that
    // repeats the headline.
    void markOnce(const QString &title)
    {
        m_bylineNode = -1;
        m_titleHeading = -1;
        m_byline.clear();
        for (Node &n : m_nodes)
            n.gone = false;
        aggregate(); // with nothing gone but hidden nodes
        const size_t count = m_nodes.size();
        m_end.assign(count, 0);
        std::vector<int> marks(count, 0);
        std::vector<int> rows(count, 0);
        for (size_t k = count; k-- > 0;) {
            Node &n = m_nodes[k];
            m_end[k] = std::max(m_end[k], int(k) + 1);
            switch (n.tag) {
            case GUMBO_TAG_TH:
            case GUMBO_TAG_THEAD:
            case GUMBO_TAG_TFOOT:
            case GUMBO_TAG_COL:
            case GUMBO_TAG_COLGROUP:
            case GUMBO_TAG_CAPTION:
                ++marks[k];
                break;
            case GUMBO_TAG_TR:
                ++rows[k];
                break;
            case GUMBO_TAG_TABLE:
                // A layout table says so; a data table has headers, a
                // caption or a summary, or many rows.
                n.dataTable = attrView(n.gumbo, "role") != "presentation" && attrView(n.gumbo, "datatable") != "0"
                    && (marks[k] > 0 || rows[k] >= 10 || !attrView(n.gumbo, "summary").isEmpty());
                marks[k] = rows[k] = 0;
                break;
            default:
                break;
            }
            if (n.parent >= 0) {
                const size_t p = size_t(n.parent);
                m_end[p] = std::max(m_end[p], m_end[k]);
                marks[p] += marks[k];
                rows[p] += rows[k];
            }
        }
        for (size_t i = 0; i < count; ++i) {
            Node &n = m_nodes[i];
            if (n.parent >= 0 && (m_nodes[size_t(n.parent)].dataTable || m_nodes[size_t(n.parent)].inDataTable))
                n.inDataTable = true;
        }
        bool titleHeadingSeen = title.isEmpty();
        for (size_t i = 0; i < m_nodes.size(); ++i) {
            Node &n = m_nodes[i];
            if (n.hidden)
                continue;
            // Like Readability, look for the byline where the first pass
            // looks: not inside navigation or other unlikely blocks.
            if (m_bylineNode < 0 && !n.underUnlikely && n.text > 0 && n.text < 100) {
                if (n.bylineHint) {
                    m_bylineNode = int(i);
                    m_byline = HtmlText::nodeText(n.gumbo);
                }
            }
            if (!titleHeadingSeen && (n.tag == GUMBO_TAG_H1 || n.tag == GUMBO_TAG_H2)) {
                const QString heading = HtmlText::nodeText(n.gumbo);
                if (textlines::wordSimilarity(title, heading) > 0.75) {
                    m_titleHeading = int(i);
                    titleHeadingSeen = true;
                }
            }
        }
    }

    // Bottom-up statistics over what is not gone.
    void aggregate()
    {
        for (Node &n : m_nodes) {
            n.text = n.link = n.commas = n.paragraphs = n.images = n.listItems = n.listText = n.inputs = 0;
            n.headingText = n.liveChildren = 0;
            n.blockInside = n.brRun = n.collapsed = n.paragraphLike = false;
            n.runs = 0;
            n.candidate = false;
            n.score = 0;
        }
        for (size_t k = m_nodes.size(); k-- > 0;) {
            Node &n = m_nodes[k];
            const bool dead = n.gone || n.hidden;
            if (dead)
                continue;
            // Own text, and inline runs split by blocks and <br><br>.
            int runText = 0;
            int brs = 0;
            int blocks = 0;
            int soleP = -1;
            bool textOutsideP = false;
            for (const Item &item : n.items) {
                if (item.element < 0) {
                    n.text += item.text.length;
                    n.commas += item.text.commas;
                    if (!item.text.blank) {
                        runText += item.text.length;
                        textOutsideP = true;
                        brs = 0;
                    }
                    continue;
                }
                const Node &c = m_nodes[size_t(item.element)];
                if (c.gone || c.hidden)
                    continue;
                ++n.liveChildren;
                soleP = (n.liveChildren == 1 && c.tag == GUMBO_TAG_P) ? item.element : -1;
                n.text += c.text;
                n.link += c.link;
                n.commas += c.commas;
                n.paragraphs += c.paragraphs + (c.tag == GUMBO_TAG_P || c.paragraphLike ? 1 : 0) + c.runs;
                n.images += c.images + (c.tag == GUMBO_TAG_IMG ? 1 : 0);
                n.listItems += c.listItems + (c.tag == GUMBO_TAG_LI ? 1 : 0);
                n.listText += c.tag == GUMBO_TAG_LI ? c.text : c.listText;
                n.inputs += c.inputs + (c.tag == GUMBO_TAG_INPUT ? 1 : 0);
                n.headingText += isHeading(c.tag) ? c.text : c.headingText;
                n.blockInside = n.blockInside || c.blockInside || isBlockForDiv(c.tag);
                if (c.tag == GUMBO_TAG_BR) {
                    if (++brs == 2) {
                        n.brRun = true;
                        if (runText > 0)
                            ++blocks;
                        runText = 0;
                    }
                } else if (breaksRun(c.tag)) {
                    if (runText > 0)
                        ++blocks;
                    runText = 0;
                    brs = 0;
                } else if (c.text > 0) {
                    runText += c.text;
                    textOutsideP = true;
                    brs = 0;
                }
            }
            if (runText > 0)
                ++blocks;
            if (n.tag == GUMBO_TAG_A)
                n.link = n.text;
            if (n.tag == GUMBO_TAG_DIV) {
                if (soleP >= 0 && !textOutsideP && n.link * 4 < n.text)
                    n.collapsed = true;
                else if (!n.blockInside && !n.brRun)
                    n.paragraphLike = true;
                else
                    n.runs = blocks;
            }
        }
    }

    bool inherited(size_t i) const
    {
        const Node &n = m_nodes[i];
        return n.parent >= 0 && m_nodes[size_t(n.parent)].gone;
    }

    void markGone(unsigned flags)
    {
        for (size_t i = 0; i < m_nodes.size(); ++i) {
            Node &n = m_nodes[i];
            n.gone = n.hidden || inherited(i) || int(i) == m_bylineNode || int(i) == m_titleHeading
                || ((flags & StripUnlikelys) && n.unlikely);
        }
    }

    int scoreParent(int i) const
    {
        int p = m_nodes[size_t(i)].parent;
        while (p >= 0 && m_nodes[size_t(p)].collapsed)
            p = m_nodes[size_t(p)].parent;
        return p;
    }

    void initialise(int i, unsigned flags)
    {
        Node &n = m_nodes[size_t(i)];
        if (n.candidate)
            return;
        n.candidate = true;
        n.score = tagScore(n.tag) + ((flags & WeightClasses) ? n.classWeight : 0);
    }

    // Adds one paragraph's score to its container and the containers above.
    void scoreUnit(int parent, int length, int commas, unsigned flags)
    {
        if (length < 25 || parent < 0)
            return;
        const double score = 1.0 + (commas + 1) + std::min(length / 100, 3);
        int level = 0;
        for (int a = parent; a >= 0 && level < 5; a = scoreParent(a), ++level) {
            if (m_nodes[size_t(a)].parent < 0) // <html> has no element parent
                break;
            initialise(a, flags);
            const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            m_nodes[size_t(a)].score += score / divider;
        }
    }

    double linkDensity(const Node &n) const { return n.text > 0 ? double(n.link) / double(n.text) : 0.0; }

    std::vector<int> attempt(unsigned flags)
    {
        markGone(flags);
        aggregate();
        int body = -1;
        for (size_t i = 0; i < m_nodes.size(); ++i) {
            const Node &n = m_nodes[i];
            if (n.tag == GUMBO_TAG_BODY && body < 0)
                body = int(i);
            if (n.gone || n.collapsed)
                continue;
            if (isScoredTag(n.tag) || n.paragraphLike) {
                scoreUnit(scoreParent(int(i)), n.text, n.commas, flags);
            } else if (n.runs > 0) {
                scoreRuns(int(i), flags);
            }
        }
        std::vector<int> top;
        for (size_t i = 0; i < m_nodes.size(); ++i) {
            Node &n = m_nodes[i];
            if (!n.candidate || n.gone)
                continue;
            n.score *= 1.0 - linkDensity(n);
            top.push_back(int(i));
        }
        std::stable_sort(top.begin(), top.end(),
                         [this](int a, int b) { return m_nodes[size_t(a)].score > m_nodes[size_t(b)].score; });
        if (top.size() > 5)
            top.resize(5);
        if (top.empty() || top.front() == body)
            return body >= 0 ? clean({body}, flags) : std::vector<int> {};
        int best = top.front();
        best = preferCommonAncestor(best, top, body);
        initialise(best, flags);
        best = climb(best, body);
        // The only child of its parent: take the parent.
        while (true) {
            const int p = m_nodes[size_t(best)].parent;
            if (p < 0 || p == body || m_nodes[size_t(p)].liveChildren != 1)
                break;
            best = p;
        }
        initialise(best, flags);
        return clean(siblings(best), flags);
    }

    void scoreRuns(int i, unsigned flags)
    {
        // Inline runs of a div with blocks read as paragraphs inside the div.
        const Node &n = m_nodes[size_t(i)];
        int length = 0;
        int commas = 0;
        int brs = 0;
        const auto end = [&] {
            scoreUnit(i, length, commas, flags);
            length = commas = 0;
        };
        for (const Item &item : n.items) {
            if (item.element < 0) {
                if (!item.text.blank) {
                    length += item.text.length;
                    commas += item.text.commas;
                    brs = 0;
                }
                continue;
            }
            const Node &c = m_nodes[size_t(item.element)];
            if (c.gone)
                continue;
            if (c.tag == GUMBO_TAG_BR) {
                if (++brs == 2)
                    end();
            } else if (breaksRun(c.tag)) {
                end();
                brs = 0;
            } else if (c.text > 0) {
                length += c.text;
                commas += c.commas;
                brs = 0;
            }
        }
        end();
    }

    std::vector<int> ancestors(int i) const
    {
        std::vector<int> out;
        for (int a = m_nodes[size_t(i)].parent; a >= 0; a = m_nodes[size_t(a)].parent)
            out.push_back(a);
        return out;
    }

    // Several near-best candidates under one ancestor: the article is that ancestor.
    int preferCommonAncestor(int best, const std::vector<int> &top, int body) const
    {
        std::vector<std::vector<int>> lists;
        for (size_t k = 1; k < top.size(); ++k) {
            if (m_nodes[size_t(top[k])].score >= 0.75 * m_nodes[size_t(best)].score)
                lists.push_back(ancestors(top[k]));
        }
        if (lists.size() < 3)
            return best;
        for (int a = m_nodes[size_t(best)].parent; a >= 0 && a != body; a = m_nodes[size_t(a)].parent) {
            int containing = 0;
            for (const auto &l : lists)
                containing += std::find(l.begin(), l.end(), a) != l.end() ? 1 : 0;
            if (containing >= 3)
                return a;
        }
        return best;
    }

    int climb(int best, int body) const
    {
        double lastScore = m_nodes[size_t(best)].score;
        const double threshold = lastScore / 3;
        for (int p = m_nodes[size_t(best)].parent; p >= 0 && p != body; p = m_nodes[size_t(p)].parent) {
            const Node &n = m_nodes[size_t(p)];
            if (!n.candidate)
                continue;
            if (n.score < threshold)
                break;
            if (n.score > lastScore)
                return p;
            lastScore = n.score;
        }
        return best;
    }

    std::vector<int> siblings(int best)
    {
        const Node &b = m_nodes[size_t(best)];
        const int parent = b.parent;
        if (parent < 0)
            return {best};
        const double threshold = std::max(10.0, b.score * 0.2);
        const QString bestClass = QString::fromUtf8(attrView(b.gumbo, "class"));
        std::vector<int> out;
        for (const Item &item : m_nodes[size_t(parent)].items) {
            if (item.element < 0)
                continue;
            const int i = item.element;
            const Node &s = m_nodes[size_t(i)];
            if (s.gone)
                continue;
            bool append = i == best;
            if (!append) {
                double bonus = 0;
                if (!bestClass.isEmpty() && QString::fromUtf8(attrView(s.gumbo, "class")) == bestClass)
                    bonus += b.score * 0.2;
                if (s.candidate && s.score + bonus >= threshold) {
                    append = true;
                } else if (s.tag == GUMBO_TAG_P || s.paragraphLike) {
                    const double ld = linkDensity(s);
                    if (s.text > 80 && ld < 0.25) {
                        append = true;
                    } else if (s.text < 80 && s.text > 0 && ld == 0) {
                        static const QRegularExpression sentence(QStringLiteral("\\.( |$)"));
                        append = HtmlText::nodeText(s.gumbo).contains(sentence);
                    }
                }
            }
            if (append)
                out.push_back(i);
        }
        return out;
    }

    // Removes node i from the article, taking its statistics off its ancestors.
    void cut(int i, int stop)
    {
        Node &n = m_nodes[size_t(i)];
        n.gone = true;
        const bool paragraphish = n.tag == GUMBO_TAG_P || n.paragraphLike;
        for (int a = n.parent; a >= 0; a = m_nodes[size_t(a)].parent) {
            Node &p = m_nodes[size_t(a)];
            p.text -= n.text;
            p.link -= n.link;
            p.commas -= n.commas;
            p.paragraphs -= n.paragraphs + (paragraphish ? 1 : 0) + n.runs;
            p.images -= n.images + (n.tag == GUMBO_TAG_IMG ? 1 : 0);
            p.listItems -= n.listItems + (n.tag == GUMBO_TAG_LI ? 1 : 0);
            p.listText -= n.tag == GUMBO_TAG_LI ? n.text : n.listText;
            p.inputs -= n.inputs + (n.tag == GUMBO_TAG_INPUT ? 1 : 0);
            p.headingText -= isHeading(n.tag) ? n.text : n.headingText;
            if (a == stop)
                break;
        }
    }

    bool removeConditionally(const Node &n, unsigned flags) const
    {
        if (n.inDataTable || n.dataTable)
            return false;
        const int w = (flags & WeightClasses) ? n.classWeight : 0;
        if (w < 0)
            return true;
        if (n.commas >= 10)
            return false;
        const bool list = n.tag == GUMBO_TAG_UL || n.tag == GUMBO_TAG_OL
            || (n.text > 0 && double(n.listText) / double(n.text) > 0.9);
        const int p = n.paragraphs;
        const int img = n.images;
        const double ld = linkDensity(n);
        const double headingDensity = n.text > 0 ? double(n.headingText) / double(n.text) : 0.0;
        bool remove = (!n.inFigure && img > 1 && double(p) / double(img) < 0.5) || (!list && n.listItems - 100 > p)
            || n.inputs > p / 3 || (!list && headingDensity < 0.9 && n.text < 25 && (img == 0 || img > 2) && ld > 0)
            || (!list && w < 25 && ld > 0.2) || (w >= 25 && ld > 0.5);
        if (!remove && n.text < 40 && n.text > 0)
            remove = hint(Hint::Placeholder).match(HtmlText::nodeText(n.gumbo)).hasMatch();
        // Lists of images stay.
        if (remove && list && img > 0 && img == n.listItems)
            return false;
        return remove;
    }

    // Readability's _prepArticle on the chosen elements.
    std::vector<int> clean(const std::vector<int> &roots, unsigned flags)
    {
        for (int root : roots) {
            const int stop = m_nodes[size_t(root)].parent;
            const int end = subtreeEnd(root);
            for (int i = root + 1; i < end; ++i) {
                Node &n = m_nodes[size_t(i)];
                if (n.gone) {
                    i = subtreeEnd(i) - 1;
                    continue;
                }
                if (isNeverContent(n.tag) || (n.share && n.text < 500)
                    || ((flags & WeightClasses) && (n.tag == GUMBO_TAG_H1 || n.tag == GUMBO_TAG_H2)
                        && n.classWeight < 0)) {
                    cut(i, stop);
                    i = subtreeEnd(i) - 1;
                }
            }
            if (flags & CleanConditionally) {
                // Deepest first, so that a container is judged without the
                // link lists already cut from it.
                for (int i = end; i-- > root + 1;) {
                    Node &n = m_nodes[size_t(i)];
                    if (n.gone)
                        continue;
                    if (n.tag != GUMBO_TAG_DIV && n.tag != GUMBO_TAG_UL && n.tag != GUMBO_TAG_TABLE
                        && n.tag != GUMBO_TAG_FORM && n.tag != GUMBO_TAG_FIELDSET)
                        continue;
                    if (goneAbove(i, root))
                        continue;
                    if (removeConditionally(n, flags))
                        cut(i, stop);
                }
            }
        }
        return roots;
    }

    bool goneAbove(int i, int root) const
    {
        for (int a = m_nodes[size_t(i)].parent; a >= 0 && a != root; a = m_nodes[size_t(a)].parent) {
            if (m_nodes[size_t(a)].gone)
                return true;
        }
        return false;
    }

    int subtreeEnd(int root) const { return m_end[size_t(root)]; }

    QStringList paragraphsOf(const std::vector<int> &roots) const
    {
        // Only the topmost removed elements need to be known to the walk.
        std::unordered_set<const GumboNode *> cut;
        for (int r : roots) {
            for (int i = r + 1; i < subtreeEnd(r); ++i) {
                if (m_nodes[size_t(i)].gone) {
                    cut.insert(m_nodes[size_t(i)].gumbo);
                    i = subtreeEnd(i) - 1;
                }
            }
        }
        QStringList out;
        for (int r : roots) {
            out += HtmlText::paragraphs(m_nodes[size_t(r)].gumbo,
                                        [&cut](const GumboNode *g) { return cut.count(g) != 0; });
        }
        return out;
    }

    std::vector<Node> m_nodes;
    std::vector<int> m_end; // one past the last node of each subtree
    QString m_title;
    int m_bylineNode = -1;
    int m_titleHeading = -1;
    QString m_byline;
};

} // namespace

Readability::Result Readability::extract(const GumboInternalNode *document, const QString &title)
{
    if (!document || document->type != GUMBO_NODE_DOCUMENT)
        return {};
    Page page(document, title);
    return page.run();
}

} // namespace dateline
