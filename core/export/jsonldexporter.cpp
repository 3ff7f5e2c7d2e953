#include "export/jsonldexporter.h"

#include "extract/extractor.h"
#include "model/annotationanchor.h"
#include "model/plaintextmap.h"
#include "util/unicodeoffsets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace dateline {

namespace {

QJsonObject textualBody(const QString &purpose, const QString &value)
{
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("TextualBody")},
                        {QStringLiteral("purpose"), purpose},
                        {QStringLiteral("value"), value},
                        {QStringLiteral("format"), QStringLiteral("text/plain")}};
}

bool isWebLink(const QString &link)
{
    const QUrl url(link, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

// Builds annotations for one article; offsets arrive as UTF-16 and leave as
// code points over the same plain text.
class ArticleAnnotations
{
public:
    explicit ArticleAnnotations(const Article &article)
        : m_article(article)
        , m_text(article.plainText())
        , m_map(article)
        , m_source(JsonLdExporter::sourceId(article))
    {
        m_sourceObject = QJsonObject {{QStringLiteral("id"), m_source},
                                      {QStringLiteral("type"), QStringLiteral("Text")},
                                      {QStringLiteral("format"), QStringLiteral("text/plain")}};
        if (!article.language.isEmpty())
            m_sourceObject.insert(QStringLiteral("language"), article.language);
        if (isWebLink(article.link))
            m_sourceObject.insert(QStringLiteral("via"), article.link);
    }

    // Range of a paragraph-relative span in plainText(), or false when the
    // extraction points outside the paragraph.
    bool paragraphRange(int paragraph, int start, int end, TextRange *range) const
    {
        const int base = m_map.paragraphOffset(paragraph);
        if (base < 0)
            return false;
        const int length = int(m_article.paragraphs.at(paragraph).size());
        start = qBound(0, start, length);
        end = qBound(0, end, length);
        if (start >= end)
            return false;
        *range = {base + start, base + end};
        return true;
    }

    QJsonObject target(const TextRange &range) const
    {
        const UserAnnotation sel = AnnotationAnchor::fromRange(m_text, range.start, range.end);
        const QJsonObject quote {{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                 {QStringLiteral("exact"), sel.exact},
                                 {QStringLiteral("prefix"), sel.prefix},
                                 {QStringLiteral("suffix"), sel.suffix}};
        const QJsonObject position {{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                                    {QStringLiteral("start"), codePointIndex(m_text, sel.start)},
                                    {QStringLiteral("end"), codePointIndex(m_text, sel.end)}};
        return QJsonObject {{QStringLiteral("source"), m_sourceObject},
                            {QStringLiteral("selector"), QJsonArray {quote, position}}};
    }

    QJsonObject annotation(const QString &kind, qint64 index, const QString &motivation) const
    {
        return QJsonObject {
            {QStringLiteral("id"),
             QStringLiteral("urn:dateline:annotation:%1:%2:%3").arg(m_article.contentHash(), kind).arg(index)},
            {QStringLiteral("type"), QStringLiteral("Annotation")},
            {QStringLiteral("motivation"), motivation},
        };
    }

    void addExtraction(QJsonArray *items) const
    {
        const Extraction &x = m_article.extraction;
        TextRange range;
        for (qsizetype i = 0; i < x.statements.size(); ++i) {
            const Statement &s = x.statements.at(i);
            if (!paragraphRange(s.paragraph, s.start, s.end, &range))
                continue;
            QJsonObject a = annotation(QStringLiteral("statement"), i, QStringLiteral("identifying"));
            QJsonArray body {textualBody(QStringLiteral("identifying"), s.speaker)};
            if (!s.speakerRole.isEmpty())
                body.append(textualBody(QStringLiteral("describing"), s.speakerRole));
            body.append(textualBody(QStringLiteral("classifying"), toString(s.kind)));
            if (!s.verb.isEmpty())
                body.append(textualBody(QStringLiteral("tagging"), s.verb));
            a.insert(QStringLiteral("body"), body);
            a.insert(QStringLiteral("target"), target(range));
            items->append(a);
        }
        for (qsizetype i = 0; i < x.countries.size(); ++i) {
            const CountryMention &m = x.countries.at(i);
            if (!paragraphRange(m.paragraph, m.start, m.end, &range))
                continue;
            QJsonObject a = annotation(QStringLiteral("country"), i, QStringLiteral("identifying"));
            a.insert(QStringLiteral("body"),
                     QJsonArray {textualBody(QStringLiteral("identifying"), m.code),
                                 textualBody(QStringLiteral("describing"), Extractor::countryName(m.code))});
            a.insert(QStringLiteral("target"), target(range));
            items->append(a);
        }
        for (qsizetype i = 0; i < x.ambassadors.size(); ++i) {
            const AmbassadorMention &m = x.ambassadors.at(i);
            if (!paragraphRange(m.paragraph, m.start, m.end, &range))
                continue;
            QJsonObject a = annotation(QStringLiteral("ambassador"), i, QStringLiteral("identifying"));
            QJsonArray body;
            if (!m.name.isEmpty())
                body.append(textualBody(QStringLiteral("identifying"), m.name));
            body.append(textualBody(QStringLiteral("describing"),
                                    QStringLiteral("%1 of %2 to %3").arg(m.role, m.country, m.host)));
            a.insert(QStringLiteral("body"), body);
            a.insert(QStringLiteral("target"), target(range));
            items->append(a);
        }
    }

    void addUserAnnotations(const QList<UserAnnotation> &annotations, QJsonArray *items) const
    {
        for (const UserAnnotation &u : annotations) {
            QJsonObject a {
                {QStringLiteral("id"), QStringLiteral("urn:dateline:annotation:user:%1").arg(u.id)},
                {QStringLiteral("type"), QStringLiteral("Annotation")},
                {QStringLiteral("motivation"),
                 u.isNote() ? QStringLiteral("commenting") : QStringLiteral("highlighting")},
            };
            if (!u.created.isEmpty())
                a.insert(QStringLiteral("created"), u.created);
            if (!u.updated.isEmpty())
                a.insert(QStringLiteral("modified"), u.updated);
            if (u.isNote()) {
                a.insert(QStringLiteral("body"),
                         QJsonObject {{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                      {QStringLiteral("value"), u.note},
                                      {QStringLiteral("format"), QStringLiteral("text/plain")}});
            }
            if (const std::optional<TextRange> range = AnnotationAnchor::locate(u, m_text)) {
                a.insert(QStringLiteral("target"), target(*range));
            } else {
                // The quote is gone from the current text: keep the reader's
                // words without claiming a position.
                a.insert(QStringLiteral("target"),
                         QJsonObject {{QStringLiteral("source"), m_sourceObject},
                                      {QStringLiteral("selector"),
                                       QJsonObject {{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                                    {QStringLiteral("exact"), u.exact},
                                                    {QStringLiteral("prefix"), u.prefix},
                                                    {QStringLiteral("suffix"), u.suffix}}}});
            }
            items->append(a);
        }
    }

    QJsonObject articleEntry() const
    {
        QJsonObject o {{QStringLiteral("id"), m_source},
                       {QStringLiteral("headline"), m_article.headline},
                       {QStringLiteral("plainText"), m_text}};
        if (!m_article.link.isEmpty())
            o.insert(QStringLiteral("link"), m_article.link);
        if (!m_article.published.isEmpty())
            o.insert(QStringLiteral("published"), m_article.published);
        return o;
    }

private:
    const Article &m_article;
    QString m_text;
    PlainTextMap m_map;
    QString m_source;
    QJsonObject m_sourceObject;
};

} // namespace

QString JsonLdExporter::sourceId(const Article &article)
{
    return QStringLiteral("urn:dateline:article:") + article.contentHash();
}

QJsonObject JsonLdExporter::toJson(const QList<ExportItem> &items)
{
    QJsonArray annotations;
    QJsonArray articles;
    for (const ExportItem &item : items) {
        const ArticleAnnotations builder(item.article);
        builder.addExtraction(&annotations);
        builder.addUserAnnotations(item.annotations, &annotations);
        articles.append(builder.articleEntry());
    }
    // The Web Annotation context first (the spec requires it); the second
    // one names the plain-text extension so JSON-LD processors keep it.
    const QJsonObject extension {{QStringLiteral("dateline"), QStringLiteral("urn:dateline:vocab:")},
                                 {QStringLiteral("articles"), QStringLiteral("dateline:articles")},
                                 {QStringLiteral("headline"), QStringLiteral("dateline:headline")},
                                 {QStringLiteral("plainText"), QStringLiteral("dateline:plainText")},
                                 {QStringLiteral("link"), QStringLiteral("dateline:link")},
                                 {QStringLiteral("published"), QStringLiteral("dateline:published")}};
    return QJsonObject {
        {QStringLiteral("@context"), QJsonArray {QStringLiteral("http://www.w3.org/ns/anno.jsonld"), extension}},
        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
        {QStringLiteral("label"), QStringLiteral("Dateline export")},
        {QStringLiteral("total"), annotations.size()},
        {QStringLiteral("articles"), articles},
        {QStringLiteral("first"),
         QJsonObject {{QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                      {QStringLiteral("startIndex"), 0},
                      {QStringLiteral("items"), annotations}}},
    };
}

QByteArray JsonLdExporter::render(const QList<ExportItem> &items)
{
    QByteArray json = QJsonDocument(toJson(items)).toJson(QJsonDocument::Indented);
    // "<", ">" and "&" only occur inside JSON strings, where \u escapes mean
    // the same; escaping them lets the document sit in an HTML
    // <script type="application/ld+json"> without "</script>" breaking out.
    json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    return json;
}

} // namespace dateline
