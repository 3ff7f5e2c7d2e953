#include "import/feed/xmlmarkup.h"

#include "import/feed/cdatastash.h"

namespace dateline {

void XmlMarkup::appendEscaped(QString &out, QStringView text)
{
    qsizetype last = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const char *rep = nullptr;
        if (c == u'&')
            rep = "&amp;";
        else if (c == u'<')
            rep = "&lt;";
        else if (c == u'>')
            rep = "&gt;";
        else if (c == u'"')
            rep = "&quot;";
        if (!rep)
            continue;
        out.append(text.sliced(last, i - last));
        out.append(QLatin1String(rep));
        last = i + 1;
    }
    out.append(text.sliced(last));
}

QString XmlMarkup::readContent(QXmlStreamReader &reader, Mode mode, int depthLeft, const CdataStash *stash)
{
    QString out;
    int level = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (++level > depthLeft) {
                reader.raiseError(QStringLiteral("elements nested too deeply"));
                return out;
            }
            if (mode != Mode::Text) {
                out.append(QLatin1Char('<'));
                out.append(reader.name());
                const auto attributes = reader.attributes();
                for (const QXmlStreamAttribute &a : attributes) {
                    out.append(QLatin1Char(' '));
                    out.append(a.qualifiedName());
                    out.append(QLatin1String("=\""));
                    appendEscaped(out, a.value());
                    out.append(QLatin1Char('"'));
                }
                out.append(QLatin1Char('>'));
            }
            break;
        case QXmlStreamReader::EndElement:
            if (level-- == 0)
                return out;
            if (mode != Mode::Text) {
                out.append(QLatin1String("</"));
                out.append(reader.name());
                out.append(QLatin1Char('>'));
            }
            break;
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference: {
            QString restored;
            QStringView text = reader.text();
            if (stash && !stash->isEmpty() && reader.isCDATA()) {
                restored = stash->restore(text);
                text = restored;
            }
            if (mode == Mode::Markup)
                appendEscaped(out, text);
            else
                out.append(text);
            break;
        }
        default:
            break;
        }
    }
    return out;
}

} // namespace dateline
