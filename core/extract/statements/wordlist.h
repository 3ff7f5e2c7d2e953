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
    WordList() = default;
    explicit WordList(std::initializer_list<const char16_t *> words);

    void add(QStringView word, quint32 flags = 1);
    // The word's flags, 0 when it is not in the table.
    quint32 flags(QStringView word) const;
    bool contains(QStringView word) const { return flags(word) != 0; }
    // Copies every word into `table` with the given flags.
    void addTo(WordList &table, quint32 flags) const;

private:
    struct Entry
    {
        QString word; // lower case
        size_t hash = 0;
        quint32 flags = 0;
    };

    // Hash of the case-folded word; 0 for words too long to be listed.
    static size_t hashOf(QStringView word);
    static bool equalsFolded(QStringView word, const QString &lower);

    // Buckets keyed by length and first letter keep each probe to a handful
    // of comparisons.
    static constexpr size_t kBuckets = 1024;
    static constexpr qsizetype kMaxLength = 40;
    std::vector<std::vector<Entry>> m_buckets = std::vector<std::vector<Entry>>(kBuckets);
};

} // namespace dateline
