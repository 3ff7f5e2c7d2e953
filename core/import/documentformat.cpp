#include "import/documentformat.h"

#include "import/agencytextimporter.h"
#include "import/textdecoder.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <cstring>

namespace dateline {

namespace {

bool hasBinaryMagic(QByteArrayView head)
{
    static const QByteArrayView kMagic[] = {
        QByteArrayView("\x89PNG", 4),
        QByteArrayView("\xFF\xD8\xFF", 3),
        QByteArrayView("GIF8", 4),
        QByteArrayView("%PDF", 4),
        QByteArrayView("PK\x03\x04", 4),
        QByteArrayView("\x1F\x8B", 2),
        QByteArrayView("BM", 2),
        QByteArrayView("\x7F"
                       "ELF",
                       4),
        QByteArrayView("RIFF", 4),
        QByteArrayView("SQLite format 3", 15),
    };
    for (QByteArrayView m : kMagic) {
        if (head.startsWith(m))
            return true;
    }
    return false;
}

// Control bytes other than tab/newline/CR/form feed/escape are rare in text;
// more than a few percent means an image, an archive or an executable.
bool looksBinary(QByteArrayView head)
{
    if (hasBinaryMagic(head))
        return true;
    qsizetype controls = 0;
    const char *p = head.data();
    const char *const end = p + head.size();
    while (p < end) {
        // Skip eight bytes at a time while none is below 0x20 (text is
        // mostly letters; line ends are checked one by one below).
        while (end - p >= 8) {
            quint64 word;
            memcpy(&word, p, sizeof word);
            if ((word - 0x2020202020202020ULL) & ~word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        const auto c = static_cast<unsigned char>(*p++);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B)
            ++controls;
    }
    return head.size() > 0 && controls * 100 / head.size() > 2;
}

// The first element name of a markup document, skipping the XML declaration,
// comments, processing instructions and doctype; *nameEnd is set to the
// position just after the name. View is QStringView, or QLatin1String for
// the raw bytes of an ASCII-compatible document.
template<typename View> QString rootElement(View text, QString *doctype, qsizetype *nameEnd = nullptr)
{
    const auto isSpace = [&text](qsizetype i) {
        return QChar(text.at(i)).isSpace();
    };
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && isSpace(i))
            ++i;
        if (i >= n || text.at(i) != QLatin1Char('<'))
            return {};
        if (text.mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype e = text.indexOf(QLatin1String("-->"), i + 4);
            if (e < 0)
                return {};
            i = e + 3;
            continue;
        }
        if (text.mid(i, 2) == QLatin1String("<?") || text.mid(i, 2) == QLatin1String("<!")) {
            qsizetype e = text.indexOf(QLatin1Char('>'), i);
            // A DOCTYPE's internal subset ("[ <!ENTITY ...> ]") has '>' inside.
            const qsizetype bracket = text.indexOf(QLatin1Char('['), i);
            if (bracket >= 0 && bracket < e
                && text.mid(i, 9).compare(QLatin1String("<!DOCTYPE"), Qt::CaseInsensitive) == 0) {
                const qsizetype close = text.indexOf(QLatin1Char(']'), bracket);
                e = close < 0 ? -1 : text.indexOf(QLatin1Char('>'), close);
            }
            if (e < 0)
                return {};
            if (text.mid(i, 9).compare(QLatin1String("<!DOCTYPE"), Qt::CaseInsensitive) == 0 && doctype)
                *doctype = text.mid(i + 9, e - i - 9).trimmed().toString();
            i = e + 1;
            continue;
        }
        qsizetype j = i + 1;
        while (j < n && !isSpace(j) && text.at(j) != QLatin1Char('>') && text.at(j) != QLatin1Char('/'))
            ++j;
        if (nameEnd)
            *nameEnd = j;
        return text.mid(i + 1, j - i - 1).toString();
    }
    return {};
}

// The root element of a document whose bytes up to the end of that
// element's name are ASCII: then every ASCII-compatible encoding reads it
// the same, and it can be found without decoding the document. Empty
// otherwise (and for UTF-16/32, which the caller decodes first).
QString asciiRootElement(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    const QLatin1String bytes(head.data(), head.size());
    qsizetype nameEnd = -1;
    const QString root = rootElement(bytes, nullptr, &nameEnd);
    // A name that runs to the end of the head may go on after it.
    if (root.isEmpty() || nameEnd >= head.size())
        return {};
    for (qsizetype i = 0; i < nameEnd; ++i) {
        if (static_cast<unsigned char>(head[i]) >= 0x80)
            return {};
    }
    return root;
}

// The format a document with this root element (lower case) has, or Unknown.
DocumentFormat formatOfRoot(const QString &root)
{
    if (root.isEmpty())
        return DocumentFormat::Unknown;
    const QString local = root.section(QLatin1Char(':'), -1);
    if (local == QLatin1String("rss") || local == QLatin1String("feed") || local == QLatin1String("rdf")
        || local == QLatin1String("channel"))
        return DocumentFormat::Feed;
    // Fragments cut out of an item (its content set or one inline
    // XML block) are NewsML too; agencies' systems pass them on alone.
    if (local == QLatin1String("newsitem") || local == QLatin1String("newsmessage")
        || local == QLatin1String("packageitem") || local == QLatin1String("knowledgeitem")
        || local == QLatin1String("contentset") || local == QLatin1String("inlinexml"))
        return DocumentFormat::NewsML;
    if (local == QLatin1String("nitf") || local == QLatin1String("body.content"))
        return DocumentFormat::Nitf;
    // A <body> root may be NITF's; the caller looks inside.
    if (local == QLatin1String("body"))
        return DocumentFormat::Unknown;
    return DocumentFormat::Html;
}

} // namespace

