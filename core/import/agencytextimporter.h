#pragma once

#include "import/importresult.h"

#include <QString>

namespace dateline {

// Reads the agency plain-text wire layout (Anadolu Agency and those who copy
// it): section, headline, standfirst, an "Author | dd.mm.yyyy - Update :
// dd.mm.yyyy" byline, the caption line, a DATELINE line, body paragraphs and
// a subscription footer that is not part of the story.
class AgencyTextImporter final
{
public:
    // True when the text carries the layout's byline near its top.
    static bool looksLike(const QString &text);
    static ImportResult parse(const QString &text, const QString &source);
};

} // namespace dateline
