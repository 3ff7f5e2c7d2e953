#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace dateline {

// Unsigned LEB128 varints, the unit of the small packed columns
// (article_countries.spans, statement_rows.edits).
inline void putVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

// Reads one varint at `pos` and moves past it; false at the end of `in` or
// past 35 bits, more than any of these columns holds.
inline bool getVarint(QByteArrayView in, qsizetype &pos, quint64 &value)
{
    value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        if (pos >= in.size())
            return false;
        const auto byte = quint8(in.at(pos++));
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

} // namespace dateline
