// The page of search matches kept in one pass: the same ids, in the same
// order, as sorting every match and cutting the page out of it.
#include "library/pageselection.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>

#include <algorithm>
#include <vector>

using namespace dateline;

namespace {

struct Match
{
    qint64 id;
    double score;
    QByteArray published;
};

QList<qint64> cut(const std::vector<Match> &sorted, qint64 offset, int limit)
{
    QList<qint64> ids;
    for (qint64 i = offset; i < qint64(sorted.size()) && i < offset + limit; ++i)
        ids << sorted[size_t(i)].id;
    return ids;
}

std::vector<Match> matches()
{
    // Few distinct scores and dates, so ties are broken by id; dates that
    // are prefixes of others, empty ones and bytes above 0x7f, which sort
    // after ASCII as SQLite compares text.
    const QList<QByteArray> dates
        = {"", "2024-01-01", "2024-01-01T09:00:00Z", "2023-12-31", "2024-01-02", "\xc3\xa9t\xc3\xa9"};
    QRandomGenerator rng(7);
    std::vector<Match> all;
    for (int i = 0; i < 300; ++i) {
        // Ids not in order of arrival, as rows joined from the index.
        const qint64 id = qint64(rng.bounded(100000)) * 300 + i;
        all.push_back({id, -double(rng.bounded(5)) * 0.5, dates.at(qsizetype(rng.bounded(quint32(dates.size()))))});
    }
    return all;
}

} // namespace

TEST(PageSelection, BestFirstIsLowestScoreThenLowestId)
{
    const std::vector<Match> all = matches();
    std::vector<Match> sorted = all;
    std::sort(sorted.begin(), sorted.end(),
              [](const Match &a, const Match &b) { return a.score != b.score ? a.score < b.score : a.id < b.id; });
    for (const auto &[offset, limit] :
         std::vector<std::pair<qint64, int>> {{0, 20}, {0, 1}, {13, 7}, {290, 20}, {400, 20}, {0, 1000}}) {
        PageSelection page(PageSelection::Order::BestFirst, offset, limit);
        for (const Match &m : all)
            page.offer(m.id, m.score);
        EXPECT_EQ(page.seen(), qint64(all.size()));
        EXPECT_EQ(page.ids(), cut(sorted, offset, limit)) << offset << " " << limit;
    }
}

TEST(PageSelection, NewestFirstIsLatestDateThenLowestId)
{
    const std::vector<Match> all = matches();
    std::vector<Match> sorted = all;
    std::sort(sorted.begin(), sorted.end(), [](const Match &a, const Match &b) {
        const int c = std::memcmp(a.published.constData(), b.published.constData(),
                                  size_t(std::min(a.published.size(), b.published.size())));
        if (c != 0)
            return c > 0;
        if (a.published.size() != b.published.size())
            return a.published.size() > b.published.size();
        return a.id < b.id;
    });
    EXPECT_EQ(sorted.front().published, QByteArray("\xc3\xa9t\xc3\xa9"));
    for (const auto &[offset, limit] : std::vector<std::pair<qint64, int>> {{0, 20}, {5, 3}, {150, 100}, {299, 5}}) {
        PageSelection page(PageSelection::Order::NewestFirst, offset, limit);
        for (const Match &m : all)
            page.offer(m.id, QByteArrayView(m.published));
        EXPECT_EQ(page.seen(), qint64(all.size()));
        EXPECT_EQ(page.ids(), cut(sorted, offset, limit)) << offset << " " << limit;
    }
}

TEST(PageSelection, NothingOfferedIsAnEmptyPage)
{
    PageSelection page(PageSelection::Order::BestFirst, 0, 20);
    EXPECT_EQ(page.seen(), 0);
    EXPECT_TRUE(page.ids().isEmpty());
}
