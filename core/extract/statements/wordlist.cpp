#include "extract/statements/wordlist.h"

namespace dateline {

namespace {

char16_t fold(char16_t c)
{
    if (c < 128)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    return QChar::toLower(c);
}

} // namespace

WordList::WordList(std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words)
        add(QStringView(w));
}

size_t WordList::hashOf(QStringView word)
{
    if (word.isEmpty() || word.size() > kMaxLength)
        return 0;
    size_t h = 14695981039346656037ull;
    for (const QChar c : word)
        h = (h ^ fold(c.unicode())) * 1099511628211ull;
    return h | 1u; // never 0
}

bool WordList::equalsFolded(QStringView word, const QString &lower)
{
    if (word.size() != lower.size())
        return false;
    const QChar *a = word.data();
    const QChar *b = lower.constData();
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (fold(a[i].unicode()) != b[i].unicode())
            return false;
    }
    return true;
}

void WordList::add(QStringView word, quint32 flags)
{
    const size_t h = hashOf(word);
    if (h == 0)
        return;
    std::vector<Entry> &bucket = m_buckets[h % kBuckets];
    for (Entry &e : bucket) {
        if (e.hash == h && equalsFolded(word, e.word)) {
            e.flags |= flags;
            return;
        }
    }
    bucket.push_back({word.toString().toLower(), h, flags});
}

quint32 WordList::flags(QStringView word) const
{
    const size_t h = hashOf(word);
    if (h == 0)
        return 0;
    for (const Entry &e : m_buckets[h % kBuckets]) {
        if (e.hash == h && equalsFolded(word, e.word))
            return e.flags;
    }
    return 0;
}

void WordList::addTo(WordList &table, quint32 flags) const
{
    for (const std::vector<Entry> &bucket : m_buckets) {
        for (const Entry &e : bucket)
            table.add(e.word, flags);
    }
}

} // namespace dateline
