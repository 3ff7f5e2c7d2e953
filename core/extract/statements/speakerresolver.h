#pragma once

#include "extract/statements/mention.h"
#include "extract/statements/speakerlexicon.h"
#include "extract/statements/wordlist.h"
#include "model/extraction.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dateline {

// Who a speaker phrase refers to.
struct Speaker
{
    QString name; // canonical: "Vladimir Putin", "Russian Foreign Ministry"
    QString role;
    QString surface;
    SpeakerKind kind = SpeakerKind::Unknown;
};

// The people and organisations of one article in reading order. Surnames,
// descriptions and pronouns resolve to the most recent compatible entity;
// pronouns prefer the most recent subject (who spoke or led a sentence).
class SpeakerResolver final
{
public:
    // Resolves a speaker phrase and makes its entity the latest subject.
    Speaker resolve(const Mention &mention);
    // Records a person or organisation met in running text. Only titled
    // names ("President Vladimir Putin") create people; bare capitalised
    // words merely refresh people already known.
    void note(const Mention &mention, bool subject);
    // A group of people named by a plural noun ("Traders in Mandera",
    // "the negotiators") that a later "they" can stand for; makes it the
    // latest subject and returns its entity, or -1.
    int noteGroup(const Mention &mention);
    // "Korkmaz said she had …": a speaker of unknown gender who reports
    // about "she" or "he" first thing is most likely that pronoun.
    void learnGender(const QString &name, QStringView pronoun);
    // A description no one fitted when it was read ("Malaysia's foreign
    // minister said" in a lede) may fit someone named later in the story.
    // Returns the entity as a speaker, or an empty one; it needs a shared
    // word besides the head, as the head alone fits too many people.
    Speaker resolveLate(const QString &role) const;
    // Moves reading time on; later mentions are more recent.
    void tick() { ++m_clock; }
    // Whether a word is the last word of a known name, or the first of a
    // name that may be written family name first.
    bool knows(QStringView word) const { return m_nameWords.contains(word); }

private:
    struct Entity
    {
        QString name;
        QString role;
        QStringList words; // lower-case name words
        SpeakerKind kind = SpeakerKind::Person;
        SpeakerLexicon::Gender gender = SpeakerLexicon::Gender::Unknown;
        bool plural = false;
        qint64 lastMention = -1;
        qint64 lastSubject = -1;
    };

    int findByName(const QString &name, SpeakerKind kind) const;
    int findBySurnameFirst(QStringView word, SpeakerKind kind) const;
    int findByRole(const QString &role, const QString &head, int minScore = 0) const;
    int findPronounTarget(const QString &pronoun) const;
    int findOrganisation(const QString &head) const;
    // The organisation that most recently spoke or led a sentence.
    int findLatestOrganisation() const;
    int add(const Mention &mention, SpeakerKind kind);
    void touch(int entity, bool subject);
    Speaker speakerOf(int entity, const Mention &mention) const;

    std::vector<Entity> m_entities;
    // Last words of names, and first words of names with two words or
    // more, in one table: one look-up answers both.
    enum NameWord : quint32 { LastWord = 1, FirstWord = 2 };
    WordList m_nameWords;

    qint64 m_clock = 0;
};

} // namespace dateline
