#pragma once

#include <QByteArrayView>

#include <cstring>

namespace dateline::bytesearch {

// Position of needle in haystack at or after from, or -1: memchr for the
// needle's first byte, then a compare. Faster than QByteArray::indexOf for
// the short markup needles the importers look for ("</", "-->", "]]>"),
// whose first byte is rare in text.
inline qsizetype find(QByteArrayView haystack, QByteArrayView needle, qsizetype from = 0)
{
    if (needle.isEmpty() || from < 0 || from >= haystack.size())
        return -1;
    const char *const begin = haystack.data();
    const char *const end = begin + haystack.size();
    for (const char *p = begin + from; p < end; ++p) {
        p = static_cast<const char *>(std::memchr(p, needle[0], size_t(end - p)));
        if (!p)
            break;
        if (end - p >= needle.size() && std::memcmp(p, needle.data(), size_t(needle.size())) == 0)
            return p - begin;
    }
    return -1;
}

// Whether a numeric character reference in text ("&#57344;", "&#xE001;")
// stands for a code point in [first, last]. The stashes of the HTML and feed
// importers swap text for placeholder characters; a document that spells one
// out itself must not be taken for their own.
inline bool referencesCodePoint(QByteArrayView text, char32_t first, char32_t last)
{
    for (qsizetype at = find(text, "&#", 0); at >= 0; at = find(text, "&#", at + 2)) {
        qsizetype p = at + 2;
        const bool hex = p < text.size() && (text[p] == 'x' || text[p] == 'X');
        p += hex ? 1 : 0;
        char32_t value = 0;
        for (; p < text.size() && value <= 0x10FFFF; ++p) {
            const char c = text[p];
            int digit = -1;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (hex && c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            if (digit < 0)
                break;
            value = value * (hex ? 16 : 10) + char32_t(digit);
        }
        if (value >= first && value <= last)
            return true;
    }
    return false;
}

} // namespace dateline::bytesearch
