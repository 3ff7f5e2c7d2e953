#include "extract/statements/wordlist.h"

#include <cstring>

namespace dateline {

namespace {

inline char16_t fold(char16_t c)
{
    if (c < 128)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    return QChar::toLower(c);
}

// Folds `n` (at most four) units lane by lane: the rare non-ASCII words.
// Kept out of line so that the ASCII path needs no call.
Q_DECL_COLD_FUNCTION Q_NEVER_INLINE quint64 foldedLanes(const char16_t *p, qsizetype n)
{
    quint64 chunk = 0;
    for (qsizetype k = 0; k < n; ++k)
        chunk |= quint64(fold(p[k])) << (16 * k);
    return chunk;
}

// Lanes in 'A'..'Z' gain 0x20, without a branch; every lane is ASCII.
inline quint64 foldedAscii(quint64 chunk)
{
    constexpr quint64 highBits = 0x0080008000800080ull;
    const quint64 atLeastA = (chunk + 0x003F003F003F003Full) & highBits;
    const quint64 pastZ = (chunk + 0x0025002500250025ull) & highBits;
    return chunk | ((atLeastA & ~pastZ) >> 2);
}

// Four UTF-16 units of a word, read at once and folded to lower case.
inline quint64 foldedChunk(const char16_t *p)
{
    quint64 chunk;
    std::memcpy(&chunk, p, sizeof chunk);
    return (chunk & 0xFF80FF80FF80FF80ull) ? foldedLanes(p, 4) : foldedAscii(chunk);
}

// A word shorter than four units, folded into one chunk.
inline quint64 foldedShort(const char16_t *p, qsizetype n)
{
    quint64 chunk = p[0];
    if (n > 1)
        chunk |= quint64(p[1]) << 16;
    if (n > 2)
        chunk |= quint64(p[2]) << 32;
    return (chunk & 0xFF80FF80FF80FF80ull) ? foldedLanes(p, n) : foldedAscii(chunk);
}

inline quint64 mix(quint64 h, quint64 chunk)
{
    h = (h ^ chunk) * 0xff51afd7ed558ccdull;
    return h ^ (h >> 32);
}

} // namespace

WordList::WordList()
    : m_slots(64)
    , m_refs(64)
{
}

WordList::WordList(std::initializer_list<const char16_t *> words)
    : WordList()
{
    for (const char16_t *w : words)
        add(QStringView(w));
}

Q_ALWAYS_INLINE quint32 WordList::hashOf(QStringView word)
{
    const qsizetype n = word.size();
    if (n == 0 || n > kMaxLength)
        return 0;
    // Whole chunks, the last one read so that it ends with the word (it may
    // overlap the one before); the length is hashed too, so the overlap
    // cannot make two words alike. Every token of every paragraph comes here.
    const char16_t *p = word.utf16();
    quint64 h = 14695981039346656037ull ^ quint64(n);
    if (n < 4) {
        h = mix(h, foldedShort(p, n));
    } else {
        for (qsizetype i = 0; i + 4 < n; i += 4)
            h = mix(h, foldedChunk(p + i));
        h = mix(h, foldedChunk(p + n - 4));
    }
    // The low bits pick the slot: fold the high ones in.
    const quint32 folded = quint32(h ^ (h >> 29) ^ (h >> 47));
    return folded == 0 ? 1 : folded; // never 0, which marks an empty slot
}

Q_ALWAYS_INLINE bool WordList::equalsFolded(QStringView word, const Ref &ref) const
{
    const qsizetype n = word.size();
    if (n != qsizetype(ref.length))
        return false;
    const char16_t *a = word.utf16();
    const char16_t *b = m_chars.data() + ref.offset; // stored folded
    const auto raw = [](const char16_t *p) {
        quint64 chunk;
        std::memcpy(&chunk, p, sizeof chunk);
        return chunk;
    };
    if (n < 4) {
        quint64 stored = b[0];
        for (qsizetype i = 1; i < n; ++i)
            stored |= quint64(b[i]) << (16 * i);
        return foldedShort(a, n) == stored;
    }
    for (qsizetype i = 0; i + 4 < n; i += 4) {
        if (foldedChunk(a + i) != raw(b + i))
            return false;
    }
    return foldedChunk(a + n - 4) == raw(b + n - 4);
}

Q_ALWAYS_INLINE size_t WordList::find(QStringView word, quint32 hash) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &s = m_slots[i];
        if (s.hash == 0 || (s.hash == hash && equalsFolded(word, m_refs[i])))
            return i;
    }
}

void WordList::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    std::vector<Ref> oldRefs(old.size());
    old.swap(m_slots);
    oldRefs.swap(m_refs);
    const size_t mask = m_slots.size() - 1;
    for (size_t k = 0; k < old.size(); ++k) {
        if (old[k].hash == 0)
            continue;
        size_t i = old[k].hash & mask;
        while (m_slots[i].hash != 0)
            i = (i + 1) & mask;
        m_slots[i] = old[k];
        m_refs[i] = oldRefs[k];
    }
}

void WordList::add(QStringView word, quint32 flags)
{
    const quint32 h = hashOf(word);
    if (h == 0)
        return;
    if ((m_count + 1) * 4 > m_slots.size())
        grow();
    const size_t at = find(word, h);
    Slot &s = m_slots[at];
    if (s.hash == 0) {
        s = Slot {h, 0};
        m_refs[at] = Ref {quint32(m_chars.size()), quint32(word.size())};
        for (const QChar c : word)
            m_chars.push_back(fold(c.unicode()));
        ++m_count;
    }
    s.flags |= flags;
}

quint32 WordList::flags(QStringView word) const
{
    const quint32 h = hashOf(word);
    return h == 0 ? 0 : m_slots[find(word, h)].flags;
}

QString WordList::lower(QStringView word)
{
    QString out(word.size(), Qt::Uninitialized);
    char16_t *o = reinterpret_cast<char16_t *>(out.data());
    const char16_t *p = word.utf16();
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = p[i];
        if (c >= 128)
            return word.toString().toLower();
        o[i] = (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    }
    return out;
}

void WordList::addTo(WordList &table, quint32 flags) const
{
    for (size_t i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i].hash != 0)
            table.add(QStringView(m_chars.data() + m_refs[i].offset, qsizetype(m_refs[i].length)), flags);
    }
}

} // namespace dateline
