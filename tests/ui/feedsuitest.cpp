// The Feeds section of the main window against a server on 127.0.0.1:
// subscribe, unread counts that follow reading, read/starred actions,
// Refresh All bringing only the new item, and a failing feed's tooltip.
#include "articlelistmodel.h"
#include "feedlistmodel.h"
#include "feedsjob.h"
#include "fixturearticles.h"
#include "httptestserver.h"
#include "library/library.h"
#include "librarypane.h"
#include "mainwindow.h"
#include "readerview.h"
#include "testpaths.h"
#include "uitestsupport.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidgetItem>

#include <gtest/gtest.h>

#include <memory>

using namespace dateline;
using dateline::test::HttpTestServer;

namespace {

QByteArray rss(int items)
{
    QByteArray xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Embassy Wire</title>";
    for (int i = 1; i <= items; ++i)
        xml += "<item><title>Embassy note " + QByteArray::number(i) + "</title><guid>e-" + QByteArray::number(i)
            + "</guid><pubDate>Tue, 10 Jun 2025 1" + QByteArray::number(i % 10)
            + ":00:00 GMT</pubDate><description>The ambassador said note " + QByteArray::number(i)
            + " was delivered.</description></item>";
    return xml + "</channel></rss>";
}

class FeedsUiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_server.listen());
        m_server.route("/wire.xml", [this](const HttpTestServer::Request &) {
            HttpTestServer::Response r;
            if (m_broken)
                r.status = 500;
            else
                r.body = rss(m_items);
            return r;
        });
        m_path = m_dir.filePath(QStringLiteral("library.sqlite"));
        test::storeInLibrary(m_path, {test::reutersArticle(), test::credentialsArticle()});
        QSettings().setValue(QStringLiteral("library/path"), m_path);
        m_window = std::make_unique<ui::MainWindow>();
        m_window->show();
        ASSERT_TRUE(test::triggerAndWait(m_window->reader(), &ui::ReaderView::articleShown, [] {}));
    }

    void TearDown() override
    {
        m_window.reset();
        QSettings().clear();
    }

    int unread() const
    {
        const ui::FeedListModel *model = m_window->feedModel();
        return model->rowCount() == 1 ? model->index(0).data(ui::FeedListModel::UnreadRole).toInt() : -1;
    }

    void subscribe()
    {
        ASSERT_TRUE(test::triggerAndWait(m_window->feedsJob(), &ui::FeedsJob::subscribed,
                                         [this] { m_window->subscribeToFeed(m_server.url("/wire.xml").toString()); }));
        ASSERT_TRUE(test::waitUntil([this] { return unread() == 3; })) << unread();
    }

    QAction *menuAction(const QString &text) const
    {
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    HttpTestServer m_server;
    QString m_path;
    int m_items = 3;
    bool m_broken = false;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace

TEST_F(FeedsUiTest, TheEmptyHintIsShownWhole)
{
    QLabel *hint = nullptr;
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->text().startsWith(QLatin1String("No feeds yet")))
            hint = label;
    }
    ASSERT_NE(hint, nullptr);
    ASSERT_TRUE(hint->isVisible());
    // The wrapped text needs this height at the width the pane gives it.
    EXPECT_GE(hint->contentsRect().height() + hint->contentsMargins().top() + hint->contentsMargins().bottom(),
              hint->heightForWidth(hint->width()))
        << hint->width() << "x" << hint->height();
    subscribe();
    EXPECT_FALSE(hint->isVisible());
}

