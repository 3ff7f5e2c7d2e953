// Subscribing and refreshing against a server on 127.0.0.1: conditional
// GET, redirects, compression, timeouts, errors with backoff, size caps,
// hostile bodies, and only new items imported when a feed changes.
#include "feeds/feedrefresher.h"
#include "feeds/feedfetcher.h"
#include "feeds/feedstore.h"
#include "feedtestdata.h"
#include "httptestserver.h"
#include "library/library.h"
#include "testpaths.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

using namespace dateline;
using dateline::test::HttpTestServer;

namespace {

class FeedRefresherTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_server.listen());
        m_library.emplace(Library::open(m_dir.filePath(QStringLiteral("library.sqlite"))));
        m_refresher.emplace(*m_library);
        m_refresher->fetcher().setTimeout(300);
        m_refresher->fetcher().setDeadline(3000);
    }

    FeedStore store() { return FeedStore(m_library->database()); }

    qint64 addFeed(const QByteArray &path)
    {
        FeedSubscription f;
        f.url = m_server.url(path).toString();
        f.title = QStringLiteral("Desk");
        return store().add(f);
    }

    qint64 articleCount() { return m_library->database().queryInt(QStringLiteral("SELECT count(*) FROM articles")); }

    static HttpTestServer::Response feedResponse(const QByteArray &body)
    {
        HttpTestServer::Response r;
        r.headers << qMakePair(QByteArray("Content-Type"), QByteArray("application/rss+xml"));
        r.body = body;
        return r;
    }

    QTemporaryDir m_dir;
    HttpTestServer m_server;
    std::optional<Library> m_library;
    std::optional<FeedRefresher> m_refresher;
};

} // namespace

TEST_F(FeedRefresherTest, SubscribesToAFeedAndImportsItsItems)
{
    m_server.route("/feed.xml", feedResponse(test::rssFeed(QStringLiteral("World Desk"), 1, 3)));
    const FeedRefresher::Result r
        = test::subscribeAndWait(*m_refresher, m_server.url("/feed.xml"), QStringLiteral("News/Europe"));
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.imported, 3);
    EXPECT_EQ(r.title, QStringLiteral("World Desk"));

    const QList<FeedSubscription> feeds = store().list();
    ASSERT_EQ(feeds.size(), 1);
    EXPECT_EQ(feeds[0].url, m_server.url("/feed.xml").toString());
    EXPECT_EQ(feeds[0].title, QStringLiteral("World Desk"));
    EXPECT_EQ(feeds[0].folder, QStringLiteral("News/Europe"));
    EXPECT_EQ(feeds[0].siteUrl, QStringLiteral("http://desk.example.org/"));
    EXPECT_EQ(feeds[0].unread, 3);
    EXPECT_EQ(feeds[0].total, 3);
    EXPECT_FALSE(feeds[0].lastSuccess.isEmpty());
    EXPECT_EQ(feeds[0].failures, 0);
    EXPECT_EQ(articleCount(), 3);
    // The items went through extraction like any import.
    EXPECT_GT(m_library->database().queryInt(QStringLiteral("SELECT count(*) FROM article_countries")), 0);

    // The same address twice is refused, naming the existing feed.
    const FeedRefresher::Result again = test::subscribeAndWait(*m_refresher, m_server.url("/feed.xml"));
    EXPECT_FALSE(again.ok);
    EXPECT_TRUE(again.error.contains(QLatin1String("already subscribed"))) << again.error;
    EXPECT_EQ(store().list().size(), 1);
}

TEST_F(FeedRefresherTest, NotModifiedImportsNothingAndSendsValidators)
{
    const QByteArray lastModified = "Tue, 10 Jun 2025 14:05:00 GMT";
    m_server.route("/feed.xml", [&](const HttpTestServer::Request &req) {
        if (req.header("If-None-Match") == "\"v1\"") {
            HttpTestServer::Response r;
            r.status = 304;
            return r;
        }
        HttpTestServer::Response r = feedResponse(test::rssFeed(QStringLiteral("Desk"), 1, 2));
        r.headers << qMakePair(QByteArray("ETag"), QByteArray("\"v1\""))
                  << qMakePair(QByteArray("Last-Modified"), lastModified);
        return r;
    });
    const FeedRefresher::Result first = test::subscribeAndWait(*m_refresher, m_server.url("/feed.xml"));
    ASSERT_TRUE(first.ok) << first.error;
    ASSERT_EQ(first.imported, 2);

    const QList<FeedRefresher::Result> results = test::refreshAndWait(*m_refresher, {first.feedId});
    ASSERT_EQ(results.size(), 1);
    EXPECT_TRUE(results[0].ok) << results[0].error;
    EXPECT_TRUE(results[0].notModified);
    EXPECT_EQ(results[0].imported, 0);
    EXPECT_EQ(results[0].duplicates, 0);
    EXPECT_EQ(articleCount(), 2);

    const QList<HttpTestServer::Request> seen = m_server.requestsFor("/feed.xml");
    ASSERT_GE(seen.size(), 2);
    EXPECT_TRUE(seen.first().header("If-None-Match").isEmpty());
    EXPECT_EQ(seen.last().header("If-None-Match"), QByteArray("\"v1\""));
    EXPECT_EQ(seen.last().header("If-Modified-Since"), lastModified);
    // A 304 counts as a success: the validators stay for the next time.
    const std::optional<FeedSubscription> feed = store().feed(first.feedId);
    ASSERT_TRUE(feed);
    EXPECT_EQ(feed->etag, QStringLiteral("\"v1\""));
    EXPECT_EQ(feed->failures, 0);
}

