#pragma once

#include <QStringView>

namespace dateline {

class WordList;

// Curated words for finding who speaks: titles, descriptions, organisations,
// pronouns and the small words around them. Scanners read them through the
// flags of the shared Lexicon table.
class SpeakerLexicon final
{
public:
    enum class Gender { Unknown, Male, Female };

    // Abbreviations whose period does not end a sentence.
    static bool isAbbreviation(QStringView word);
    // What a word says about a person's gender ("spokeswoman", "Mr.").
    static Gender genderOf(QStringView word);
    // Adds these words to the shared lexicon table.
    static void addTo(WordList &table);
};

} // namespace dateline
