#pragma once

#include <QString>

namespace dateline {

// The folded form names are matched by: "Erdoğan", "ERDOGAN" and "erdogan"
// share one key, so a speaker filter finds them however they were typed.
class TextKey final
{
public:
    // Decomposed, combining marks dropped, case-folded, whitespace simplified.
    static QString of(const QString &text);
};

} // namespace dateline
