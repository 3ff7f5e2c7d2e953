#pragma once

#include "extract/statements/mention.h"
#include "extract/statements/tokenizer.h"

#include <QStringView>

#include <vector>

namespace dateline {

// Reads speaker phrases out of a tokenised paragraph, backwards from a
// reporting verb ("Russian President Vladimir Putin | said") or forwards
// from one ("said | Dmitry Peskov, the Kremlin spokesman"). Runs are
// bounded, so each call costs a few tokens whatever the input.
class MentionFinder final
{
public:
    MentionFinder(QStringView text, const std::vector<Token> &tokens);

    // The phrase whose last token is `last`; never reaches `floor` or before.
    Mention endingAt(int last, int floor) const;
    // The phrase that starts at `first`; stays before `ceiling`.
    Mention startingAt(int first, int ceiling) const;

    // "Traders in the border town said", "The negotiators said": a group
    // of people named by a plural noun that opens the sentence starting at
    // `first`; its mention (plural, a Description), or an invalid one.
    Mention pluralSubject(int first, int ceiling) const;

    QStringView word(int i) const;
    bool isWord(int i, QStringView w) const;
    bool isPunct(int i, char16_t c) const;
    // The Lexicon flags of token i (0 for anything but a known word).
    quint32 flags(int i) const;
    bool has(int i, quint32 flag) const { return (flags(i) & flag) != 0; }
    // Whether a head word names a document rather than who issued it.
    static bool isDocument(QStringView head);

private:
    bool inRun(int i) const;
    bool isPersonPlural(int i) const;
    Mention backwards(int last, int floor, int depth) const;
    // Where the preposition before a bare name that is a place stands
    // ("in Ankara", "in Savannah, Georgia"), or -1 when it is no place.
    int placePreposition(const Mention &m) const;
    Mention coordinated(const Mention &m, int floor, int depth) const;
    Mention classify(int first, int last) const;
    QString joined(int first, int last) const;

    QStringView m_text;
    const std::vector<Token> &m_tokens;
};

} // namespace dateline
