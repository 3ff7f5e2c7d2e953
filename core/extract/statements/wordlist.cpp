#include "extract/statements/wordlist.h"

namespace dateline {

namespace {

inline char16_t fold(char16_t c)
{
    if (c < 128)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    return QChar::toLower(c);
}

} // namespace

WordList::WordList()
    : m_slots(64)
{
}

WordList::WordList(std::initializer_list<const char16_t *> words)
    : WordList()
{
    for (const char16_t *w : words)
        add(QStringView(w));
}

size_t WordList::hashOf(QStringView word)
{
    const qsizetype n = word.size();
    if (n == 0 || n > kMaxLength)
        return 0;
    const char16_t *p = word.utf16();
    size_t h = 14695981039346656037ull;
    for (qsizetype i = 0; i < n; ++i)
        h = (h ^ fold(p[i])) * 1099511628211ull;
    h ^= h >> 29; // FNV's low bits pick the slot: mix the high ones in
    return h == 0 ? 1 : h; // never 0, which marks an empty slot
}

bool WordList::equalsFolded(QStringView word, const QString &lower)
{
    const qsizetype n = word.size();
    if (n != lower.size())
        return false;
    const char16_t *a = word.utf16();
    const char16_t *b = QStringView(lower).utf16();
    for (qsizetype i = 0; i < n; ++i) {
        if (fold(a[i]) != b[i])
            return false;
    }
    return true;
}

size_t WordList::find(QStringView word, size_t hash) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &s = m_slots[i];
        if (s.hash == 0 || (s.hash == hash && equalsFolded(word, m_words[size_t(s.word)])))
            return i;
    }
}

void WordList::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.hash == 0)
            continue;
        size_t i = s.hash & mask;
        while (m_slots[i].hash != 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

void WordList::add(QStringView word, quint32 flags)
{
    const size_t h = hashOf(word);
    if (h == 0)
        return;
    if ((m_words.size() + 1) * 2 > m_slots.size())
        grow(); // keep the table at most half full
    Slot &s = m_slots[find(word, h)];
    if (s.hash == 0) {
        m_words.push_back(word.toString().toLower());
        s = Slot {h, 0, int(m_words.size()) - 1};
    }
    s.flags |= flags;
}

quint32 WordList::flags(QStringView word) const
{
    const size_t h = hashOf(word);
    return h == 0 ? 0 : m_slots[find(word, h)].flags;
}

void WordList::addTo(WordList &table, quint32 flags) const
{
    for (const QString &w : m_words)
        table.add(w, flags);
}

} // namespace dateline
