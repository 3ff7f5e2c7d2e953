#pragma once

#include <QString>
#include <QStringView>

#include <initializer_list>
#include <vector>

namespace dateline {

// A small case-insensitive word table that answers lookups on string views
// without allocating: the extractors ask it about nearly every token. Each
// word carries flag bits so that one lookup answers many questions.
class WordList final
{
public:
    WordList();
    explicit WordList(std::initializer_list<const char16_t *> words);

    void add(QStringView word, quint32 flags = 1);
    // The word's flags, 0 when it is not in the table.
    quint32 flags(QStringView word) const;
    bool contains(QStringView word) const { return flags(word) != 0; }
    // Copies every word into `table` with the given flags.
    void addTo(WordList &table, quint32 flags) const;

private:
    // Open addressing over one flat array: a lookup usually touches a
    // single slot and reads the word only when the hashes agree.
    struct Slot
    {
        size_t hash = 0; // 0: empty
        quint32 flags = 0;
        int word = -1; // index into m_words
    };

    // Hash of the case-folded word; 0 for words too long to be listed.
    static size_t hashOf(QStringView word);
    static bool equalsFolded(QStringView word, const QString &lower);
    // The slot holding the word, or the empty slot where it would go.
    size_t find(QStringView word, size_t hash) const;
    void grow();

    static constexpr qsizetype kMaxLength = 40;
    std::vector<Slot> m_slots;
    std::vector<QString> m_words; // lower case
};

} // namespace dateline
