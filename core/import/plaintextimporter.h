#pragma once

#include "import/importresult.h"

#include <QString>

namespace dateline {

// Reads any other plain-text story: headline on the first line, an optional
// "By NAME" line, and wire ledes ("MOSCOW, Jan 16 (Reuters) -") that give the
// dateline, date and agency.
class PlainTextImporter final
{
public:
    static ImportResult parse(const QString &text, const QString &source);
};

} // namespace dateline