TEST_F(FeedRefresherTest, FollowsARedirectChain)
{
    m_server.route("/old", HttpTestServer::Response::redirect(301, m_server.url("/moved").toEncoded()));
    m_server.route("/moved", HttpTestServer::Response::redirect(302, "/feed.xml"));
    m_server.route("/feed.xml", feedResponse(test::rssFeed(QStringLiteral("Desk"), 1, 3)));
    const qint64 id = addFeed("/old");
    const QList<FeedRefresher::Result> results = test::refreshAndWait(*m_refresher, {id});
    ASSERT_EQ(results.size(), 1);
    ASSERT_TRUE(results[0].ok) << results[0].error;
    EXPECT_EQ(results[0].imported, 3);
    // Every hop was taken. (Qt resends a request now and then when the
    // server closes a connection under it, so a hop may be seen twice.)
    EXPECT_GE(m_server.requestsFor("/old").size(), 1);
    EXPECT_GE(m_server.requestsFor("/moved").size(), 1);
    EXPECT_GE(m_server.requestsFor("/feed.xml").size(), 1);
    EXPECT_EQ(store().feed(id)->failures, 0);
}

TEST_F(FeedRefresherTest, ARedirectLoopFailsAfterAFewHops)
{
    m_server.route("/a", HttpTestServer::Response::redirect(302, "/b"));
    m_server.route("/b", HttpTestServer::Response::redirect(302, "/a"));
    const qint64 id = addFeed("/a");
    const QList<FeedRefresher::Result> results = test::refreshAndWait(*m_refresher, {id});
    ASSERT_EQ(results.size(), 1);
    EXPECT_FALSE(results[0].ok);
    EXPECT_TRUE(results[0].error.contains(QLatin1String("redirect"))) << results[0].error;
    // Five redirects allowed: six requests (a few resent by Qt at most),
    // then the fetcher gives up instead of following the loop for ever.
    EXPECT_GE(m_server.requests().size(), 6);
    EXPECT_LE(m_server.requests().size(), 12);
    EXPECT_EQ(store().feed(id)->failures, 1);
}

TEST_F(FeedRefresherTest, ReadsAGzipBody)
{
    m_server.route("/feed.xml", [](const HttpTestServer::Request &req) {
        HttpTestServer::Response r = feedResponse(test::gzip(test::rssFeed(QStringLiteral("Desk"), 1, 4)));
        r.headers << qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip"));
        if (!req.header("Accept-Encoding").contains("gzip"))
            r.status = 500;
        return r;
    });
    const qint64 id = addFeed("/feed.xml");
    const QList<FeedRefresher::Result> results = test::refreshAndWait(*m_refresher, {id});
    ASSERT_EQ(results.size(), 1);
    ASSERT_TRUE(results[0].ok) << results[0].error;
    EXPECT_EQ(results[0].imported, 4);
    EXPECT_EQ(articleCount(), 4);
}

TEST_F(FeedRefresherTest, GivesUpOnASilentServer)
{
    HttpTestServer::Response silent;
    silent.hang = true;
    m_server.route("/slow", silent);
    const qint64 id = addFeed("/slow");
    QElapsedTimer clock;
    clock.start();
    const QList<FeedRefresher::Result> results = test::refreshAndWait(*m_refresher, {id});
    ASSERT_EQ(results.size(), 1);
    EXPECT_FALSE(results[0].ok);
    EXPECT_TRUE(results[0].error.contains(QLatin1String("no answer"))) << results[0].error;
    EXPECT_LT(clock.elapsed(), 2500);
    EXPECT_EQ(store().feed(id)->lastError, results[0].error);
}

