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
    // The word in lower case, as QString::toLower() gives it; ASCII words
    // (nearly all) skip Qt's Unicode case tables.
    static QString lower(QStringView word);
    // Whether two words are equal regardless of case, as
    // QStringView::compare(Qt::CaseInsensitive) tells, without a library
    // call for ASCII words.
    static bool sameWord(QStringView a, QStringView b)
    {
        if (a.size() != b.size())
            return false;
        const char16_t *p = a.utf16();
        const char16_t *q = b.utf16();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const char16_t x = p[i];
            const char16_t y = q[i];
            if ((x | y) >= 128)
                return a.compare(b, Qt::CaseInsensitive) == 0;
            if (x != y && ((x | 0x20) != (y | 0x20) || char16_t((x | 0x20) - u'a') >= 26))
                return false;
        }
        return true;
    }

private:
    // Open addressing over one flat array, at most a quarter full: a lookup
    // of a word that is not listed (most words) usually ends on its first,
    // empty slot, and the listed words sit in one buffer rather than behind
    // a pointer each.
    struct Slot
    {
        quint32 hash = 0; // 0: empty
        quint32 flags = 0;
    };
    // Where a slot's word is in m_chars; read only when the hashes agree.
    struct Ref
    {
        quint32 offset = 0;
        quint32 length = 0;
    };

    // Hash of the case-folded word; 0 for words too long to be listed.
    static quint32 hashOf(QStringView word);
    bool equalsFolded(QStringView word, const Ref &ref) const;
    // The slot holding the word, or the empty slot where it would go.
    size_t find(QStringView word, quint32 hash) const;
    void grow();

    static constexpr qsizetype kMaxLength = 40;
    std::vector<Slot> m_slots;
    std::vector<Ref> m_refs; // parallel to m_slots
    std::vector<char16_t> m_chars; // the words, lower case, one after another
    quint32 m_count = 0;
};

} // namespace dateline
