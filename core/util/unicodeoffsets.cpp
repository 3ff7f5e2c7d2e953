#include "util/unicodeoffsets.h"

namespace dateline {

int codePointIndex(QStringView text, int utf16Index)
{
    const int limit = qBound(0, utf16Index, int(text.size()));
    int points = 0;
    for (int i = 0; i < limit; ++i) {
        // The low half of a pair does not start a new code point.
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++points;
    }
    return points;
}

int utf16Index(QStringView text, int codePointIndex)
{
    int i = 0;
    int points = 0;
    const int n = int(text.size());
    while (i < n && points < codePointIndex) {
        if (text.at(i).isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate())
            i += 2;
        else
            ++i;
        ++points;
    }
    return i;
}

} // namespace dateline
