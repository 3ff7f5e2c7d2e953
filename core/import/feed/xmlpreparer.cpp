#include "import/feed/xmlpreparer.h"

#include "import/textdecoder.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <optional>

namespace dateline {

namespace {

// UTF-16/32 without a BOM still shows itself by where the NULs of "<?" fall.
std::optional<QStringConverter::Encoding> wideEncoding(QByteArrayView data)
{
    if (data.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)) || data.startsWith(QByteArrayView("<\0\0\0", 4)))
        return QStringConverter::Utf32LE;
    if (data.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)) || data.startsWith(QByteArrayView("\0\0\0<", 4)))
        return QStringConverter::Utf32BE;
    if (data.startsWith("\xFF\xFE") || data.startsWith(QByteArrayView("<\0?\0", 4)))
        return QStringConverter::Utf16LE;
    if (data.startsWith("\xFE\xFF") || data.startsWith(QByteArrayView("\0<\0?", 4)))
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

// Rewrites encoding="..." in a leading XML declaration to UTF-8 (same line
// count, so reported line numbers stay right).
void fixDeclaration(QByteArray &utf8)
{
    qsizetype start = 0;
    if (utf8.startsWith("\xEF\xBB\xBF"))
        start = 3;
    if (!QByteArrayView(utf8).sliced(start).startsWith("<?xml"))
        return;
    const qsizetype end = utf8.indexOf("?>", start);
    if (end < 0 || end > start + 512)
        return;
    static const QRegularExpression encoding(QStringLiteral(R"(encoding\s*=\s*(["'])[^"']*\1)"));
    QString decl = QString::fromLatin1(utf8.mid(start, end - start));
    decl.replace(encoding, QStringLiteral("encoding=\"UTF-8\""));
    utf8.replace(start, end - start, decl.toLatin1());
}

qsizetype skipSpace(const QByteArray &d, qsizetype i)
{
    while (i < d.size() && (d[i] == ' ' || d[i] == '\t' || d[i] == '\n' || d[i] == '\r'))
        ++i;
    return i;
}

// An XML declaration after whitespace or a comment is a fatal error for
// QXmlStreamReader, yet common in feeds written by templates. The encoding
// has been dealt with already, so it is blanked out (newlines kept).
void blankMisplacedDeclaration(QByteArray &d)
{
    const qsizetype start = d.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (QByteArrayView(d).sliced(start).startsWith("<?xml"))
        return;
    qsizetype i = start;
    while (true) {
        i = skipSpace(d, i);
        if (i >= d.size() || d[i] != '<')
            return;
        const QByteArrayView rest = QByteArrayView(d).sliced(i);
        if (rest.startsWith("<!--")) {
            const qsizetype e = d.indexOf("-->", i + 4);
            if (e < 0)
                return;
            i = e + 3;
            continue;
        }
        if (rest.startsWith("<?xml") && rest.size() > 5
            && (rest[5] == ' ' || rest[5] == '\t' || rest[5] == '\n' || rest[5] == '\r' || rest[5] == '?')) {
            const qsizetype e = d.indexOf("?>", i);
            if (e < 0)
                return;
            for (qsizetype k = i; k < e + 2; ++k) {
                if (d[k] != '\n')
                    d[k] = ' ';
            }
        }
        return;
    }
}

// Where the DOCTYPE declaration starts in the prolog, or -1.
qsizetype findDoctype(const QByteArray &d)
{
    qsizetype i = d.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (true) {
        i = skipSpace(d, i);
        if (i >= d.size() || d[i] != '<')
            return -1;
        const QByteArrayView rest = QByteArrayView(d).sliced(i);
        if (rest.startsWith("<?")) {
            const qsizetype e = d.indexOf("?>", i);
            if (e < 0)
                return -1;
            i = e + 2;
        } else if (rest.startsWith("<!--")) {
            const qsizetype e = d.indexOf("-->", i + 4);
            if (e < 0)
                return -1;
            i = e + 3;
        } else if (rest.startsWith("<!DOCTYPE")) {
            return i;
        } else {
            return -1;
        }
    }
}

// The end (one past '>') of the DOCTYPE starting at `start`, honouring quotes,
// comments and the internal subset in brackets; -1 when unterminated.
qsizetype doctypeEnd(const QByteArray &d, qsizetype start, qsizetype *subsetBegin, qsizetype *subsetEnd)
{
    char quote = 0;
    bool inSubset = false;
    for (qsizetype i = start + 9; i < d.size(); ++i) {
        const char c = d[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (inSubset && c == '<' && QByteArrayView(d).sliced(i).startsWith("<!--")) {
            const qsizetype e = d.indexOf("-->", i + 4);
            if (e < 0)
                return -1;
            i = e + 2;
        } else if (c == '[' && !inSubset) {
            inSubset = true;
            *subsetBegin = i + 1;
        } else if (c == ']' && inSubset) {
            inSubset = false;
            *subsetEnd = i;
        } else if (c == '>' && !inSubset) {
            return i + 1;
        }
    }
    return -1;
}

QString decodeCharacterReferences(const QString &value)
{
    static const QRegularExpression ref(QStringLiteral(R"(&#(x[0-9A-Fa-f]{1,6}|[0-9]{1,7});)"));
    QString out;
    qsizetype last = 0;
    auto it = ref.globalMatch(value);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append(QStringView(value).sliced(last, m.capturedStart() - last));
        const QString num = m.captured(1);
        bool ok = false;
        const uint cp = num.startsWith(QLatin1Char('x')) ? num.mid(1).toUInt(&ok, 16) : num.toUInt(&ok, 10);
        if (ok && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
            const char32_t c = cp;
            out.append(QString::fromUcs4(&c, 1));
        }
        last = m.capturedEnd();
    }
    out.append(QStringView(value).sliced(last));
    return out;
}

