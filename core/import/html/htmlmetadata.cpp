#include "import/html/htmlmetadata.h"

#include "import/html/htmltext.h"
#include "import/textlines.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <gumbo.h>

#include <vector>

namespace dateline {

namespace {

QString attr(const GumboNode *node, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value).trimmed() : QString();
}

// Meta values by normalised key ("og:title", "dc:creator", "parsely-pub-date"),
// every value in document order.
using MetaValues = QHash<QString, QStringList>;

QString first(const MetaValues &meta, std::initializer_list<const char *> keys)
{
    // The last value of a key wins, as in Readability.
    for (const char *k : keys) {
        const QStringList values = meta.value(QLatin1String(k));
        for (auto it = values.crbegin(); it != values.crend(); ++it) {
            if (!it->isEmpty())
                return *it;
        }
    }
    return {};
}

QStringList all(const MetaValues &meta, const char *key)
{
    QStringList out;
    for (const QString &v : meta.value(QLatin1String(key))) {
        if (!v.isEmpty())
            out << v;
    }
    return out;
}

int wordCount(const QString &s)
{
    // What split(QRegularExpression("\\s+"), SkipEmptyParts) counts, without
    // compiling a pattern per call: runs of non-space characters.
    int words = 0;
    bool inWord = false;
    for (const QChar c : s) {
        const char16_t u = c.unicode(); // \s without Unicode properties: ASCII only
        const bool space = u == u' ' || (u >= 0x09 && u <= 0x0D);
        words += !space && !inWord ? 1 : 0;
        inWord = !space;
    }
    return words;
}

bool isUrl(const QString &s)
{
    return s.startsWith(QLatin1String("http://")) || s.startsWith(QLatin1String("https://"))
        || s.startsWith(QLatin1String("//")) || s.startsWith(QLatin1Char('/'));
}

QString cleanAuthor(QString name)
{
    name = textlines::normaliseSpaces(name);
    static const QRegularExpression by(QStringLiteral("^(by|von|par|por|di)\\s*:?\\s+"),
                                       QRegularExpression::CaseInsensitiveOption);
    name.remove(by);
    return name.trimmed();
}

void addAuthors(QStringList *out, const QString &value)
{
    // One value may name several people: "A and B", "A; B", "A, B" (but
    // "Brenda Goodman, MA" is one person with a degree).
    static const QRegularExpression sep(QStringLiteral("\\s*;\\s*|\\s+and\\s+|\\s*&\\s*|\\s*\\|\\s*"));
    QStringList parts;
    for (const QString &part : value.split(sep, Qt::SkipEmptyParts)) {
        const QStringList byComma = part.split(QLatin1Char(','), Qt::SkipEmptyParts);
        bool allNames = byComma.size() > 1;
        for (const QString &c : byComma)
            allNames = allNames && wordCount(c.trimmed()) >= 2;
        parts << (allNames ? byComma : QStringList {part});
    }
    for (const QString &part : parts) {
        const QString a = cleanAuthor(part);
        if (!a.isEmpty() && !isUrl(a) && a.size() < 100 && !out->contains(a))
            *out << a;
    }
}

// schema.org types that carry an article (Readability's list, matched loosely
// so that "NewsArticle", "ReportageNewsArticle" or "BlogPosting" all count).
bool isArticleType(const QJsonValue &type)
{
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray()) {
            if (isArticleType(t))
                return true;
        }
        return false;
    }
    const QString t = type.toString();
    return t.endsWith(QLatin1String("Article")) || t.endsWith(QLatin1String("Posting")) || t == QLatin1String("Report")
        || t == QLatin1String("APIReference");
}

bool isSchemaOrg(const QJsonValue &context)
{
    static const QRegularExpression re(QStringLiteral("^https?://schema\\.org/?$"));
    if (context.isString())
        return re.match(context.toString()).hasMatch();
    if (context.isObject())
        return re.match(context.toObject().value(QLatin1String("@vocab")).toString()).hasMatch();
    if (context.isArray()) {
        for (const QJsonValue &c : context.toArray()) {
            if (isSchemaOrg(c))
                return true;
        }
    }
    return false;
}