TEST_F(FeedsUiTest, SubscribingShowsTheFeedWithItsUnreadCount)
{
    subscribe();
    const QModelIndex row = m_window->feedModel()->index(0);
    EXPECT_EQ(row.data().toString(), QStringLiteral("Embassy Wire (3)"));
    EXPECT_TRUE(row.data(Qt::ToolTipRole).toString().contains(m_server.url("/wire.xml").toString()));
    EXPECT_TRUE(row.data(Qt::ToolTipRole).toString().contains(QLatin1String("Last updated")));
    // The new articles join the list beside the two already there.
    EXPECT_TRUE(test::waitUntil([this] { return m_window->articleModel()->rowCount() == 5; }))
        << m_window->articleModel()->rowCount();
    // Feed items name their feed in the Source column, not the server's address.
    QStringList sources;
    for (int i = 0; i < m_window->articleModel()->rowCount(); ++i)
        sources << m_window->articleModel()->index(i, ui::ArticleListModel::Source).data().toString();
    EXPECT_EQ(sources.count(QStringLiteral("Embassy Wire")), 3) << sources.join(QLatin1Char('|')).toStdString();

    QAction *subscribeAction = menuAction(QStringLiteral("&Subscribe…"));
    ASSERT_NE(subscribeAction, nullptr);
    EXPECT_EQ(subscribeAction->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *refreshAction = menuAction(QStringLiteral("&Refresh All"));
    ASSERT_NE(refreshAction, nullptr);
    EXPECT_EQ(refreshAction->shortcut(), QKeySequence(Qt::Key_F5));
}

TEST_F(FeedsUiTest, ReadingAndTheReadAndStarActionsUpdateTheCounts)
{
    subscribe();
    qint64 feedArticle = 0;
    {
        Library library = Library::open(m_path);
        feedArticle = library.database().queryInt(QStringLiteral("SELECT min(article_id) FROM feed_articles"));
    }
    ASSERT_GT(feedArticle, 0);
    ASSERT_TRUE(test::triggerAndWait(m_window->reader(), &ui::ReaderView::articleShown,
                                     [&] { m_window->openArticle(feedArticle); }));
    EXPECT_TRUE(test::waitUntil([this] { return unread() == 2; })) << unread();
    EXPECT_TRUE(test::waitUntil([this] { return m_window->markReadAction()->isChecked(); }));

    m_window->markReadAction()->trigger(); // back to unread
    EXPECT_TRUE(test::waitUntil([this] { return unread() == 3; })) << unread();
    EXPECT_FALSE(m_window->markReadAction()->isChecked());

    m_window->starAction()->trigger();
    EXPECT_TRUE(m_window->starAction()->isChecked());
    const QString starred = QStringLiteral("SELECT count(*) FROM article_flags WHERE article_id = %1 AND starred = 1 "
                                           "AND read = 0")
                                .arg(feedArticle);
    EXPECT_TRUE(test::waitUntil([&] { return Library::open(m_path).database().queryInt(starred) == 1; }));

    // The library pane counts it under Starred, and that scope lists it alone.
    ui::LibraryPane *pane = m_window->libraryPane();
    EXPECT_TRUE(
        test::waitUntil([&] { return pane->entry(ui::ArticleQuery::Scope::Starred)->text(1) == QStringLiteral("1"); }));
    ASSERT_TRUE(test::triggerAndWait(m_window->articleModel(), &ui::ArticleListModel::refreshed,
                                     [&] { pane->choose(ui::ArticleQuery::Scope::Starred); }));
    ASSERT_EQ(m_window->articleModel()->rowCount(), 1);
    EXPECT_EQ(m_window->articleModel()->articleId(0), feedArticle);
}

TEST_F(FeedsUiTest, RefreshAllImportsOnlyTheNewItem)
{
    subscribe();
    m_items = 4;
    int imported = -1;
    const auto c
        = QObject::connect(m_window->feedsJob(), &ui::FeedsJob::refreshFinished, [&](int n, int) { imported = n; });
    ASSERT_TRUE(test::triggerAndWait(m_window->feedsJob(), &ui::FeedsJob::refreshFinished,
                                     [this] { menuAction(QStringLiteral("&Refresh All"))->trigger(); }));
    QObject::disconnect(c);
    EXPECT_EQ(imported, 1);
    EXPECT_TRUE(test::waitUntil([this] { return unread() == 4; })) << unread();
    EXPECT_TRUE(test::waitUntil([this] { return m_window->articleModel()->rowCount() == 6; }))
        << m_window->articleModel()->rowCount();
}

TEST_F(FeedsUiTest, AFailingFeedShowsItsErrorInTheTooltip)
{
    subscribe();
    m_broken = true;
    ASSERT_TRUE(test::triggerAndWait(m_window->feedsJob(), &ui::FeedsJob::refreshFinished,
                                     [this] { m_window->refreshFeeds(); }));
    EXPECT_TRUE(test::waitUntil([this] {
        return m_window->feedModel()->index(0).data(Qt::ToolTipRole).toString().contains(QLatin1String("HTTP 500"));
    })) << m_window->feedModel()->index(0).data(Qt::ToolTipRole).toString();
}

TEST_F(FeedsUiTest, OpmlImportKeepsFoldersAndExportWritesThemBack)
{
    subscribe();
    m_server.route("/second.xml", [](const HttpTestServer::Request &) {
        HttpTestServer::Response r;
        r.body = rss(1);
        return r;
    });
    // Another reader's list: the feed already followed, a new one in a
    // nested folder, and one that is not a web feed.
    const QString opml = m_dir.filePath(QStringLiteral("other-reader.opml"));
    {
        QFile file(opml);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>Mine</title></head><body>"
                   "<outline text=\"Wire\" type=\"rss\" xmlUrl=\""
                   + m_server.url("/wire.xml").toString().toUtf8()
                   + "\"/><outline text=\"World\"><outline text=\"Europe\">"
                     "<outline text=\"Second Wire\" type=\"rss\" xmlUrl=\""
                   + m_server.url("/second.xml").toString().toUtf8()
                   + "\"/></outline></outline>"
                     "<outline text=\"Local\" type=\"rss\" xmlUrl=\"file:///etc/passwd\"/></body></opml>");
    }
    QList<QVariant> imported;
    QObject::connect(m_window->feedsJob(), &ui::FeedsJob::opmlImported, m_window.get(),
                     [&](int added, int known, const QString &error) {
                         imported = {added, known, error};
                     });
    m_window->feedsJob()->importOpml(opml);
    ASSERT_TRUE(test::waitUntil([&] { return !imported.isEmpty(); }));
    EXPECT_EQ(imported.at(0).toInt(), 1);
    EXPECT_EQ(imported.at(1).toInt(), 1);
    EXPECT_TRUE(imported.at(2).toString().isEmpty()) << imported.at(2).toString();
    ASSERT_TRUE(test::waitUntil([this] { return m_window->feedModel()->rowCount() == 2; }));
    QStringList shown;
    for (int i = 0; i < 2; ++i)
        shown << m_window->feedModel()->index(i).data().toString();
    // Shown under its folder path (the title may already be the feed's own).
    EXPECT_EQ(shown.filter(QStringLiteral("World/Europe / ")).size(), 1) << shown.join(u'|').toStdString();

    const QString out = m_dir.filePath(QStringLiteral("export/subscriptions.opml"));
    QList<QVariant> exported;
    QObject::connect(m_window->feedsJob(), &ui::FeedsJob::opmlExported, m_window.get(),
                     [&](int feeds, const QString &error) {
                         exported = {feeds, error};
                     });
    m_window->feedsJob()->exportOpml(out); // its folder does not exist
    ASSERT_TRUE(test::waitUntil([&] { return !exported.isEmpty(); }));
    EXPECT_FALSE(exported.at(1).toString().isEmpty());
    EXPECT_FALSE(QFile::exists(out));

    exported.clear();
    ASSERT_TRUE(QDir(m_dir.path()).mkdir(QStringLiteral("export")));
    m_window->feedsJob()->exportOpml(out);
    ASSERT_TRUE(test::waitUntil([&] { return !exported.isEmpty(); }));
    EXPECT_EQ(exported.at(0).toInt(), 2);
    EXPECT_TRUE(exported.at(1).toString().isEmpty()) << exported.at(1).toString();
    QFile written(out);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QByteArray xml = written.readAll();
    EXPECT_TRUE(xml.contains("text=\"Europe\"")) << xml.constData();
    EXPECT_TRUE(xml.contains(m_server.url("/second.xml").toString().toUtf8())) << xml.constData();
    EXPECT_FALSE(xml.contains("file:///etc/passwd"));
}
