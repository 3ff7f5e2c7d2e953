#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dateline {

// Turns the bytes of a document into text. The order of evidence is: a byte
// order mark, the charset the document declares (XML prolog, HTML meta, HTTP
// header), valid UTF-8, then statistical detection (uchardet) for legacy
// 8-bit text. Invalid bytes become U+FFFD; decoding never fails.
class TextDecoder final
{
public:
    struct Result
    {
        QString text;
        QByteArray encoding; // canonical name of what was used, e.g. "UTF-8"
    };

    static Result decode(QByteArrayView data, QByteArrayView declaredCharset = {});

    // Converts from a named charset (any name iconv knows). Returns false when
    // the charset is unknown; invalid sequences are replaced, not fatal.
    static bool convert(QByteArrayView data, QByteArrayView charset, QString *out);

    // The charset an HTML document declares in its first 4 KiB (meta charset
    // or http-equiv content-type), empty if none.
    static QByteArray sniffHtmlCharset(QByteArrayView head);
    // The encoding pseudo-attribute of an XML declaration, empty if none.
    static QByteArray sniffXmlEncoding(QByteArrayView head);

    static bool isValidUtf8(QByteArrayView data);
};

} // namespace dateline