TEST_F(FeedRefresherTest, ServerErrorsBackOffUntilTheFeedWorksAgain)
{
    bool broken = true;
    m_server.route("/feed.xml", [&](const HttpTestServer::Request &) {
        if (!broken)
            return feedResponse(test::rssFeed(QStringLiteral("Desk"), 1, 1));
        HttpTestServer::Response r;
        r.status = 500;
        r.body = "oops";
        return r;
    });
    const qint64 id = addFeed("/feed.xml");

    QDateTime before = QDateTime::currentDateTimeUtc();
    QList<FeedRefresher::Result> results = test::refreshAndWait(*m_refresher, {id});
    ASSERT_EQ(results.size(), 1);
    EXPECT_FALSE(results[0].ok);
    EXPECT_TRUE(results[0].error.contains(QLatin1String("500"))) << results[0].error;
    std::optional<FeedSubscription> feed = store().feed(id);
    EXPECT_EQ(feed->failures, 1);
    EXPECT_TRUE(feed->lastError.contains(QLatin1String("500")));
    // Interval 30 minutes, doubled after one failure.
    qint64 wait = before.secsTo(QDateTime::fromString(feed->nextDue, Qt::ISODate));
    EXPECT_NEAR(double(wait), 60.0 * 60, 5.0);
    EXPECT_TRUE(store().due(QDateTime::currentDateTimeUtc()).isEmpty());
    EXPECT_EQ(store().due(QDateTime::currentDateTimeUtc().addSecs(61 * 60)), QList<qint64> {id});

    before = QDateTime::currentDateTimeUtc();
    test::refreshAndWait(*m_refresher, {id});
    feed = store().feed(id);
    EXPECT_EQ(feed->failures, 2);
    wait = before.secsTo(QDateTime::fromString(feed->nextDue, Qt::ISODate));
    EXPECT_NEAR(double(wait), 120.0 * 60, 5.0);

    broken = false;
    before = QDateTime::currentDateTimeUtc();
    results = test::refreshAndWait(*m_refresher, {id});
    ASSERT_EQ(results.size(), 1);
    EXPECT_TRUE(results[0].ok) << results[0].error;
    feed = store().feed(id);
    EXPECT_EQ(feed->failures, 0);
    EXPECT_TRUE(feed->lastError.isEmpty());
    wait = before.secsTo(QDateTime::fromString(feed->nextDue, Qt::ISODate));
    EXPECT_NEAR(double(wait), 30.0 * 60, 5.0);
}

TEST_F(FeedRefresherTest, BackoffIsCappedAtADay)
{
    const QDateTime now = QDateTime::fromString(QStringLiteral("2025-01-01T00:00:00Z"), Qt::ISODate);
    EXPECT_EQ(now.secsTo(FeedStore::nextAttempt(30, 0, now)), 30 * 60);
    EXPECT_EQ(now.secsTo(FeedStore::nextAttempt(30, 3, now)), 240 * 60);
    EXPECT_EQ(now.secsTo(FeedStore::nextAttempt(30, 1000, now)), 24 * 60 * 60);
}

TEST_F(FeedRefresherTest, AMalformedFeedFailsAndKeepsNoValidators)
{
    HttpTestServer::Response junk = feedResponse("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><<title>");
    junk.headers << qMakePair(QByteArray("ETag"), QByteArray("\"broken\""));
    m_server.route("/feed.xml", junk);
    const qint64 id = addFeed("/feed.xml");
    const QList<FeedRefresher::Result> results = test::refreshAndWait(*m_refresher, {id});
    ASSERT_EQ(results.size(), 1);
    EXPECT_FALSE(results[0].ok);
    EXPECT_TRUE(results[0].error.startsWith(QLatin1String("not a readable feed"))) << results[0].error;
    EXPECT_TRUE(store().feed(id)->etag.isEmpty());
    EXPECT_EQ(articleCount(), 0);

    // A page that is neither a feed nor links one cannot be subscribed.
    HttpTestServer::Response page;
    page.body = "<html><head><title>Plain</title></head><body><p>No feed here.</p></body></html>";
    m_server.route("/plain.html", page);
    const FeedRefresher::Result r = test::subscribeAndWait(*m_refresher, m_server.url("/plain.html"));
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(QLatin1String("neither a feed"))) << r.error;
}

TEST_F(FeedRefresherTest, AHugeFeedIsStoppedAtTheCap)
{
    m_refresher->fetcher().setMaxBytes(64 * 1024);
    const QByteArray huge = test::rssFeed(QStringLiteral("Huge"), 1, 5000);
    ASSERT_GT(huge.size(), 1024 * 1024);
    m_server.route("/announced.xml", feedResponse(huge));
    HttpTestServer::Response unannounced = feedResponse(huge);
    unannounced.sendLength = false;
    m_server.route("/unannounced.xml", unannounced);
    const qint64 announced = addFeed("/announced.xml");
    const qint64 streamed = addFeed("/unannounced.xml");
    const QList<FeedRefresher::Result> results = test::refreshAndWait(*m_refresher, {announced, streamed});
    ASSERT_EQ(results.size(), 2);
    for (const FeedRefresher::Result &r : results) {
        EXPECT_FALSE(r.ok) << r.url;
        EXPECT_TRUE(r.error.contains(QLatin1String("larger than"))) << r.error;
    }
    EXPECT_EQ(articleCount(), 0);
}

