#include "import/feed/feedimporter.h"

#include "import/feed/cdatastash.h"
#include "import/feed/feeddate.h"
#include "import/feed/simplehtmltext.h"
#include "import/feed/xmlentityresolver.h"
#include "import/feed/xmlmarkup.h"
#include "import/feed/xmlpreparer.h"

#include <QRegularExpression>
#include <QUrl>
#include <QXmlStreamReader>

#include <vector>

namespace dateline {

namespace {

const QLatin1String kAtom10("http://www.w3.org/2005/Atom");
const QLatin1String kAtom03("http://purl.org/atom/ns#");
const QLatin1String kRss10("http://purl.org/rss/1.0/");
const QLatin1String kRss09("http://my.netscape.com/rdf/simple/0.9/");
const QLatin1String kRdf("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QLatin1String kDc("http://purl.org/dc/elements/1.1/");
const QLatin1String kDcTerms("http://purl.org/dc/terms/");
const QLatin1String kContent("http://purl.org/rss/1.0/modules/content/");
const QLatin1String kXhtml("http://www.w3.org/1999/xhtml");
const QLatin1String kXml("http://www.w3.org/XML/1998/namespace");

enum class Ns { Core, Dc, DcTerms, Content, Xhtml, Other };

Ns classify(QStringView ns)
{
    if (ns.isEmpty() || ns == kAtom10 || ns == kAtom03 || ns == kRss10 || ns == kRss09 || ns == kRdf
        || ns.startsWith(QLatin1String("http://backend.userland.com/rss")) || ns.contains(QLatin1String("harvard.edu")))
        return Ns::Core;
    if (ns == kDc)
        return Ns::Dc;
    if (ns == kDcTerms)
        return Ns::DcTerms;
    if (ns == kContent)
        return Ns::Content;
    if (ns == kXhtml)
        return Ns::Xhtml;
    return Ns::Other;
}

// How a piece of feed text is to be read.
enum class Kind { Text, Html, Xhtml };

struct Construct
{
    QString raw;
    Kind kind = Kind::Html;
};

// Feeds written in Windows-1252 but labelled ISO-8859-1 (or carrying &#146;)
// put C1 control characters where curly quotes and dashes were meant.
void fixC1Controls(QString &text)
{
    static const char16_t kCp1252[32]
        = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
           0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
           0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
    const QChar *begin = text.constData();
    const QChar *end = begin + text.size();
    const QChar *p = begin;
    while (p < end && (p->unicode() < 0x80 || p->unicode() > 0x9F))
        ++p;
    if (p == end)
        return; // the usual case: no copy
    for (qsizetype i = p - begin; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x80 && c <= 0x9F)
            text[i] = QChar(kCp1252[c - 0x80]);
    }
}

QString inlineOf(const Construct &c)
{
    if (c.kind == Kind::Text)
        return c.raw.simplified();
    return SimpleHtmlText::inlineTextOf(c.raw);
}

QStringList paragraphsOf(const Construct &c)
{
    if (c.kind != Kind::Text)
        return SimpleHtmlText::paragraphsOf(c.raw);
    QStringList out;
    const QStringList blocks = c.raw.split(QStringLiteral("\n\n"));
    for (const QString &b : blocks) {
        const QString s = b.simplified();
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

struct Person
{
    QString name;
    QString email;
    QString uri;
};

QString personText(const Person &p)
{
    if (!p.name.isEmpty())
        return p.name;
    return p.email;
}

// RSS writes people as "email (Name)"; the article wants the name.
QString personName(const QString &who)
{
    static const QRegularExpression emailThenName(QStringLiteral(R"(^\S+@\S+\s*\((.+)\)$)"));
    static const QRegularExpression nameThenEmail(QStringLiteral(R"(^(.+?)\s*[(<]\S+@[^\s)>]+[)>]$)"));
    if (!who.contains(QLatin1Char('@')))
        return who;
    if (const auto m = emailThenName.match(who); m.hasMatch())
        return m.captured(1).trimmed();
    if (const auto m = nameThenEmail.match(who); m.hasMatch())
        return m.captured(1).trimmed();
    return who;
}

struct Entry
{
    Article article;
    Construct summary;
    Construct content;
    bool hasSummary = false;
    bool hasContent = false;
    QString alternateLink;
    QString anyLink;
    QString permalinkGuid;
};

class FeedReader
{
public:
    FeedReader(const QByteArray &utf8, const QString &source, const ImportOptions &options, XmlEntityResolver *resolver,
               const CdataStash *stash)
        : m_reader(utf8)
        , m_source(source)
        , m_options(options)
        , m_stash(stash)
    {
        m_reader.setEntityResolver(resolver);
    }

    void run(FeedInfo &info);
    QString undeclaredPrefix() const { return XmlPreparer::undeclaredPrefix(m_reader); }

private:
    void startElement(FeedInfo &info);
    void endElement(FeedInfo &info);
    void leave(); // bookkeeping for an element consumed by a read helper
    Construct readConstruct(bool atom);
    QString readText();
    QString resolve(const QString &link) const;
    void finishEntry(FeedInfo &info);

    QXmlStreamReader m_reader;
    QString m_source;
    ImportOptions m_options;
    const CdataStash *m_stash;
    bool m_atom = false;
    QString m_rootNamespace;
    int m_depth = 0;
    int m_entryDepth = 0;
    int m_personDepth = 0;
    bool m_personIsAuthor = false;
    Person m_person;
    Entry m_entry;
    std::vector<std::pair<int, QUrl>> m_bases;
    bool m_full = false;
};

void FeedReader::run(FeedInfo &info)
{
    while (!m_reader.atEnd() && !m_full) {
        switch (m_reader.readNext()) {
        case QXmlStreamReader::StartElement:
            startElement(info);
            break;
        case QXmlStreamReader::EndElement:
            endElement(info);
            break;
        default:
            break;
        }
    }
    if (m_reader.hasError() && info.error.isEmpty()) {
        info.error = QStringLiteral("XML error at line %1, column %2: %3")
                         .arg(m_reader.lineNumber())
                         .arg(m_reader.columnNumber())
                         .arg(m_reader.errorString());
    } else if (info.format.isEmpty() && info.error.isEmpty()) {
        info.error = QStringLiteral("no feed element found");
    }
}

QString FeedReader::resolve(const QString &link) const
{
    if (m_bases.empty() || link.isEmpty())
        return link;
    const QUrl url(link);
    if (!url.isRelative())
        return link;
    return m_bases.back().second.resolved(url).toString();
}

void FeedReader::leave()
{
    if (!m_bases.empty() && m_bases.back().first == m_depth)
        m_bases.pop_back();
    --m_depth;
}

QString FeedReader::readText()
{
    const QString text
        = XmlMarkup::readContent(m_reader, XmlMarkup::Mode::Text, m_options.maxNestingDepth - m_depth, m_stash);
    leave();
    return text;
}

Construct FeedReader::readConstruct(bool atom)
{
    Construct c;
    const auto attributes = m_reader.attributes();
    const QString type = attributes.value(QLatin1String("type")).toString().toLower();
    const QString mode = attributes.value(QLatin1String("mode")).toString().toLower();
    if (!atom)
        c.kind = Kind::Html;
    else if (type == QLatin1String("xhtml") || type == QLatin1String("application/xhtml+xml"))
        c.kind = Kind::Xhtml;
    else if (type == QLatin1String("html") || type == QLatin1String("text/html") || mode == QLatin1String("escaped"))
        c.kind = Kind::Html;
    else if (m_reader.namespaceUri() == kAtom03 && type.isEmpty() && mode.isEmpty())
        c.kind = Kind::Text;
    else if (type.isEmpty() || type == QLatin1String("text") || type.startsWith(QLatin1String("text/"))
             || !(type.endsWith(QLatin1String("+xml")) || type.endsWith(QLatin1String("/xml"))))
        c.kind = Kind::Text;
    else
        c.kind = Kind::Xhtml; // other XML media types: keep the text of the markup
    const XmlMarkup::Mode readMode = c.kind == Kind::Xhtml ? XmlMarkup::Mode::Markup
        : c.kind == Kind::Html                             ? XmlMarkup::Mode::Html
                                                           : XmlMarkup::Mode::Text;
    c.raw = XmlMarkup::readContent(m_reader, readMode, m_options.maxNestingDepth - m_depth, m_stash);
    // RFC 4287 4.1.3.3: a media type that is neither text nor XML is base64.
    const bool binaryType = type.contains(QLatin1Char('/')) && !type.startsWith(QLatin1String("text/"))
        && !type.endsWith(QLatin1String("+xml")) && !type.endsWith(QLatin1String("/xml"));
    if (mode == QLatin1String("base64") || (binaryType && m_reader.namespaceUri() != kAtom03))
        c.raw = QString::fromUtf8(QByteArray::fromBase64(c.raw.toLatin1().simplified().replace(' ', QByteArray())));
    if (type.startsWith(QLatin1String("image/")) || type.startsWith(QLatin1String("audio/"))
        || type.startsWith(QLatin1String("video/")))
        c.raw.clear(); // media, not text
    fixC1Controls(c.raw);
    leave();
    return c;
}

void FeedReader::startElement(FeedInfo &info)
{
    if (++m_depth > m_options.maxNestingDepth) {
        m_reader.raiseError(QStringLiteral("elements nested deeper than %1").arg(m_options.maxNestingDepth));
        return;
    }
    const auto attributes = m_reader.attributes();
    const QStringView base = attributes.value(kXml, QLatin1String("base"));
    if (!base.isEmpty()) {
        const QUrl url(base.toString());
        m_bases.emplace_back(m_depth, m_bases.empty() ? url : m_bases.back().second.resolved(url));
    }
    const QStringView name = m_reader.name();
    if (m_depth == 1) {
        if (name == QLatin1String("rss") || name == QLatin1String("channel")) {
            info.format = QStringLiteral("rss");
        } else if (name == QLatin1String("RDF")) {
            info.format = QStringLiteral("rdf");
        } else if (name == QLatin1String("feed")) {
            info.format = QStringLiteral("atom");
            m_atom = true;
        } else {
            m_reader.raiseError(QStringLiteral("not a feed: the root element is <%1>").arg(m_reader.qualifiedName()));
            return;
        }
        info.language = attributes.value(kXml, QLatin1String("lang")).toString();
        // Pre-standard Atom and RSS variants use namespaces of their own:
        // whatever the root's namespace is counts as the core vocabulary.
        m_rootNamespace = m_reader.namespaceUri().toString();
        return;
    }
    const Ns ns = m_reader.namespaceUri() == m_rootNamespace ? Ns::Core : classify(m_reader.namespaceUri());
    const bool inEntry = m_entryDepth > 0;

    if (ns == Ns::Core && m_entryDepth == 0
        && (m_atom ? name == QLatin1String("entry") : name == QLatin1String("item"))) {
        m_entryDepth = m_depth;
        m_entry = Entry();
        m_entry.article.language = attributes.value(kXml, QLatin1String("lang")).toString();
        if (const QStringView about = attributes.value(kRdf, QLatin1String("about")); !about.isEmpty())
            m_entry.article.guid = about.toString();
        return;
    }
    if (ns == Ns::Core
        && (name == QLatin1String("image") || name == QLatin1String("textinput") || name == QLatin1String("textInput")
            || name == QLatin1String("items") || (inEntry && name == QLatin1String("source")))) {
        // Their titles and links describe something else, not the feed or item.
        XmlMarkup::readContent(m_reader, XmlMarkup::Mode::Text, m_options.maxNestingDepth - m_depth, m_stash);
        leave();
        return;
    }
    if (m_atom && ns == Ns::Core && (name == QLatin1String("author") || name == QLatin1String("contributor"))) {
        m_personDepth = m_depth;
        m_personIsAuthor = name == QLatin1String("author");
        m_person = Person();
        return;
    }
    if (m_personDepth > 0) {
        if (name == QLatin1String("name"))
            m_person.name = readText().simplified();
        else if (name == QLatin1String("email"))
            m_person.email = readText().simplified();
        else if (name == QLatin1String("uri") || name == QLatin1String("url"))
            m_person.uri = readText().simplified();
        return;
    }

    Article &a = m_entry.article;
    if (ns == Ns::Core) {
        if (name == QLatin1String("title")) {
            const QString title = inlineOf(readConstruct(m_atom));
            QString &target = inEntry ? a.headline : info.title;
            if (target.isEmpty())
                target = title;
        } else if (name == QLatin1String("link")) {
            if (m_atom) {
                const QString rel = attributes.value(QLatin1String("rel")).toString();
                const QString href = resolve(attributes.value(QLatin1String("href")).toString().trimmed());
                if (href.isEmpty())
                    return;
                const bool alternate = rel.isEmpty() || rel == QLatin1String("alternate");
                if (inEntry) {
                    if (alternate && m_entry.alternateLink.isEmpty())
                        m_entry.alternateLink = href;
                    if (m_entry.anyLink.isEmpty())
                        m_entry.anyLink = href;
                } else if (alternate && info.link.isEmpty()) {
                    info.link = href;
                }
            } else {
                const QString href = resolve(readText().trimmed());
                if (inEntry && m_entry.alternateLink.isEmpty())
                    m_entry.alternateLink = href;
                else if (!inEntry && info.link.isEmpty())
                    info.link = href;
            }
        } else if (name == QLatin1String("description") || name == QLatin1String("summary")
                   || name == QLatin1String("subtitle") || name == QLatin1String("tagline")) {
            Construct c = readConstruct(m_atom);
            if (inEntry) {
                if (!m_entry.hasSummary) {
                    m_entry.summary = std::move(c);
                    m_entry.hasSummary = true;
                }
            } else if (info.description.isEmpty()) {
                info.description = inlineOf(c);
            }
        } else if (name == QLatin1String("content") && inEntry) {
            const QString src = attributes.value(QLatin1String("src")).toString();
            Construct c = readConstruct(true);
            if (!m_entry.hasContent && src.isEmpty()) {
                m_entry.content = std::move(c);
                m_entry.hasContent = true;
            }
        } else if (name == QLatin1String("guid") || name == QLatin1String("id")) {
            const bool permalink
                = attributes.value(QLatin1String("isPermaLink")).compare(QLatin1String("false"), Qt::CaseInsensitive)
                != 0;
            const QString id = readText().trimmed();
            if (inEntry) {
                a.guid = id;
                if (!m_atom && permalink)
                    m_entry.permalinkGuid = resolve(id);
            } else if (info.id.isEmpty()) {
                info.id = id;
            }
        } else if (name == QLatin1String("author") || name == QLatin1String("managingEditor")) {
            const QString who = readText().simplified();
            if (who.isEmpty())
                return;
            if (inEntry && name == QLatin1String("author")) {
                if (const QString person = personName(who); !a.authors.contains(person))
                    a.authors.append(person);
            } else if (!inEntry && info.author.isEmpty()) {
                info.author = who;
            }
        } else if (name == QLatin1String("pubDate") || name == QLatin1String("published")
                   || name == QLatin1String("issued") || name == QLatin1String("created")) {
            const QString iso = FeedDate::toIso(readText());
            if (inEntry && a.published.isEmpty())
                a.published = iso;
        } else if (name == QLatin1String("updated") || name == QLatin1String("modified")) {
            const QString iso = FeedDate::toIso(readText());
            if (inEntry && a.updated.isEmpty())
                a.updated = iso;
        } else if (name == QLatin1String("category")) {
            QString term = attributes.value(QLatin1String("term")).toString().simplified();
            if (term.isEmpty())
                term = attributes.value(QLatin1String("label")).toString().simplified();
            const QString text = readText().simplified();
            if (term.isEmpty())
                term = text;
            if (inEntry && !term.isEmpty() && !a.categories.contains(term))
                a.categories.append(term);
        } else if (name == QLatin1String("language") && !inEntry) {
            info.language = readText().trimmed();
        }
        return;
    }
    if (ns == Ns::Dc || ns == Ns::DcTerms) {
        if (name == QLatin1String("creator") || name == QLatin1String("author") || name == QLatin1String("publisher")) {
            const bool creator = name != QLatin1String("publisher");
            const QString who = readText().simplified();
            if (who.isEmpty() || !creator)
                return;
            if (inEntry && !a.authors.contains(who))
                a.authors.append(who);
            else if (!inEntry && info.author.isEmpty())
                info.author = who;
        } else if (name == QLatin1String("date") || name == QLatin1String("issued")
                   || name == QLatin1String("created")) {
            const QString iso = FeedDate::toIso(readText());
            if (inEntry && a.published.isEmpty())
                a.published = iso;
        } else if (name == QLatin1String("modified")) {
            const QString iso = FeedDate::toIso(readText());
            if (inEntry && a.updated.isEmpty())
                a.updated = iso;
        } else if (name == QLatin1String("subject")) {
            const QString term = readText().simplified();
            if (inEntry && !term.isEmpty() && !a.categories.contains(term))
                a.categories.append(term);
        } else if (name == QLatin1String("language") && !inEntry && info.language.isEmpty()) {
            info.language = readText().trimmed();
        } else if (name == QLatin1String("description") && inEntry && !m_entry.hasSummary) {
            m_entry.summary = readConstruct(false);
            m_entry.hasSummary = true;
        } else if (name == QLatin1String("title")) {
            const QString title = readText().simplified();
            QString &target = inEntry ? a.headline : info.title;
            if (target.isEmpty())
                target = title;
        }
        return;
    }
    if (inEntry && !m_entry.hasContent
        && ((ns == Ns::Content && name == QLatin1String("encoded"))
            || (ns == Ns::Xhtml && name == QLatin1String("body")))) {
        Construct c;
        c.kind = ns == Ns::Xhtml ? Kind::Xhtml : Kind::Html;
        c.raw = XmlMarkup::readContent(m_reader, ns == Ns::Xhtml ? XmlMarkup::Mode::Markup : XmlMarkup::Mode::Html,
                                       m_options.maxNestingDepth - m_depth, m_stash);
        fixC1Controls(c.raw);
        leave();
        m_entry.content = std::move(c);
        m_entry.hasContent = true;
    }
}

void FeedReader::endElement(FeedInfo &info)
{
    if (m_personDepth == m_depth && m_personDepth > 0) {
        m_personDepth = 0;
        const QString who = personText(m_person);
        if (m_personIsAuthor && !who.isEmpty()) {
            if (m_entryDepth > 0) {
                if (!m_entry.article.authors.contains(who))
                    m_entry.article.authors.append(who);
            } else if (info.author.isEmpty()) {
                info.author = who;
            }
        }
    }
    if (m_entryDepth == m_depth && m_entryDepth > 0) {
        m_entryDepth = 0;
        finishEntry(info);
    }
    leave();
}

void FeedReader::finishEntry(FeedInfo &info)
{
    Article &a = m_entry.article;
    a.source = m_source;
    a.format = info.format;
    if (a.language.isEmpty())
        a.language = info.language;
    a.link = !m_entry.alternateLink.isEmpty() ? m_entry.alternateLink
        : !m_entry.permalinkGuid.isEmpty()    ? m_entry.permalinkGuid
                                              : m_entry.anyLink;
    const QString summary = m_entry.hasSummary ? inlineOf(m_entry.summary) : QString();
    if (m_entry.hasContent)
        a.paragraphs = paragraphsOf(m_entry.content);
    if (!a.paragraphs.isEmpty())
        a.standfirst = summary;
    else if (m_entry.hasSummary)
        a.paragraphs = paragraphsOf(m_entry.summary);
    info.summaries.append(summary);
    info.articles.append(std::move(a));
    m_entry = Entry();
    if (info.articles.size() >= m_options.maxArticlesPerFile) {
        info.error = QStringLiteral("more than %1 items; the rest were skipped").arg(m_options.maxArticlesPerFile);
        m_full = true;
    }
}

} // namespace

FeedInfo FeedImporter::read(const QByteArray &data, const QString &source, const ImportOptions &options)
{
    FeedInfo info;
    XmlPreparer::Result prepared = XmlPreparer::prepare(data);
    if (!prepared.error.isEmpty()) {
        info.error = prepared.error;
        return info;
    }
    CdataStash cdata;
    prepared.utf8 = cdata.stash(prepared.utf8, prepared.entities);
    // A few undeclared prefixes (itunes:, media:) are declared and the feed
    // read again rather than losing every item after the first use.
    for (int attempt = 0;; ++attempt) {
        info = FeedInfo();
        XmlEntityResolver resolver(prepared.entities);
        FeedReader reader(prepared.utf8, source, options, &resolver, &cdata);
        reader.run(info);
        const QString prefix = reader.undeclaredPrefix();
        if (prefix.isEmpty() || attempt >= 8 || !XmlPreparer::declarePrefix(prepared.utf8, prefix))
            return info;
    }
}

ImportResult FeedImporter::parse(const QByteArray &data, const QString &source, const ImportOptions &options)
{
    FeedInfo info = read(data, source, options);
    ImportResult r;
    r.articles = std::move(info.articles);
    // An item names no agency of its own: the feed's title is its publication.
    const QString publication = info.title.simplified();
    for (Article &a : r.articles) {
        if (a.agency.isEmpty())
            a.agency = publication;
    }
    r.error = std::move(info.error);
    if (r.error.isEmpty() && r.articles.isEmpty())
        r.error = QStringLiteral("the %1 feed has no items").arg(info.format);
    return r;
}

} // namespace dateline