QString toString(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Unknown:
        return QStringLiteral("unknown");
    case DocumentFormat::Empty:
        return QStringLiteral("empty");
    case DocumentFormat::Binary:
        return QStringLiteral("binary");
    case DocumentFormat::Data:
        return QStringLiteral("data");
    case DocumentFormat::AgencyText:
        return QStringLiteral("agency-text");
    case DocumentFormat::PlainText:
        return QStringLiteral("text");
    case DocumentFormat::Html:
        return QStringLiteral("html");
    case DocumentFormat::Feed:
        return QStringLiteral("feed");
    case DocumentFormat::NewsML:
        return QStringLiteral("newsml-g2");
    case DocumentFormat::Nitf:
        return QStringLiteral("nitf");
    }
    return {};
}

DocumentFormat detectFormat(QByteArrayView data, const QString &fileName)
{
    return detectFormat(data, fileName, nullptr);
}

DocumentFormat detectFormat(QByteArrayView data, const QString &fileName, QString *decodedText)
{
    const QByteArrayView head = data.first(qMin<qsizetype>(data.size(), 8192));
    if (head.trimmed().isEmpty())
        return DocumentFormat::Empty;

    // UTF-16/32 text has NUL bytes by design; decode before judging.
    const bool wide = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")
        || head.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4));
    if (!wide && looksBinary(head))
        return DocumentFormat::Binary;

    // Markup is recognised from its bytes: decoding is for text documents.
    if (!wide) {
        const DocumentFormat byRoot = formatOfRoot(asciiRootElement(head).toLower());
        if (byRoot != DocumentFormat::Unknown)
            return byRoot;
    }

    const QString text = TextDecoder::decode(head).text;
    if (decodedText && head.size() == data.size())
        *decodedText = text;
    QString doctype;
    const QString root = rootElement(QStringView(text), &doctype).toLower();
    if (!root.isEmpty()) {
        const DocumentFormat byRoot = formatOfRoot(root);
        if (byRoot != DocumentFormat::Unknown)
            return byRoot;
        // A NITF body on its own: <body> like HTML, but with NITF's
        // <body.head>/<body.content>/<body.end>, which no HTML page has.
        static const QRegularExpression nitfBodyPart(
            QStringLiteral(R"(<(?:[\w.-]+:)?body\.(?:head|content|end)[\s/>])"));
        return nitfBodyPart.match(text).hasMatch() ? DocumentFormat::Nitf : DocumentFormat::Html;
    }
    // A JSON document is data, whatever its file is called; so a folder of
    // stories with JSON files beside them imports the stories only.
    const QStringView trimmed = QStringView(text).trimmed();
    if ((trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('[')))
        && !QJsonDocument::fromJson(data.toByteArray()).isNull())
        return DocumentFormat::Data;
    static const QRegularExpression htmlTag(QStringLiteral(R"(<(html|head|body|article|p|div)[\s>])"),
                                            QRegularExpression::CaseInsensitiveOption);
    const bool htmlName = fileName.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
        || fileName.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
    if (htmlName && htmlTag.match(text).hasMatch())
        return DocumentFormat::Html;
    if (AgencyTextImporter::looksLike(text))
        return DocumentFormat::AgencyText;
    return DocumentFormat::PlainText;
}

} // namespace dateline
