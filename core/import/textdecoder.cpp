#include "import/textdecoder.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <iconv.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <memory>

namespace dateline {

namespace {

struct Bom
{
    QByteArrayView bytes;
    QStringConverter::Encoding encoding;
    const char *name;
};

// Longest first: the UTF-32LE mark starts with the UTF-16LE one.
const std::array<Bom, 5> kBoms = {{
    {QByteArrayView("\xFF\xFE\x00\x00", 4), QStringConverter::Utf32LE, "UTF-32LE"},
    {QByteArrayView("\x00\x00\xFE\xFF", 4), QStringConverter::Utf32BE, "UTF-32BE"},
    {QByteArrayView("\xEF\xBB\xBF", 3), QStringConverter::Utf8, "UTF-8"},
    {QByteArrayView("\xFF\xFE", 2), QStringConverter::Utf16LE, "UTF-16LE"},
    {QByteArrayView("\xFE\xFF", 2), QStringConverter::Utf16BE, "UTF-16BE"},
}};

QString decodeWith(QStringConverter::Encoding encoding, QByteArrayView data)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    return decoder.decode(data);
}

QByteArray normaliseCharsetName(QByteArrayView name)
{
    QByteArray n = name.trimmed().toByteArray().toLower();
    // Names that pages use but iconv spells differently or that the web
    // platform maps to a superset (WHATWG Encoding Standard).
    if (n == "iso-8859-1" || n == "latin1" || n == "latin-1" || n == "us-ascii" || n == "ascii" || n == "iso8859-1")
        return "windows-1252";
    if (n == "utf8")
        return "utf-8";
    if (n == "x-sjis" || n == "shift-jis")
        return "shift_jis";
    if (n == "gb2312" || n == "x-gbk")
        return "gbk";
    if (n == "ks_c_5601-1987")
        return "euc-kr";
    if (n == "iso-8859-9")
        return "windows-1254";
    return n;
}

struct IconvCloser
{
    void operator()(iconv_t cd) const { iconv_close(cd); }
};

} // namespace

