#pragma once

#include <QString>

namespace dateline {

// A head-of-mission title found in a paragraph ("ambassador", "envoys",
// "High Commissioner"), as a token range.
struct DiplomaticRole
{
    int first = 0; // first token
    int last = 0; // one past the last token
    QString role; // normalised: ambassador, envoy, high commissioner, ...
    bool titleCase = false; // written as a title ("Ambassador Smith")
    bool plural = false; // "ambassadors", "chargés d'affaires"
};

} // namespace dateline
