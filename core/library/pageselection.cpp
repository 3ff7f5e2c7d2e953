#include "library/pageselection.h"

#include <algorithm>
#include <cstring>

namespace dateline {

namespace {

// SQLite's BINARY collation: bytes compared unsigned, a prefix first.
int compareBytes(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    const int c = n > 0 ? std::memcmp(a.data(), b.data(), size_t(n)) : 0;
    if (c != 0)
        return c;
    return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
}

} // namespace

PageSelection::PageSelection(Order order, qint64 offset, int limit)
    : m_order(order)
    , m_offset(std::max<qint64>(0, offset))
    , m_keep(std::max<qint64>(0, offset) + std::max(0, limit))
{
}

bool PageSelection::before(qint64 id, double score, QByteArrayView published, const Entry &other) const
{
    if (m_order == Order::BestFirst) {
        if (score != other.score)
            return score < other.score;
    } else if (const int c = compareBytes(published, other.published); c != 0) {
        return c > 0;
    }
    return id < other.id;
}

bool PageSelection::wants(qint64 id, double score, QByteArrayView published)
{
    ++m_seen;
    if (m_keep == 0)
        return false;
    if (qint64(m_heap.size()) < m_keep)
        return true;
    return before(id, score, published, m_heap.front());
}

void PageSelection::keep(Entry entry)
{
    const auto later = [this](const Entry &a, const Entry &b) {
        return before(a, b);
    };
    if (qint64(m_heap.size()) >= m_keep) {
        std::pop_heap(m_heap.begin(), m_heap.end(), later);
        m_heap.pop_back();
    }
    m_heap.push_back(std::move(entry));
    std::push_heap(m_heap.begin(), m_heap.end(), later);
}

void PageSelection::offer(qint64 id, double score)
{
    if (wants(id, score, {}))
        keep(Entry {id, score, {}});
}

void PageSelection::offer(qint64 id, QByteArrayView published)
{
    if (wants(id, 0, published))
        keep(Entry {id, 0, published.toByteArray()});
}

QList<qint64> PageSelection::ids() const
{
    std::vector<Entry> sorted = m_heap;
    std::sort(sorted.begin(), sorted.end(), [this](const Entry &a, const Entry &b) { return before(a, b); });
    QList<qint64> ids;
    for (size_t i = size_t(std::min<qint64>(m_offset, qint64(sorted.size()))); i < sorted.size(); ++i)
        ids << sorted[i].id;
    return ids;
}

} // namespace dateline
