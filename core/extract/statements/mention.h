#pragma once

#include <QString>

namespace dateline {

// A phrase that can name a speaker: a pronoun, a person's name with its
// title, a description ("the Russian president") or an organisation.
struct Mention
{
    enum Kind { None, Pronoun, Person, Description, Organisation };

    Kind kind = None;
    int first = -1; // token range, inclusive
    int last = -1;
    int tail = -1; // last token including an appositive (", the Kremlin spokesman")
    QString surface; // as written
    QString name; // person or organisation name without determiner or title
    QString role; // title or description: "Russian President"
    QString head; // lower-case head word: "he", "president", "ministry"
    bool definite = false; // "the minister" rather than "a minister"
    bool plural = false; // "Egypt and Qatar": a group that "they" can stand for

    bool isValid() const { return kind != None; }
};

} // namespace dateline
