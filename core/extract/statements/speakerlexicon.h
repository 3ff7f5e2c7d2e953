#pragma once

#include <QStringView>

namespace dateline {

class WordList;

// Curated words for finding who speaks: titles, descriptions, organisations,
// pronouns and the small words around them.
class SpeakerLexicon final
{
public:
    enum class Gender { Unknown, Male, Female };

    // Words of an office that make a role: "President", "Foreign Minister",
    // "spokeswoman".
    static bool isTitle(QStringView word);
    // Nouns that describe a person standing in for a name: "the president",
    // "the minister", "officials".
    static bool isPersonNoun(QStringView word);
    // Words that make a name an organisation: "Ministry", "Kremlin".
    static bool isOrganisationWord(QStringView word);
    // Modifiers inside a description: "the former Russian foreign minister".
    static bool isModifier(QStringView word);
    static bool isDeterminer(QStringView word);
    // Capitalised words that start sentences but are not names.
    static bool isFunctionWord(QStringView word);
    // Lower-case parts of names: "bin", "al", "van", "de".
    static bool isNameParticle(QStringView word);
    // Words between a subject and its verb: "Putin also said".
    static bool isAdverb(QStringView word);
    // Words after a verb before "that": "said on Thursday that".
    static bool isAdverbialStart(QStringView word);
    // Days and times that sit between a subject and its verb: "Erdogan on
    // Thursday said".
    static bool isTimeWord(QStringView word);
    // Abbreviations whose period does not end a sentence.
    static bool isAbbreviation(QStringView word);
    static bool isPersonalPronoun(QStringView word);
    static Gender genderOf(QStringView word);
    // Adds these words to the shared lexicon table.
    static void addTo(WordList &table);
};

} // namespace dateline