TEST_F(FeedRefresherTest, AChangedFeedImportsOnlyItsNewItem)
{
    int last = 3;
    m_server.route("/feed.xml", [&](const HttpTestServer::Request &) {
        return feedResponse(test::rssFeed(QStringLiteral("Desk"), 1, last));
    });
    const FeedRefresher::Result first = test::subscribeAndWait(*m_refresher, m_server.url("/feed.xml"));
    ASSERT_TRUE(first.ok) << first.error;
    ASSERT_EQ(first.imported, 3);
    FeedStore(m_library->database()).setRead(store().articles(first.feedId).first(), true);

    last = 4;
    const QList<FeedRefresher::Result> results = test::refreshAndWait(*m_refresher, {first.feedId});
    ASSERT_EQ(results.size(), 1);
    ASSERT_TRUE(results[0].ok) << results[0].error;
    EXPECT_EQ(results[0].imported, 1);
    EXPECT_EQ(results[0].duplicates, 3);
    EXPECT_EQ(articleCount(), 4);
    EXPECT_EQ(store().unreadCount(first.feedId), 3);
    EXPECT_EQ(m_library->database().queryText(QStringLiteral("SELECT headline FROM articles ORDER BY id DESC LIMIT 1")),
              QStringLiteral("Envoy statement 4"));
}

TEST_F(FeedRefresherTest, SubscribesThroughAPageThatLinksItsFeed)
{
    HttpTestServer::Response page;
    page.headers << qMakePair(QByteArray("Content-Type"), QByteArray("text/html; charset=utf-8"));
    page.body = "<!doctype html><html><head><title>Desk</title>"
                "<link rel=\"stylesheet\" href=\"/style.css\">"
                "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Desk RSS\" href=\"/feeds/desk.xml\">"
                "</head><body><p>Front page</p></body></html>";
    m_server.route("/", page);
    m_server.route("/feeds/desk.xml", feedResponse(test::rssFeed(QStringLiteral("Desk"), 1, 2)));
    const FeedRefresher::Result r = test::subscribeAndWait(*m_refresher, m_server.url("/"));
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.imported, 2);
    EXPECT_EQ(r.url, m_server.url("/feeds/desk.xml").toString());
    ASSERT_EQ(store().list().size(), 1);
    EXPECT_EQ(store().list()[0].url, m_server.url("/feeds/desk.xml").toString());
}

TEST_F(FeedRefresherTest, RefreshDueSkipsFeedsThatAreNotDue)
{
    m_server.route("/feed.xml", feedResponse(test::rssFeed(QStringLiteral("Desk"), 1, 1)));
    const qint64 id = addFeed("/feed.xml");
    QEventLoop loop;
    QObject::connect(&*m_refresher, &FeedRefresher::finished, &loop, &QEventLoop::quit);
    m_refresher->refreshDue();
    loop.exec();
    EXPECT_EQ(m_server.requests().size(), 1);
    EXPECT_FALSE(store().feed(id)->nextDue.isEmpty());
    m_refresher->refreshDue();
    loop.exec();
    EXPECT_EQ(m_server.requests().size(), 1);
}

TEST_F(FeedRefresherTest, RefusesAddressesThatAreNotWebFeeds)
{
    const QString local = test::fixturePath(QStringLiteral("feed/rss2.xml"));
    const FeedRefresher::Result r = test::subscribeAndWait(*m_refresher, QUrl::fromLocalFile(local));
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(QLatin1String("not an http or https address"))) << r.error;
    EXPECT_TRUE(store().list().isEmpty());
}

TEST_F(FeedRefresherTest, AFeedRemovedDuringItsDownloadStoresNothing)
{
    qint64 id = 0;
    m_server.route("/feed.xml", [&](const HttpTestServer::Request &) {
        EXPECT_TRUE(store().remove(id));
        return feedResponse(test::rssFeed(QStringLiteral("Desk"), 1, 2));
    });
    id = addFeed("/feed.xml");
    const QList<FeedRefresher::Result> results = test::refreshAndWait(*m_refresher, {id});
    ASSERT_EQ(results.size(), 1);
    EXPECT_FALSE(results[0].ok);
    EXPECT_EQ(results[0].error, QStringLiteral("the feed was removed"));
    EXPECT_EQ(articleCount(), 0);
    EXPECT_TRUE(m_library->check().isEmpty());
}
