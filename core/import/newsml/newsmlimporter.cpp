#include "import/newsml/newsmlimporter.h"

#include "import/feed/feeddate.h"
#include "import/feed/simplehtmltext.h"
#include "import/feed/xmlentityresolver.h"
#include "import/feed/xmlmarkup.h"
#include "import/feed/xmlpreparer.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace dateline {

namespace {

const QLatin1String kXml("http://www.w3.org/XML/1998/namespace");

QStringList plainParagraphs(const QString &text)
{
    static const QRegularExpression blank(QStringLiteral(R"(\n\s*\n)"));
    QStringList out;
    for (const QString &block : text.split(blank)) {
        const QString s = block.simplified();
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

// What one news item (or standalone NITF document) has said so far.
struct Item
{
    Article article;
    int depth = 0;
    QString firstCreated;
    QString contentCreated;
    QString versionCreated;
    QString contentModified;
    QString nitfDate;
    QString nitfHeadline;
    QString nitfTitle;
    QString slugline;
    QString located;
    QString datelineText;
    QString bylineText;
    bool bylineHasPerson = false;
};

class NewsmlReader
{
public:
    NewsmlReader(const QByteArray &utf8, const QString &source, const ImportOptions &options,
                 XmlEntityResolver *resolver)
        : m_reader(utf8)
        , m_source(source)
        , m_options(options)
    {
        m_reader.setEntityResolver(resolver);
    }

    ImportResult run();
    QString undeclaredPrefix() const { return XmlPreparer::undeclaredPrefix(m_reader); }

private:
    void startElement();
    void endElement();
    QString readText();
    QString readMarkup();
    void beginItem(const QString &format);
    void finishItem();
    QStringView parent() const
    {
        return m_stack.size() >= 2 ? QStringView(m_stack[m_stack.size() - 2]) : QStringView();
    }

    QXmlStreamReader m_reader;
    QString m_source;
    ImportOptions m_options;
    QStringList m_stack; // local names of the open elements
    Item m_item;
    bool m_inItem = false;
    int m_bylineDepth = 0;
    int m_datelineDepth = 0;
    QString m_datelineAccum;
    ImportResult m_result;
    bool m_full = false;
};

QString NewsmlReader::readText()
{
    const QString text
        = XmlMarkup::readContent(m_reader, XmlMarkup::Mode::Text, m_options.maxNestingDepth - int(m_stack.size()));
    m_stack.removeLast();
    return text;
}

QString NewsmlReader::readMarkup()
{
    const QString markup
        = XmlMarkup::readContent(m_reader, XmlMarkup::Mode::Markup, m_options.maxNestingDepth - int(m_stack.size()));
    m_stack.removeLast();
    return markup;
}

void NewsmlReader::beginItem(const QString &format)
{
    m_item = Item();
    m_item.depth = int(m_stack.size());
    m_item.article.format = format;
    m_item.article.source = m_source;
    m_item.article.guid = m_reader.attributes().value(QLatin1String("guid")).toString();
    m_item.article.language = m_reader.attributes().value(kXml, QLatin1String("lang")).toString();
    m_inItem = true;
}

void NewsmlReader::startElement()
{
    m_stack.append(m_reader.name().toString());
    if (m_stack.size() > m_options.maxNestingDepth) {
        m_reader.raiseError(QStringLiteral("elements nested deeper than %1").arg(m_options.maxNestingDepth));
        return;
    }
    const QString name = m_stack.last(); // a copy: reading a field pops the stack
    const QXmlStreamAttributes attributes = m_reader.attributes();

    if (m_stack.size() == 1) {
        if (name == QLatin1String("nitf") || name == QLatin1String("body") || name == QLatin1String("body.content")) {
            beginItem(QStringLiteral("nitf")); // a whole NITF document or its body alone
        } else if (name == QLatin1String("contentSet") || name == QLatin1String("contentMeta")
                   || name == QLatin1String("inlineXML")) {
            beginItem(QStringLiteral("newsml-g2")); // a fragment: the element stands for its item
        } else if (name != QLatin1String("newsItem") && name != QLatin1String("newsMessage")
                   && name != QLatin1String("packageItem") && name != QLatin1String("knowledgeItem")) {
            m_reader.raiseError(QStringLiteral("not a NewsML-G2 or NITF document: the root element is <%1>")
                                    .arg(m_reader.qualifiedName()));
            return;
        }
    }
    if (name == QLatin1String("packageItem") || name == QLatin1String("knowledgeItem")
        || name == QLatin1String("conceptItem") || name == QLatin1String("planningItem")) {
        readText(); // references and concepts only: no story to import
        return;
    }
    if (name == QLatin1String("newsItem")) {
        beginItem(QStringLiteral("newsml-g2"));
        return;
    }
    if (!m_inItem)
        return;

    Article &a = m_item.article;
    const QStringView up = parent();
    // NewsML-G2 metadata.
    if (name == QLatin1String("headline") && up == QLatin1String("contentMeta")) {
        const QString text = readText().simplified();
        if (a.headline.isEmpty())
            a.headline = text;
    } else if (name == QLatin1String("slugline") && up == QLatin1String("contentMeta")) {
        m_item.slugline = readText().simplified();
    } else if (name == QLatin1String("name")
               && (up == QLatin1String("creator") || up == QLatin1String("contributor"))) {
        const QString who = readText().simplified();
        if (!who.isEmpty() && !a.authors.contains(who))
            a.authors.append(who);
    } else if (name == QLatin1String("name") && up == QLatin1String("infoSource")) {
        const QString who = readText().simplified();
        if (a.agency.isEmpty())
            a.agency = who;
    } else if (name == QLatin1String("name") && up == QLatin1String("located")) {
        const QString place = readText().simplified();
        if (m_item.located.isEmpty())
            m_item.located = place;
    } else if (name == QLatin1String("name") && up == QLatin1String("subject")) {
        const QString lang = attributes.value(kXml, QLatin1String("lang")).toString();
        const QString term = readText().simplified();
        if (!term.isEmpty() && !a.categories.contains(term)
            && (lang.isEmpty() || a.language.isEmpty() || lang.startsWith(a.language.left(2))))
            a.categories.append(term);
    } else if (name == QLatin1String("dateline") && up == QLatin1String("contentMeta")) {
        m_item.datelineText = readText().simplified();
    } else if (name == QLatin1String("description") && up == QLatin1String("contentMeta")) {
        const QString role = attributes.value(QLatin1String("role")).toString();
        const QString text = readText().simplified();
        if (a.standfirst.isEmpty() && (role.isEmpty() || role.contains(QLatin1String("summary"))))
            a.standfirst = text;
    } else if (name == QLatin1String("language") && up == QLatin1String("contentMeta")) {
        const QString tag = attributes.value(QLatin1String("tag")).toString();
        if (!tag.isEmpty())
            a.language = tag;
    } else if (name == QLatin1String("firstCreated")) {
        m_item.firstCreated = FeedDate::toIso(readText());
    } else if (name == QLatin1String("versionCreated")) {
        m_item.versionCreated = FeedDate::toIso(readText());
    } else if (name == QLatin1String("contentCreated")) {
        m_item.contentCreated = FeedDate::toIso(readText());
    } else if (name == QLatin1String("contentModified")) {
        m_item.contentModified = FeedDate::toIso(readText());
    } else if (name == QLatin1String("inlineXML")) {
        const QString type = attributes.value(QLatin1String("contenttype")).toString();
        if (type.contains(QLatin1String("html"))) {
            const QStringList paragraphs = SimpleHtmlText::paragraphsOf(readMarkup());
            if (a.paragraphs.isEmpty())
                a.paragraphs = paragraphs;
        }
        // NITF (or anything else) is read element by element below.
    } else if (name == QLatin1String("inlineData")) {
        const QStringList paragraphs = plainParagraphs(readText());
        if (a.paragraphs.isEmpty())
            a.paragraphs = paragraphs;
    }
    // NITF.
    else if (name == QLatin1String("hl1")) {
        const QString text = readText().simplified();
        if (m_item.nitfHeadline.isEmpty())
            m_item.nitfHeadline = text;
    } else if (name == QLatin1String("title") && up == QLatin1String("head")) {
        m_item.nitfTitle = readText().simplified();
    } else if (name == QLatin1String("date.issue")) {
        m_item.nitfDate = FeedDate::toIso(attributes.value(QLatin1String("norm")));
    } else if (name == QLatin1String("doc-id")) {
        if (a.guid.isEmpty())
            a.guid = attributes.value(QLatin1String("id-string")).toString();
    } else if (name == QLatin1String("byline")) {
        m_bylineDepth = int(m_stack.size());
        m_item.bylineText.clear();
        m_item.bylineHasPerson = false;
    } else if (name == QLatin1String("person") && m_bylineDepth > 0) {
        const QString who = readText().simplified();
        m_item.bylineHasPerson = true;
        if (!who.isEmpty() && !a.authors.contains(who))
            a.authors.append(who);
    } else if (name == QLatin1String("byttl") || name == QLatin1String("story.date")) {
        readText(); // a job title or a date, not a name or a place
    } else if (name == QLatin1String("dateline")) {
        m_datelineDepth = int(m_stack.size());
        m_datelineAccum.clear();
    } else if (name == QLatin1String("location") && m_datelineDepth > 0) {
        const QString place = readText().simplified();
        if (m_item.located.isEmpty() && m_item.datelineText.isEmpty())
            m_item.datelineText = place;
    } else if (name == QLatin1String("distributor")) {
        const QString who = readText().simplified();
        if (a.agency.isEmpty())
            a.agency = who;
    } else if (name == QLatin1String("abstract")) {
        const QString text = SimpleHtmlText::inlineTextOf(readMarkup());
        if (a.standfirst.isEmpty())
            a.standfirst = text;
    } else if (name == QLatin1String("body.content")) {
        QString markup = readMarkup();
        // NITF media blocks (a photo with its caption) are not story text:
        // the first caption becomes the article's caption.
        static const QRegularExpression media(QStringLiteral(R"(<media[\s>].*?</media>)"),
                                              QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression caption(QStringLiteral(R"(<media-caption[^>]*>(.*?)</media-caption>)"),
                                                QRegularExpression::DotMatchesEverythingOption);
        if (markup.contains(QLatin1String("<media"))) {
            if (const auto m = caption.match(markup); m.hasMatch() && a.caption.isEmpty())
                a.caption = SimpleHtmlText::inlineTextOf(m.captured(1));
            markup.remove(media);
        }
        const QStringList paragraphs = SimpleHtmlText::paragraphsOf(markup);
        if (a.paragraphs.isEmpty())
            a.paragraphs = paragraphs;
    }
    // A fragment whose root was read whole (an <inlineXML> or <body.content>
    // on its own) ends here: its end tag has been consumed with its content.
    if (m_inItem && m_item.depth > int(m_stack.size()))
        finishItem();
}

void NewsmlReader::endElement()
{
    const int depth = int(m_stack.size());
    if (m_bylineDepth == depth) {
        m_bylineDepth = 0;
        if (!m_item.bylineHasPerson) {
            static const QRegularExpression by(QStringLiteral(R"(^\s*by\s+)"),
                                               QRegularExpression::CaseInsensitiveOption);
            QString who = m_item.bylineText.simplified();
            who.remove(by);
            while (who.endsWith(QLatin1Char(',')) || who.endsWith(QLatin1Char('-')))
                who.chop(1);
            who = who.trimmed();
            if (!who.isEmpty() && !m_item.article.authors.contains(who))
                m_item.article.authors.append(who);
        }
    }
    if (m_datelineDepth == depth) {
        m_datelineDepth = 0;
        QString text = m_datelineAccum.simplified();
        while (text.endsWith(QLatin1Char(',')) || text.endsWith(QLatin1Char('-')))
            text.chop(1);
        if (m_item.datelineText.isEmpty())
            m_item.datelineText = text.trimmed();
    }
    if (m_inItem && m_item.depth == depth)
        finishItem();
    m_stack.removeLast();
}

void NewsmlReader::finishItem()
{
    m_inItem = false;
    Article &a = m_item.article;
    if (a.headline.isEmpty())
        a.headline = !m_item.nitfHeadline.isEmpty() ? m_item.nitfHeadline
            : !m_item.nitfTitle.isEmpty()           ? m_item.nitfTitle
                                                    : m_item.slugline;
    a.section = m_item.slugline;
    for (const QString *date :
         {&m_item.firstCreated, &m_item.contentCreated, &m_item.nitfDate, &m_item.versionCreated}) {
        if (a.published.isEmpty())
            a.published = *date;
    }
    a.updated = !m_item.versionCreated.isEmpty() ? m_item.versionCreated : m_item.contentModified;
    // "MOSCOW, Monday (Reuters)": the place is the dateline, the agency in
    // brackets is the agency.
    QString line = m_item.datelineText;
    static const QRegularExpression agencyInBrackets(QStringLiteral(R"(\(([^()]+)\)\s*$)"));
    if (const auto m = agencyInBrackets.match(line); m.hasMatch()) {
        if (a.agency.isEmpty())
            a.agency = m.captured(1).trimmed();
        line.truncate(m.capturedStart());
    }
    line = line.section(QLatin1Char(','), 0, 0).trimmed();
    a.dateline = !line.isEmpty() ? line : m_item.located;
    if (a.headline.isEmpty() && a.paragraphs.isEmpty())
        return; // a placeholder or a reference: nothing to read
    m_result.articles.append(std::move(a));
    if (m_result.articles.size() >= m_options.maxArticlesPerFile) {
        m_result.error
            = QStringLiteral("more than %1 news items; the rest were skipped").arg(m_options.maxArticlesPerFile);
        m_full = true;
    }
}

ImportResult NewsmlReader::run()
{
    while (!m_reader.atEnd() && !m_full) {
        switch (m_reader.readNext()) {
        case QXmlStreamReader::StartElement:
            startElement();
            break;
        case QXmlStreamReader::EndElement:
            endElement();
            break;
        case QXmlStreamReader::Characters:
            if (m_bylineDepth > 0)
                m_item.bylineText.append(m_reader.text());
            if (m_datelineDepth > 0)
                m_datelineAccum.append(m_reader.text());
            break;
        default:
            break;
        }
    }
    if (m_reader.hasError() && m_result.error.isEmpty()) {
        m_result.error = QStringLiteral("XML error at line %1, column %2: %3")
                             .arg(m_reader.lineNumber())
                             .arg(m_reader.columnNumber())
                             .arg(m_reader.errorString());
    } else if (m_result.articles.isEmpty() && m_result.error.isEmpty()) {
        m_result.error = QStringLiteral("no news item with a headline or text");
    }
    return std::move(m_result);
}

} // namespace

ImportResult NewsmlImporter::parse(const QByteArray &data, const QString &source, const ImportOptions &options)
{
    XmlPreparer::Result prepared = XmlPreparer::prepare(data);
    if (!prepared.error.isEmpty())
        return ImportResult::failure(prepared.error);
    for (int attempt = 0;; ++attempt) {
        XmlEntityResolver resolver(prepared.entities);
        NewsmlReader reader(prepared.utf8, source, options, &resolver);
        ImportResult result = reader.run();
        const QString prefix = reader.undeclaredPrefix();
        if (prefix.isEmpty() || attempt >= 8 || !XmlPreparer::declarePrefix(prepared.utf8, prefix))
            return result;
    }
}

} // namespace dateline
