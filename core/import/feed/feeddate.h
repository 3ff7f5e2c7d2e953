#pragma once

#include <QString>
#include <QStringView>

namespace dateline {

// Dates as feeds write them (RFC 822 / RFC 2822, RFC 3339 / ISO 8601 and the
// usual broken variants: no seconds, two-digit years, named zones such as EST
// or UT, no weekday, stray whitespace) turned into ISO 8601 strings that keep
// the published offset: "2003-12-31T10:14:55Z", "2002-10-13T09:00:00+01:00",
// or "2003-12-31" when only the day is known. Empty when nothing sensible.
class FeedDate final
{
public:
    static QString toIso(QStringView text);
};

} // namespace dateline
