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

} // namespace dateline::bytesearch
