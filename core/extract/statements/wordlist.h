#pragma once

#include <QString>
#include <QStringView>

#include <initializer_list>
#include <vector>

namespace dateline {

// A small case-insensitive word set that answers lookups on string views
// without allocating: the extractors ask it about nearly every token.
class WordList final
{
public:
    WordList() = default;
    explicit WordList(std::initializer_list<const char16_t *> words);

    void add(QStringView word);
    bool contains(QStringView word) const;

private:
    static int bucketOf(QStringView word);

    // Buckets keyed by length and first letter keep each probe to a handful
    // of comparisons.
    static constexpr int kBuckets = 512;
    std::vector<std::vector<QString>> m_buckets = std::vector<std::vector<QString>>(kBuckets);
};

} // namespace dateline