// The article object of one JSON-LD block, or an empty object.
QJsonObject findArticle(const QJsonValue &value, bool contextSeen, int depth = 0)
{
    if (depth > 4)
        return {};
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            const QJsonObject o = findArticle(v, contextSeen, depth + 1);
            if (!o.isEmpty())
                return o;
        }
        return {};
    }
    if (!value.isObject())
        return {};
    const QJsonObject o = value.toObject();
    const bool schema
        = contextSeen || isSchemaOrg(o.value(QLatin1String("@context"))) || !o.contains(QLatin1String("@context"));
    if (!schema)
        return {};
    if (isArticleType(o.value(QLatin1String("@type"))))
        return o;
    if (o.contains(QLatin1String("@graph")))
        return findArticle(o.value(QLatin1String("@graph")), true, depth + 1);
    // A WebPage whose main entity is the article.
    if (o.contains(QLatin1String("mainEntity")))
        return findArticle(o.value(QLatin1String("mainEntity")), true, depth + 1);
    return {};
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return textlines::normaliseSpaces(HtmlText::inlineText(v.toString()));
    if (v.isArray() && !v.toArray().isEmpty())
        return jsonText(v.toArray().first());
    if (v.isObject())
        return jsonText(v.toObject().value(QLatin1String("name")));
    return {};
}

// Objects of a JSON-LD document by "@id", so that an author given only as
// a reference (as WordPress SEO plugins write it) can be named.
void indexIds(const QJsonValue &v, QHash<QString, QJsonObject> *ids, int depth = 0)
{
    if (depth > 6)
        return;
    if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            indexIds(x, ids, depth + 1);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("@id")).toString();
        if (!id.isEmpty() && o.contains(QLatin1String("name")))
            ids->insert(id, o);
        if (o.contains(QLatin1String("@graph")))
            indexIds(o.value(QLatin1String("@graph")), ids, depth + 1);
    }
}

void jsonAuthors(const QJsonValue &v, const QHash<QString, QJsonObject> &ids, QStringList *out)
{
    if (v.isArray()) {
        for (const QJsonValue &a : v.toArray())
            jsonAuthors(a, ids, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QLatin1String("name")))
            jsonAuthors(o.value(QLatin1String("name")), ids, out);
        else if (const auto it = ids.constFind(o.value(QLatin1String("@id")).toString()); it != ids.constEnd())
            jsonAuthors(it->value(QLatin1String("name")), ids, out);
    } else if (v.isString()) {
        addAuthors(out, HtmlText::inlineText(v.toString()));
    }
}

struct Collected
{
    MetaValues meta;
    QStringList jsonLd;
    QString title;
    QStringList headings; // h1 and h2 texts
    int h1Count = 0;
    QString firstH1;
    QString lang;
    QString canonical;
    QString timeDatetime;
};

