#pragma once

#include "extract/statements/wordlist.h"

#include <QStringView>
#include <QtGlobal>

namespace dateline {

// All curated words in one table: a single lookup per token tells which
// lists a word is on, so the scanners test bits instead of strings.
class Lexicon final
{
public:
    enum Flag : quint32 {
        Title = 1u << 0,
        PersonNoun = 1u << 1,
        Organisation = 1u << 2,
        Modifier = 1u << 3,
        Determiner = 1u << 4,
        Function = 1u << 5,
        Particle = 1u << 6,
        Adverb = 1u << 7,
        AdverbialStart = 1u << 8,
        Pronoun = 1u << 9,
        StrongVerb = 1u << 10,
        WeakVerb = 1u << 11,
        ParticipleVerb = 1u << 12,
        Stance = 1u << 13,
        Audience = 1u << 14,
        Time = 1u << 15,
        AnyVerb = StrongVerb | WeakVerb | ParticipleVerb,
    };

    static quint32 flags(QStringView word) { return table().flags(word); }
    // The table itself, for loops that look up every word.
    static const WordList &table();
};

} // namespace dateline
