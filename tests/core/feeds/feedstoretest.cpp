// Subscriptions, read/starred flags and unread counts in the library.
#include "feeds/feedstore.h"
#include "library/database.h"
#include "library/library.h"
#include "library/libraryerror.h"
#include "library/librarywriter.h"
#include "library/migrations.h"
#include "library/transaction.h"
#include "model/article.h"
#include "testpaths.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

using namespace dateline;

namespace {

class FeedStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_library.emplace(Library::open(m_dir.filePath(QStringLiteral("library.sqlite"))));
    }

    qint64 addArticle(int n)
    {
        // Through the writer, which also indexes the row: deleting a row the
        // full-text index never saw would damage the index.
        Article article;
        article.headline = QStringLiteral("Story %1").arg(n);
        article.paragraphs = {QStringLiteral("Body %1").arg(n)};
        Transaction transaction(m_library->database());
        const qint64 id = LibraryWriter(m_library->database()).store(article, 1).articleId;
        transaction.commit();
        return id;
    }

    qint64 addFeed(const QString &url, const QString &folder = {})
    {
        FeedSubscription f;
        f.url = url;
        f.title = url.section(QLatin1Char('/'), -1);
        f.folder = folder;
        return FeedStore(m_library->database()).add(f);
    }

    QTemporaryDir m_dir;
    std::optional<Library> m_library;
};

} // namespace

TEST_F(FeedStoreTest, AddsListsAndRemovesSubscriptions)
{
    FeedStore store(m_library->database());
    const qint64 b = addFeed(QStringLiteral("https://b.example.org/b"), QStringLiteral("World"));
    const qint64 a = addFeed(QStringLiteral("https://a.example.org/a"));
    const QList<FeedSubscription> feeds = store.list();
    ASSERT_EQ(feeds.size(), 2);
    // By folder, then title: the top level first.
    EXPECT_EQ(feeds[0].id, a);
    EXPECT_EQ(feeds[1].id, b);
    EXPECT_EQ(feeds[1].folder, QStringLiteral("World"));
    EXPECT_EQ(feeds[0].intervalMinutes, 30);
    EXPECT_FALSE(feeds[0].createdAt.isEmpty());
    // New feeds are due at once.
    EXPECT_EQ(store.due(QDateTime::currentDateTimeUtc()).size(), 2);

    EXPECT_THROW(addFeed(QStringLiteral("https://a.example.org/a")), LibraryError);
    EXPECT_TRUE(store.remove(a));
    EXPECT_FALSE(store.remove(a));
    EXPECT_FALSE(store.feed(a).has_value());
    EXPECT_EQ(store.findByUrl(QStringLiteral("https://b.example.org/b"))->id, b);
}

TEST_F(FeedStoreTest, CountsUnreadAndKeepsFlags)
{
    FeedStore store(m_library->database());
    const qint64 feed = addFeed(QStringLiteral("https://a.example.org/a"));
    const qint64 other = addFeed(QStringLiteral("https://b.example.org/b"));
    const qint64 one = addArticle(1);
    const qint64 two = addArticle(2);
    const qint64 three = addArticle(3);
    store.linkArticle(feed, one);
    store.linkArticle(feed, two);
    store.linkArticle(feed, two); // twice is once
    store.linkArticle(other, two); // one article, two feeds
    store.linkArticle(other, three);
    EXPECT_EQ(store.unreadCount(feed), 2);
    EXPECT_EQ(store.unreadCount(other), 2);

    store.setRead(two, true);
    EXPECT_EQ(store.unreadCount(feed), 1);
    EXPECT_EQ(store.unreadCount(other), 1);
    EXPECT_TRUE(store.flags(two).read);
    EXPECT_FALSE(store.flags(two).starred);

    store.setStarred(two, true);
    EXPECT_TRUE(store.flags(two).read) << "starring keeps the read flag";
    EXPECT_TRUE(store.flags(two).starred);
    store.setRead(two, false);
    EXPECT_TRUE(store.flags(two).starred) << "marking unread keeps the star";
    EXPECT_EQ(store.unreadCount(feed), 2);
    EXPECT_FALSE(store.flags(one).read);
    EXPECT_FALSE(store.flags(one).starred);

    EXPECT_EQ(store.markFeedRead(feed), 2);
    EXPECT_EQ(store.unreadCount(feed), 0);
    EXPECT_EQ(store.unreadCount(other), 1);
    EXPECT_EQ(store.markFeedRead(feed), 0);
    const QList<FeedSubscription> feeds = store.list();
    EXPECT_EQ(feeds[0].unread, 0);
    EXPECT_EQ(feeds[0].total, 2);

    // Removing a feed keeps its articles; removing an article drops its links and flags.
    EXPECT_TRUE(store.remove(feed));
    EXPECT_EQ(m_library->database().queryInt(QStringLiteral("SELECT count(*) FROM articles")), 3);
    EXPECT_TRUE(m_library->removeArticle(two));
    EXPECT_EQ(store.articles(other), QList<qint64> {three});
    EXPECT_EQ(m_library->database().queryInt(QStringLiteral("SELECT count(*) FROM article_flags")), 1);
    EXPECT_TRUE(m_library->check().isEmpty()) << m_library->check().join(QLatin1Char('\n'));
}

TEST_F(FeedStoreTest, SchemaStepAddsTheFeedTables)
{
    EXPECT_GE(Migrations::latestVersion(), 4);
    EXPECT_TRUE(Migrations::versions().contains(4));
    for (const char *table : {"feeds", "feed_articles", "article_flags"})
        EXPECT_EQ(m_library->database().queryInt(
                      QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '%1'")
                          .arg(QLatin1String(table))),
                  1)
            << table;
}