Collected collect(const GumboNode *document)
{
    Collected c;
    static const QRegularExpression namePattern(
        QStringLiteral("^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(?:article|webpage))\\s*[-.:]\\s*)?"
                       "(author|creator|pub-date|description|title|site_name)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    std::vector<const GumboNode *> stack {document};
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        const GumboVector *children = nullptr;
        if (node->type == GUMBO_NODE_DOCUMENT) {
            children = &node->v.document.children;
        } else if (node->type == GUMBO_NODE_ELEMENT) {
            const GumboElement &e = node->v.element;
            children = &e.children;
            switch (e.tag) {
            case GUMBO_TAG_HTML:
                c.lang = attr(node, "lang");
                if (c.lang.isEmpty())
                    c.lang = attr(node, "xml:lang");
                break;
            case GUMBO_TAG_TITLE:
                if (c.title.isEmpty())
                    c.title = HtmlText::nodeText(node);
                continue;
            case GUMBO_TAG_H1:
            case GUMBO_TAG_H2: {
                const QString t = HtmlText::nodeText(node);
                c.headings << t;
                if (e.tag == GUMBO_TAG_H1) {
                    if (c.h1Count++ == 0)
                        c.firstH1 = t;
                }
                continue;
            }
            case GUMBO_TAG_LINK:
                if (c.canonical.isEmpty()
                    && attr(node, "rel").compare(QLatin1String("canonical"), Qt::CaseInsensitive) == 0)
                    c.canonical = attr(node, "href");
                continue;
            case GUMBO_TAG_TIME:
                if (c.timeDatetime.isEmpty() || gumbo_get_attribute(&e.attributes, "pubdate"))
                    c.timeDatetime = attr(node, "datetime");
                break;
            case GUMBO_TAG_SCRIPT:
                if (attr(node, "type").compare(QLatin1String("application/ld+json"), Qt::CaseInsensitive) == 0)
                    c.jsonLd << HtmlText::nodeText(node);
                continue;
            case GUMBO_TAG_META: {
                const QString content = attr(node, "content");
                if (content.isEmpty())
                    continue;
                const QString value = textlines::normaliseSpaces(content);
                // property="og:title twitter:title" names several keys at once.
                for (const QString &p : attr(node, "property").toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    c.meta[p.trimmed()] << value;
                for (const char *a : {"name", "itemprop", "http-equiv"}) {
                    QString name = attr(node, a).toLower();
                    if (name.isEmpty())
                        continue;
                    name.remove(QLatin1Char(' '));
                    if (namePattern.match(name).hasMatch())
                        name.replace(QLatin1Char('.'), QLatin1Char(':'));
                    c.meta[name] << value;
                }
                continue;
            }
            default:
                break;
            }
        } else {
            continue;
        }
        for (unsigned i = children->length; i-- > 0;)
            stack.push_back(static_cast<const GumboNode *>(children->data[i]));
    }
    return c;
}

} // namespace

QString HtmlMetadata::isoDate(const QString &input)
{
    const QString s = input.trimmed();
    if (s.isEmpty() || s.size() > 100)
        return {};
    static const QRegularExpression iso(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2})(:\\d{2})?(?:[.,]\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?"));
    if (const auto m = iso.match(s); m.hasMatch()) {
        if (!QDate::fromString(m.captured(1), Qt::ISODate).isValid())
            return {};
        QString out = m.captured(1);
        if (m.hasCaptured(2)) {
            out += QLatin1Char('T') + m.captured(2) + m.captured(3);
            QString tz = m.captured(4);
            if (tz.size() == 5)
                tz.insert(3, QLatin1Char(':'));
            out += tz;
        }
        return out;
    }
    static const QRegularExpression digits(QStringLiteral("^\\d{9,13}$"));
    if (digits.match(s).hasMatch()) {
        qint64 n = s.toLongLong();
        if (s.size() > 11)
            n /= 1000;
        return QDateTime::fromSecsSinceEpoch(n, Qt::UTC).toString(Qt::ISODate);
    }
    const QDateTime rfc = QDateTime::fromString(s, Qt::RFC2822Date);
    if (rfc.isValid())
        return rfc.toString(Qt::ISODate);
    // Written-out dates, e.g. "March 25, 2015" or "25 March 2015".
    static const QRegularExpression words(QStringLiteral(
        "^(?:[A-Za-z]+,?\\s+)?([A-Za-z]+\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\.?\\s+[A-Za-z]+\\.?\\s+\\d{4})"));
    if (const auto m = words.match(s); m.hasMatch()) {
        QString d = m.captured(1);
        d.remove(QLatin1Char(',')).remove(QLatin1Char('.'));
        d = textlines::normaliseSpaces(d);
        const QLocale c = QLocale::c();
        for (const char *f : {"MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy"}) {
            const QDate date = c.toDate(d, QLatin1String(f));
            if (date.isValid())
                return date.toString(Qt::ISODate);
        }
    }
    return {};
}

QString HtmlMetadata::cleanDocumentTitle(const QString &original, const QStringList &headings, int h1Count,
                                         const QString &onlyH1)
{
    const QString orig = textlines::normaliseSpaces(original);
    QString cur = orig;
    bool hierarchical = false;
    static const QRegularExpression separator(QStringLiteral(" [|\\-–—\\\\/>»] "));
    static const QRegularExpression hierarchicalSep(QStringLiteral(" [\\\\/>»] "));
    if (cur.contains(separator)) {
        hierarchical = cur.contains(hierarchicalSep);
        qsizetype last = -1;
        for (auto it = separator.globalMatch(orig); it.hasNext();)
            last = it.next().capturedStart();
        cur = orig.left(last);
        if (wordCount(cur) < 3) {
            static const QRegularExpression firstPart(QStringLiteral("^[^|\\-–—\\\\/>»]*[|\\-–—\\\\/>»]"));
            cur = QString(orig).remove(firstPart);
        }
    } else if (cur.contains(QLatin1String(": "))) {
        if (!headings.contains(orig)) {
            cur = orig.mid(orig.lastIndexOf(QLatin1Char(':')) + 1);
            if (wordCount(cur) < 3)
                cur = orig.mid(orig.indexOf(QLatin1Char(':')) + 1);
            else if (wordCount(orig.left(orig.indexOf(QLatin1Char(':')))) > 5)
                cur = orig;
        }
    } else if ((cur.size() > 150 || cur.size() < 15) && h1Count == 1) {
        cur = onlyH1;
    }
    cur = textlines::normaliseSpaces(cur);
    const int n = wordCount(cur);
    static const QRegularExpression anySep(QStringLiteral("[|\\-–—\\\\/>»]+"));
    if (n <= 4 && (!hierarchical || n != wordCount(QString(orig).remove(anySep)) - 1))
        cur = orig;
    return cur;
}

HtmlMetadata HtmlMetadata::read(const GumboInternalNode *document)
{
    HtmlMetadata m;
    if (!document)
        return m;
    const Collected c = collect(document);
    m.documentTitle = cleanDocumentTitle(c.title, c.headings, c.h1Count, c.firstH1);

    // JSON-LD first: it is what publishers fill for search engines and the
    // most carefully structured.
    QString ldName;
    QString ldHeadline;
    for (QString text : c.jsonLd) {
        static const QRegularExpression cdata(QStringLiteral("^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$"));
        text.remove(cdata);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            continue;
        const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        const QJsonObject a = findArticle(root, false);
        if (a.isEmpty())
            continue;
        QHash<QString, QJsonObject> ids;
        indexIds(root, &ids);
        ldName = jsonText(a.value(QLatin1String("name")));
        ldHeadline = jsonText(a.value(QLatin1String("headline")));
        jsonAuthors(a.value(QLatin1String("author")), ids, &m.authors);
        if (m.authors.isEmpty())
            jsonAuthors(a.value(QLatin1String("creator")), ids, &m.authors);
        m.published = isoDate(jsonText(a.value(QLatin1String("datePublished"))));
        if (m.published.isEmpty())
            m.published = isoDate(jsonText(a.value(QLatin1String("dateCreated"))));
        m.updated = isoDate(jsonText(a.value(QLatin1String("dateModified"))));
        m.description = jsonText(a.value(QLatin1String("description")));
        m.section = jsonText(a.value(QLatin1String("articleSection")));
        m.siteName = jsonText(a.value(QLatin1String("publisher")));
        m.link = jsonText(a.value(QLatin1String("url")));
        if (m.language.isEmpty())
            m.language = jsonText(a.value(QLatin1String("inLanguage")));
        break;
    }
    if (!ldName.isEmpty() && !ldHeadline.isEmpty() && ldName != ldHeadline) {
        // Some sites put the site name in "name"; keep whichever matches the page title.
        const bool nameMatches = textlines::wordSimilarity(ldName, m.documentTitle) > 0.75;
        const bool headlineMatches = textlines::wordSimilarity(ldHeadline, m.documentTitle) > 0.75;
        m.title = headlineMatches && !nameMatches ? ldHeadline : ldName;
    } else {
        m.title = !ldHeadline.isEmpty() ? ldHeadline : ldName;
    }

    const MetaValues &meta = c.meta;
    if (m.title.isEmpty()) {
        m.title = first(meta,
                        {"dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title",
                         "twitter:title", "parsely-title", "sailthru:title"});
    }
    if (m.title.isEmpty())
        m.title = m.documentTitle;
    // A page without any title still has its headline in the first <h1>.
    if (m.title.isEmpty())
        m.title = c.firstH1;
    m.title = HtmlText::inlineText(m.title);
    if (m.siteName.isEmpty())
        m.siteName = first(meta, {"og:site_name", "application-name"});

    if (m.authors.isEmpty()) {
        for (const char *key : {"dc:creator", "dcterm:creator", "author", "parsely-author", "sailthru:author",
                                "article:author", "byl", "twitter:creator"}) {
            for (const QString &v : all(meta, key)) {
                // twitter:creator is a handle, article:author often a profile URL.
                if (v.startsWith(QLatin1Char('@')))
                    continue;
                addAuthors(&m.authors, HtmlText::inlineText(v));
            }
            if (!m.authors.isEmpty())
                break;
        }
    }
    if (m.published.isEmpty()) {
        m.published
            = isoDate(first(meta,
                            {"article:published_time", "parsely-pub-date", "og:published_time", "datepublished",
                             "dc:date", "dcterms:date", "dc:date:issued", "dcterm:created", "date", "pubdate",
                             "publishdate", "publish-date", "sailthru:date", "article:published", "displaydate"}));
    }
    if (m.published.isEmpty())
        m.published = isoDate(c.timeDatetime);
    if (m.updated.isEmpty())
        m.updated = isoDate(first(
            meta,
            {"article:modified_time", "og:updated_time", "datemodified", "dc:modified", "last-modified", "lastmod"}));
    if (m.description.isEmpty()) {
        m.description = first(meta,
                              {"dc:description", "dcterm:description", "og:description", "weibo:article:description",
                               "weibo:webpage:description", "description", "twitter:description"});
    }
    m.description = HtmlText::inlineText(m.description);
    if (m.section.isEmpty())
        m.section = first(meta, {"article:section", "parsely-section", "section"});
    if (m.language.isEmpty())
        m.language = c.lang;
    if (m.language.isEmpty())
        m.language = first(meta, {"og:locale", "content-language", "language", "dc:language"})
                         .replace(QLatin1Char('_'), QLatin1Char('-'));
    if (!c.canonical.isEmpty())
        m.link = c.canonical;
    else if (m.link.isEmpty())
        m.link = first(meta, {"og:url"});
    if (!m.link.isEmpty() && !m.link.contains(QLatin1String("://")))
        m.link.clear(); // relative links say nothing without the page's address
    return m;
}

} // namespace dateline