// Where the root element's name ends (the insertion point for attributes),
// or -1.
qsizetype rootNameEnd(const QByteArray &d)
{
    qsizetype i = d.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (true) {
        i = skipSpace(d, i);
        if (i + 1 >= d.size() || d[i] != '<')
            return -1;
        const QByteArrayView rest = QByteArrayView(d).sliced(i);
        if (rest.startsWith("<?") || rest.startsWith("<!--")) {
            const qsizetype e = rest.startsWith("<?") ? d.indexOf("?>", i) : d.indexOf("-->", i + 4);
            if (e < 0)
                return -1;
            i = e + (rest.startsWith("<?") ? 2 : 3);
            continue;
        }
        qsizetype j = i + 1;
        while (j < d.size() && d[j] != ' ' && d[j] != '\t' && d[j] != '\n' && d[j] != '\r' && d[j] != '>'
               && d[j] != '/')
            ++j;
        return j > i + 1 && j < d.size() ? j : -1;
    }
}

} // namespace

QString XmlPreparer::undeclaredPrefix(const QXmlStreamReader &reader)
{
    static const QRegularExpression re(QStringLiteral(R"(^Namespace prefix '([A-Za-z_][\w.\-]{0,63})' not declared)"));
    if (reader.error() != QXmlStreamReader::NotWellFormedError)
        return {};
    const auto m = re.match(reader.errorString());
    return m.hasMatch() ? m.captured(1) : QString();
}

bool XmlPreparer::declarePrefix(QByteArray &utf8, const QString &prefix)
{
    if (prefix == QLatin1String("xml") || prefix == QLatin1String("xmlns"))
        return false;
    const qsizetype at = rootNameEnd(utf8);
    if (at < 0)
        return false;
    QByteArray uri = "urn:x-undeclared:" + prefix.toLatin1();
    if (prefix == QLatin1String("dc"))
        uri = "http://purl.org/dc/elements/1.1/";
    else if (prefix == QLatin1String("content"))
        uri = "http://purl.org/rss/1.0/modules/content/";
    else if (prefix == QLatin1String("dcterms"))
        uri = "http://purl.org/dc/terms/";
    else if (prefix == QLatin1String("atom"))
        uri = "http://www.w3.org/2005/Atom";
    utf8.insert(at, " xmlns:" + prefix.toLatin1() + "=\"" + uri + "\"");
    return true;
}

XmlPreparer::Result XmlPreparer::prepare(const QByteArray &data)
{
    Result r;
    if (const auto wide = wideEncoding(data)) {
        QStringDecoder decoder(*wide, QStringConverter::Flag::Stateless);
        r.utf8 = QString(decoder.decode(data)).toUtf8();
        if (r.utf8.startsWith("\xEF\xBB\xBF"))
            r.utf8.remove(0, 3);
        fixDeclaration(r.utf8);
    } else {
        const QByteArrayView body
            = data.startsWith("\xEF\xBB\xBF") ? QByteArrayView(data).sliced(3) : QByteArrayView(data);
        const QByteArray declared = TextDecoder::sniffXmlEncoding(body).toLower();
        const bool saysUtf8 = declared.isEmpty() || declared == "utf-8" || declared == "utf8";
        if (saysUtf8 && TextDecoder::isValidUtf8(body)) {
            r.utf8 = data; // the common case: no copy, no conversion
        } else {
            QString text;
            if (saysUtf8 && body.size() != data.size()) // a UTF-8 BOM: keep UTF-8, replace the bad bytes
                text = TextDecoder::decode(body, "utf-8").text;
            else if (saysUtf8 || declared.startsWith("utf-16") || declared.startsWith("utf-32")
                     || !TextDecoder::convert(body, declared, &text))
                text = TextDecoder::decode(body, saysUtf8 ? QByteArrayView() : QByteArrayView(declared)).text;
            r.utf8 = text.toUtf8();
            fixDeclaration(r.utf8);
        }
    }

    blankMisplacedDeclaration(r.utf8);
    const qsizetype doctype = findDoctype(r.utf8);
    if (doctype < 0)
        return r;
    qsizetype subsetBegin = -1;
    qsizetype subsetEnd = -1;
    const qsizetype end = doctypeEnd(r.utf8, doctype, &subsetBegin, &subsetEnd);
    if (end < 0) {
        r.error = QStringLiteral("unterminated DOCTYPE declaration");
        return r;
    }
    if (subsetBegin >= 0 && subsetEnd > subsetBegin) {
        static const QRegularExpression entity(
            QStringLiteral(R"re(<!ENTITY\s+([A-Za-z_][\w.\-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>)re"));
        const QString subset = QString::fromUtf8(r.utf8.mid(subsetBegin, subsetEnd - subsetBegin));
        auto it = entity.globalMatch(subset);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString value = decodeCharacterReferences(m.captured(2) + m.captured(3));
            // A replacement that refers to other entities is how expansion
            // bombs are built; no feed needs one, so the document is refused.
            if (value.contains(QLatin1Char('&'))) {
                r.error = QStringLiteral("refused: the DOCTYPE declares entity '%1' that expands other entities "
                                         "(an entity expansion bomb?)")
                              .arg(m.captured(1));
                return r;
            }
            if (r.entities.size() < 1000 && value.size() <= 4096)
                r.entities.insert(m.captured(1), value);
        }
    }
    // Keep the newlines so that line numbers in errors still match the file.
    QByteArray blank;
    for (qsizetype i = doctype; i < end; ++i) {
        if (r.utf8[i] == '\n')
            blank.append('\n');
    }
    r.utf8.replace(doctype, end - doctype, blank);
    return r;
}

} // namespace dateline
