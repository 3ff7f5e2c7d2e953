#pragma once

#include <QtGlobal>

namespace dateline {

class WordList;

// The curated reporting verbs ("said", "stressed", "arguing") that introduce
// statements, and how much evidence each needs.
class ReportingVerbLexicon final
{
public:
    enum Strength {
        NotAVerb,
        // Reports speech on its own: "He said Russia is open".
        Strong,
        // Often used for things other than speech ("announced a plan",
        // "claimed lives"): reports a clause only with "that" or a quote.
        Weak,
        // A participle after a comma that takes the sentence's subject:
        // "…, arguing that …", "…, stating, “…”".
        Participle,
    };

    // A word's strength from its lexicon flags (see Lexicon).
    static Strength strengthOf(quint32 flags);
    // Adds the verbs, stance nouns ("position that") and audience words
    // ("told reporters") to the shared lexicon table.
    static void addTo(WordList &table);
};

} // namespace dateline
