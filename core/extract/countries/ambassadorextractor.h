#pragma once

#include "model/article.h"

#include <QList>

namespace dateline {

// Finds ambassadors, envoys and other heads of mission with their sending and
// host countries.
class AmbassadorExtractor final
{
public:
    static QList<AmbassadorMention> extract(const Article &article, const QList<CountryMention> &countries);
};

} // namespace dateline
