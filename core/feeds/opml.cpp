#include "feeds/opml.h"

#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace dateline {

namespace {

// Real subscription lists nest two or three levels; deeper is hostile.
constexpr int kMaxDepth = 64;
constexpr int kMaxFeeds = 10000;

bool isWebUrl(const QString &text)
{
    const QUrl url(text);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QString outlineTitle(const QXmlStreamAttributes &attrs)
{
    const QString text = attrs.value(QLatin1String("text")).toString().simplified();
    return text.isEmpty() ? attrs.value(QLatin1String("title")).toString().simplified() : text;
}

QStringList folderPath(const QString &folder)
{
    return folder.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

} // namespace

Opml::ReadResult Opml::read(const QByteArray &data)
{
    ReadResult out;
    QXmlStreamReader xml(data);
    QStringList folders; // the open outlines' titles ("" for a feed's own outline)
    QSet<QString> seen;
    bool sawRoot = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (!sawRoot) {
                if (xml.name() != QLatin1String("opml")) {
                    out.error = QStringLiteral("not an OPML file (the root element is <%1>)").arg(xml.name());
                    return out;
                }
                sawRoot = true;
                continue;
            }
            if (xml.name() != QLatin1String("outline"))
                continue;
            if (folders.size() >= kMaxDepth) {
                out.error = QStringLiteral("outlines nested deeper than %1 levels").arg(kMaxDepth);
                return out;
            }
            const QXmlStreamAttributes attrs = xml.attributes();
            const QString xmlUrl = attrs.value(QLatin1String("xmlUrl")).toString().trimmed();
            if (xmlUrl.isEmpty()) {
                folders << outlineTitle(attrs);
                continue;
            }
            folders << QString();
            if (!isWebUrl(xmlUrl) || seen.contains(xmlUrl))
                continue;
            if (out.feeds.size() >= kMaxFeeds) {
                out.error = QStringLiteral("more than %1 feeds; the rest were left out").arg(kMaxFeeds);
                return out;
            }
            seen.insert(xmlUrl);
            FeedSubscription f;
            f.url = xmlUrl;
            f.title = outlineTitle(attrs);
            QStringList path;
            for (const QString &name : std::as_const(folders).first(folders.size() - 1)) {
                if (!name.isEmpty())
                    path << QString(name).replace(QLatin1Char('/'), QLatin1Char('-'));
            }
            f.folder = path.join(QLatin1Char('/'));
            const QString htmlUrl = attrs.value(QLatin1String("htmlUrl")).toString().trimmed();
            if (isWebUrl(htmlUrl))
                f.siteUrl = htmlUrl;
            out.feeds << f;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("outline") && !folders.isEmpty()) {
            folders.removeLast();
        }
    }
    if (xml.hasError())
        out.error = QStringLiteral("the OPML breaks at line %1, column %2: %3")
                        .arg(xml.lineNumber())
                        .arg(xml.columnNumber())
                        .arg(xml.errorString());
    else if (!sawRoot)
        out.error = QStringLiteral("not an OPML file (no root element)");
    return out;
}

QByteArray Opml::write(const QList<FeedSubscription> &feeds, const QString &title)
{
    QList<FeedSubscription> sorted = feeds;
    // Grouped by folder so each folder's outline is written once.
    std::stable_sort(sorted.begin(), sorted.end(), [](const FeedSubscription &a, const FeedSubscription &b) {
        return folderPath(a.folder) < folderPath(b.folder);
    });

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("opml"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"), title);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("body"));
    QStringList open;
    for (const FeedSubscription &f : std::as_const(sorted)) {
        const QStringList path = folderPath(f.folder);
        qsizetype common = 0;
        while (common < open.size() && common < path.size() && open.at(common) == path.at(common))
            ++common;
        while (open.size() > common) {
            xml.writeEndElement();
            open.removeLast();
        }
        for (qsizetype i = common; i < path.size(); ++i) {
            xml.writeStartElement(QStringLiteral("outline"));
            xml.writeAttribute(QStringLiteral("text"), path.at(i));
            xml.writeAttribute(QStringLiteral("title"), path.at(i));
            open << path.at(i);
        }
        xml.writeEmptyElement(QStringLiteral("outline"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
        xml.writeAttribute(QStringLiteral("text"), f.title.isEmpty() ? f.url : f.title);
        xml.writeAttribute(QStringLiteral("title"), f.title.isEmpty() ? f.url : f.title);
        xml.writeAttribute(QStringLiteral("xmlUrl"), f.url);
        if (!f.siteUrl.isEmpty())
            xml.writeAttribute(QStringLiteral("htmlUrl"), f.siteUrl);
    }
    while (!open.isEmpty()) {
        xml.writeEndElement();
        open.removeLast();
    }
    xml.writeEndElement(); // body
    xml.writeEndElement(); // opml
    xml.writeEndDocument();
    return out;
}

} // namespace dateline
