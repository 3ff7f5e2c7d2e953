#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <vector>

namespace dateline {

// The page [offset, offset + limit) of search matches in result order, kept
// while the matches stream by once, so the same pass can count them all.
class PageSelection final
{
public:
    enum class Order {
        BestFirst, // lowest score first, then lowest id (SQL: score, id)
        NewestFirst, // latest publication first, then lowest id (SQL: published DESC, id)
    };

    PageSelection(Order order, qint64 offset, int limit);

    // One match. BestFirst takes scores, NewestFirst publication dates,
    // compared byte by byte as SQLite compares text.
    void offer(qint64 id, double score);
    void offer(qint64 id, QByteArrayView published);

    // Matches offered so far.
    qint64 seen() const { return m_seen; }
    // The ids of the page, in result order.
    QList<qint64> ids() const;

private:
    struct Entry
    {
        qint64 id = 0;
        double score = 0;
        QByteArray published;
    };

    bool before(qint64 id, double score, QByteArrayView published, const Entry &other) const;
    bool before(const Entry &a, const Entry &b) const { return before(a.id, a.score, a.published, b); }
    // Whether a match belongs among the kept ones, and then keeps it.
    bool wants(qint64 id, double score, QByteArrayView published);
    void keep(Entry entry);

    Order m_order;
    qint64 m_offset;
    qint64 m_keep;
    qint64 m_seen = 0;
    // A heap whose top is the last kept match in result order.
    std::vector<Entry> m_heap;
};

} // namespace dateline
