#pragma once

#include "model/extraction.h"

#include <QString>
#include <QStringList>

namespace dateline {

// One phrase of the country vocabulary, split into tokens for matching.
struct GazetteerEntry
{
    enum Flag {
        PersonFirst = 1, // also a first name ("Chad Smith")
        PersonLast = 2, // also a surname ("George Washington")
        UsState = 4, // also a US state ("Georgia")
    };

    QString code; // ISO alpha-2; empty for a blocking phrase
    QString surface;
    CountryMentionKind kind = CountryMentionKind::Name;
    bool seat = false; // a building or street standing for the government
    int flags = 0;
    QStringList tokens;

    bool blocks() const { return code.isEmpty(); }
};

} // namespace dateline
