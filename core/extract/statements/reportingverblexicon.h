#pragma once

#include <QStringView>

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

    static Strength classify(QStringView word);
    // The same from a word's lexicon flags (see Lexicon).
    static Strength strengthOf(quint32 flags);
    // Nouns that introduce a reported clause after a verb: "reaffirmed
    // Moscow's position that …".
    static bool isStanceNoun(QStringView word);
    // Nouns that give "told" its audience: "told reporters".
    static bool isAudienceWord(QStringView word);
    // Adds these words to the shared lexicon table.
    static void addTo(WordList &table);
};

} // namespace dateline