bool TextDecoder::isValidUtf8(QByteArrayView data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const auto *end = p + data.size();
    while (p < end) {
        // Most text is ASCII: check eight bytes at a time while it is.
        while (end - p >= 8) {
            quint64 word;
            memcpy(&word, p, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        unsigned minCp = 0;
        unsigned cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
            minCp = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
            minCp = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
            minCp = 0x10000;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (cp < minCp || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

bool TextDecoder::convert(QByteArrayView data, QByteArrayView charset, QString *out)
{
    const QByteArray name = normaliseCharsetName(charset);
    if (name.isEmpty())
        return false;
    if (auto enc = QStringConverter::encodingForName(name.constData())) {
        *out = decodeWith(*enc, data);
        return true;
    }
    iconv_t raw = iconv_open("UTF-16LE", name.constData());
    if (raw == reinterpret_cast<iconv_t>(-1))
        return false;
    std::unique_ptr<std::remove_pointer_t<iconv_t>, IconvCloser> cd(raw);

    QByteArray buffer;
    buffer.resize(data.size() * 4 + 16);
    char *in = const_cast<char *>(data.data());
    size_t inLeft = size_t(data.size());
    char *outPtr = buffer.data();
    size_t outLeft = size_t(buffer.size());
    QString result;
    result.reserve(data.size());
    const auto flush = [&] {
        const qsizetype produced = qsizetype(outPtr - buffer.data());
        result.append(QStringView(reinterpret_cast<const char16_t *>(buffer.constData()), produced / 2));
        outPtr = buffer.data();
        outLeft = size_t(buffer.size());
    };
    while (inLeft > 0) {
        const size_t rc = iconv(cd.get(), &in, &inLeft, &outPtr, &outLeft);
        if (rc != size_t(-1))
            break;
        if (errno == E2BIG) {
            flush();
            continue;
        }
        // EILSEQ or EINVAL (truncated sequence at the end): replace one byte
        // and go on, so one bad byte never loses the rest of the document.
        flush();
        result.append(QChar::ReplacementCharacter);
        ++in;
        --inLeft;
        iconv(cd.get(), nullptr, nullptr, nullptr, nullptr);
    }
    flush();
    *out = result;
    return true;
}

QByteArray TextDecoder::sniffHtmlCharset(QByteArrayView head)
{
    // What <meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+) (any case)
    // finds in the first 4 KB, without a regular expression over a QString
    // copy of them: in each "<meta" up to its '>', the last "charset" that
    // is followed by a name.
    head = head.first(qMin<qsizetype>(head.size(), 4096));
    const qsizetype n = head.size();
    const auto space = [](char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    };
    const auto nameChar = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == ':'
            || c == '.' || c == '-';
    };
    const auto at = [&](qsizetype i, QByteArrayView word) {
        return i + word.size() <= n && head.sliced(i, word.size()).compare(word, Qt::CaseInsensitive) == 0;
    };
    for (qsizetype meta = head.indexOf('<'); meta >= 0; meta = head.indexOf('<', meta + 1)) {
        if (!at(meta, "<meta"))
            continue;
        qsizetype tagEnd = head.indexOf('>', meta + 5);
        if (tagEnd < 0)
            tagEnd = n;
        for (qsizetype c = tagEnd - 7; c >= meta + 6; --c) {
            if (!at(c, "charset"))
                continue;
            qsizetype p = c + 7;
            while (p < n && space(head[p]))
                ++p;
            if (p >= n || head[p] != '=')
                continue;
            ++p;
            while (p < n && space(head[p]))
                ++p;
            if (p < n && (head[p] == '"' || head[p] == '\''))
                ++p;
            while (p < n && space(head[p]))
                ++p;
            const qsizetype name = p;
            while (p < n && nameChar(head[p]))
                ++p;
            if (p > name)
                return head.sliced(name, p - name).toByteArray();
        }
    }
    return {};
}

QByteArray TextDecoder::sniffXmlEncoding(QByteArrayView head)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_:.\-]+)["'])"));
    const QString latin = QString::fromLatin1(head.first(qMin<qsizetype>(head.size(), 512)));
    const auto m = re.match(latin);
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

TextDecoder::Result TextDecoder::decode(QByteArrayView data, QByteArrayView declaredCharset)
{
    for (const Bom &bom : kBoms) {
        if (data.startsWith(bom.bytes))
            return {decodeWith(bom.encoding, data.sliced(bom.bytes.size())), bom.name};
    }
    if (!declaredCharset.isEmpty()) {
        const QByteArray name = normaliseCharsetName(declaredCharset);
        // A page that declares UTF-16 without a BOM after being read as bytes
        // is almost always really ASCII-compatible; trust the bytes instead.
        if (!name.startsWith("utf-16") && !name.startsWith("utf-32")) {
            QString text;
            if (name == "utf-8" || convert(data, name, &text)) {
                if (name == "utf-8")
                    text = decodeWith(QStringConverter::Utf8, data);
                return {text, name.toUpper()};
            }
        }
    }
    if (isValidUtf8(data))
        return {decodeWith(QStringConverter::Utf8, data), "UTF-8"};

    QByteArray detected;
    if (uchardet_t ud = uchardet_new()) {
        uchardet_handle_data(ud, data.data(), size_t(qMin<qsizetype>(data.size(), 256 * 1024)));
        uchardet_data_end(ud);
        detected = uchardet_get_charset(ud);
        uchardet_delete(ud);
    }
    QString text;
    if (!detected.isEmpty() && detected != "ASCII" && convert(data, detected, &text))
        return {text, detected.toUpper()};
    // Nothing better known: Windows-1252 maps every byte, so nothing is lost.
    convert(data, "windows-1252", &text);
    return {text, "WINDOWS-1252"};
}

} // namespace dateline
