#include "extract/statements/wordlist.h"

namespace dateline {

WordList::WordList(std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words)
        add(QStringView(w));
}

int WordList::bucketOf(QStringView word)
{
    const auto first = static_cast<unsigned>(word.front().toLower().unicode());
    const auto length = static_cast<unsigned>(word.size());
    return static_cast<int>((first * 31u + length) % kBuckets);
}

void WordList::add(QStringView word)
{
    if (word.isEmpty() || contains(word))
        return;
    m_buckets[static_cast<size_t>(bucketOf(word))].push_back(word.toString().toLower());
}

bool WordList::contains(QStringView word) const
{
    if (word.isEmpty() || word.size() > 40)
        return false;
    for (const QString &w : m_buckets[static_cast<size_t>(bucketOf(word))]) {
        if (w.size() == word.size() && QStringView(w).compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace dateline
