// The speaker view (statements of one person in date order, per-month
// chart, month filter) and the main window defects that must stay fixed:
// the Source column names the publication, the Ambassadors panel shows the
// host country whole, the library pane has its entries.
#include "speakerview.h"
#include "ambassadorspanel.h"
#include "articlelistmodel.h"
#include "fixturearticles.h"
#include "itemroles.h"
#include "library/library.h"
#include "library/speakertimeline.h"
#include "librarypane.h"
#include "mainwindow.h"
#include "monthchart.h"
#include "quotespanel.h"
#include "quotetreemodel.h"
#include "readerview.h"
#include "testpaths.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolTip>
#include <QTreeView>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <memory>

using namespace dateline;

namespace {

const QString kErdogan = QStringLiteral("Recep Tayyip Erdogan");

// An article with one statement by speaker, published on date.
Article saying(const QString &headline, const QString &date, const QString &words, const QString &speaker = kErdogan)
{
    Article a;
    a.source = QStringLiteral("fixtures/%1.txt").arg(date);
    a.format = QStringLiteral("text");
    a.headline = headline;
    a.published = date;
    a.paragraphs = {QStringLiteral("“%1,” he said.").arg(words)};
    Statement s;
    s.text = words;
    s.speaker = speaker;
    s.speakerSurface = speaker.section(QLatin1Char(' '), -1);
    s.speakerKind = SpeakerKind::Person;
    s.verb = QStringLiteral("said");
    s.paragraph = 0;
    s.start = 1;
    s.end = int(1 + words.size());
    a.extraction.statements = {s};
    return a;
}

class SpeakerViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(m_dir.isValid());
        // Erdogan: November 2025 (1), January 2026 (2, the credentials
        // story), March 2026 (1), stored out of date order. A web page
        // without agency, whose link names the publication's domain.
        Article web = saying(QStringLiteral("Web page story"), QStringLiteral("2025-12-02"),
                             QStringLiteral("Talks will go on"), QStringLiteral("Kenji Sato"));
        web.format = QStringLiteral("html");
        web.source = QStringLiteral("/home/user/saved/page.html");
        web.link = QStringLiteral("https://www.example-news.org/world/2025/talks");
        test::storeInLibrary(path(),
                             {saying(QStringLiteral("Spring visit"), QStringLiteral("2026-03-09T08:00:00Z"),
                                     QStringLiteral("Spring will bring new agreements")),
                              test::credentialsArticle(), test::reutersArticle(),
                              saying(QStringLiteral("Autumn summit"), QStringLiteral("2025-11-03"),
                                     QStringLiteral("The summit was a success")),
                              web});
        QSettings().setValue(QStringLiteral("library/path"), path());
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1360, 820);
        m_window->show();
        ASSERT_TRUE(test::triggerAndWait(m_window->reader(), &ui::ReaderView::articleShown, [] {}));
        // Newest first: the spring visit.
        ASSERT_EQ(m_window->articleList()->currentIndex().data().toString(), QStringLiteral("Spring visit"));
    }

    void TearDown() override
    {
        m_window.reset();
        QSettings().clear();
    }

    QString path() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }

    ui::SpeakerView *view() const { return m_window->speakerView(); }

    // Runs trigger and waits for the speaker view to show its answer.
    bool load(const std::function<void()> &trigger)
    {
        return test::triggerAndWait(view(), &ui::SpeakerView::loaded, trigger);
    }

    QStringList listed(int column) const
    {
        QStringList out;
        for (int i = 0; i < view()->list()->topLevelItemCount(); ++i)
            out << view()->list()->topLevelItem(i)->text(column);
        return out;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace

TEST_F(SpeakerViewTest, QuotesPanelSpeakerOpensStatementsInDateOrderWithMonthCounts)
{
    // Open the credentials story and double-click Erdogan in its Quotes panel.
    const int row = m_window->articleModel()->rowOf(2);
    ASSERT_GE(row, 0);
    ASSERT_TRUE(
        test::triggerAndWait(m_window->reader(), &ui::ReaderView::articleShown, [&] { m_window->selectArticle(row); }));
    ui::QuotesPanel *quotes = m_window->quotesPanel();
    const QModelIndex speaker = quotes->model()->index(0, 0);
    ASSERT_EQ(speaker.data(ui::SpeakerRole).toString(), kErdogan);
    ASSERT_TRUE(load([&] { Q_EMIT quotes->view()->doubleClicked(speaker); }));
    EXPECT_TRUE(m_window->findChild<QDockWidget *>(QStringLiteral("speakerDock"))->isVisible());
    EXPECT_EQ(view()->speaker(), kErdogan);

    EXPECT_EQ(
        listed(1),
        (QStringList {QStringLiteral("The summit was a success"), QStringLiteral("Our doors are open to dialogue"),
                      QStringLiteral("We will work together"), QStringLiteral("Spring will bring new agreements")}));
    EXPECT_EQ(listed(0),
              (QStringList {QStringLiteral("2025-11-03"), QStringLiteral("2026-01-20"), QStringLiteral("2026-01-20"),
                            QStringLiteral("2026-03-09")}));
    EXPECT_EQ(listed(2).value(1), test::credentialsArticle().headline);

    // The chart's counts are the core's, with empty months in between.
    Library library = Library::open(path());
    const QList<MonthCount> direct = SpeakerTimeline::monthCounts(library.database(), kErdogan);
    ASSERT_EQ(direct.size(), 3);
    const QList<MonthCount> &shown = view()->chart()->months();
    ASSERT_EQ(shown.size(), 5);
    for (const MonthCount &m : direct) {
        const auto it
            = std::find_if(shown.begin(), shown.end(), [&](const MonthCount &s) { return s.month == m.month; });
        ASSERT_NE(it, shown.end()) << m.month;
        EXPECT_EQ(it->count, m.count) << m.month;
    }
    // An artifact to look at, beside the main window's.
    const QImage shot = m_window->findChild<QDockWidget *>(QStringLiteral("speakerDock"))->grab().toImage();
    EXPECT_TRUE(shot.save(QDir(QStringLiteral(DATELINE_UI_ARTIFACTS)).filePath(QStringLiteral("speakerview.png"))));
    EXPECT_EQ(shown.at(1).month, QStringLiteral("2025-12"));
    EXPECT_EQ(shown.at(1).count, 0);
    EXPECT_EQ(shown.at(2).count, 2);
}

TEST_F(SpeakerViewTest, ClickingAMonthFiltersAndHoverTellsTheCount)
{
    ASSERT_TRUE(load([&] { m_window->showSpeaker(kErdogan); }));
    ui::MonthChart *chart = view()->chart();
    ASSERT_EQ(chart->months().size(), 5);
    const QPoint january = chart->slotRect(2).center();
    EXPECT_EQ(chart->monthAt(january), 2);

    QHelpEvent help(QEvent::ToolTip, january, chart->mapToGlobal(january));
    QApplication::sendEvent(chart, &help);
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("2 statements"))) << QToolTip::text();
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("2026"))) << QToolTip::text();

    ASSERT_TRUE(load([&] {
        QMouseEvent press(QEvent::MouseButtonPress, january, chart->mapToGlobal(january), Qt::LeftButton,
                          Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(chart, &press);
    }));
    EXPECT_EQ(view()->month(), QStringLiteral("2026-01"));
    EXPECT_EQ(
        listed(1),
        (QStringList {QStringLiteral("Our doors are open to dialogue"), QStringLiteral("We will work together")}));
    // The chart still shows every month.
    EXPECT_EQ(chart->months().size(), 5);

    // Clicking the chosen month again shows them all.
    ASSERT_TRUE(load([&] {
        QMouseEvent press(QEvent::MouseButtonPress, january, chart->mapToGlobal(january), Qt::LeftButton,
                          Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(chart, &press);
    }));
    EXPECT_TRUE(view()->month().isEmpty());
    EXPECT_EQ(view()->list()->topLevelItemCount(), 4);
}

TEST_F(SpeakerViewTest, ChoosingAStatementOpensItsArticleAndTheFieldFindsASpeaker)
{
    ASSERT_TRUE(load([&] {
        view()->speakerField()->setText(QStringLiteral("kenji sato"));
        Q_EMIT view()->speakerField()->returnPressed();
    }));
    ASSERT_EQ(listed(1),
              (QStringList {QStringLiteral("Talks will go on"), QStringLiteral("Tokyo valued the partnership")}));
    ASSERT_TRUE(test::triggerAndWait(m_window->reader(), &ui::ReaderView::articleShown, [&] {
        Q_EMIT view()->list()->itemActivated(view()->list()->topLevelItem(1), 0);
    }));
    EXPECT_EQ(m_window->currentArticleId(), 2);
    EXPECT_EQ(m_window->articleList()->currentIndex().data().toString(), test::credentialsArticle().headline);
}

TEST_F(SpeakerViewTest, SourceColumnNamesThePublicationNotTheFile)
{
    ui::ArticleListModel *model = m_window->articleModel();
    QStringList sources;
    for (int row = 0; row < model->rowCount(); ++row)
        sources << model->index(row, ui::ArticleListModel::Source).data().toString();
    EXPECT_TRUE(sources.contains(QStringLiteral("example-news.org"))) << sources.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(sources.contains(QStringLiteral("Anadolu Agency")));
    EXPECT_FALSE(sources.contains(QStringLiteral("page.html")));

    ui::ArticleRow feedItem;
    feedItem.source = QStringLiteral("https://feeds.example.com/world.xml");
    EXPECT_EQ(ui::ArticleListModel::publication(feedItem), QStringLiteral("feeds.example.com"));
    feedItem.agency = QStringLiteral("World Feed");
    EXPECT_EQ(ui::ArticleListModel::publication(feedItem), QStringLiteral("World Feed"));
    // The subscription's title wins: it is the name the reader chose.
    feedItem.feed = QStringLiteral("Embassy Wire");
    EXPECT_EQ(ui::ArticleListModel::publication(feedItem), QStringLiteral("Embassy Wire"));
}

TEST_F(SpeakerViewTest, AmbassadorsPanelShowsTheHostCountryWhole)
{
    const int row = m_window->articleModel()->rowOf(2);
    ASSERT_TRUE(
        test::triggerAndWait(m_window->reader(), &ui::ReaderView::articleShown, [&] { m_window->selectArticle(row); }));
    QTreeView *view = m_window->ambassadorsPanel()->findChild<QTreeView *>();
    ASSERT_NE(view, nullptr);
    ASSERT_EQ(view->model()->rowCount(), 2);
    test::waitUntil([] { return false; }, 100);
    // The sending → host column is as wide as its widest entry needs.
    for (int i = 0; i < view->model()->rowCount(); ++i) {
        const QModelIndex index = view->model()->index(i, 0);
        EXPECT_GE(view->header()->sectionSize(0), view->sizeHintForIndex(index).width()) << index.data().toString();
    }
}

TEST_F(SpeakerViewTest, LibraryPaneListsEntriesAndNarrowsTheList)
{
    ui::LibraryPane *pane = m_window->libraryPane();
    test::waitUntil([&] { return pane->entry(ui::ArticleQuery::Scope::Country)->childCount() > 0; });
    QStringList top;
    for (int i = 0; i < pane->tree()->topLevelItemCount(); ++i)
        top << pane->tree()->topLevelItem(i)->text(0);
    EXPECT_EQ(top,
              (QStringList {QStringLiteral("All Articles"), QStringLiteral("By Source"), QStringLiteral("By Country"),
                            QStringLiteral("Starred"), QStringLiteral("With Notes")}));
    EXPECT_EQ(pane->entry(ui::ArticleQuery::Scope::All)->text(1), QStringLiteral("5"));
    EXPECT_EQ(pane->entry(ui::ArticleQuery::Scope::Starred)->text(1), QStringLiteral("0"));
    EXPECT_EQ(pane->entry(ui::ArticleQuery::Scope::Notes)->text(1), QStringLiteral("0"));

    // Japan is mentioned in the credentials story only.
    ASSERT_TRUE(test::triggerAndWait(m_window->articleModel(), &ui::ArticleListModel::refreshed,
                                     [&] { pane->choose(ui::ArticleQuery::Scope::Country, QStringLiteral("JP")); }));
    ASSERT_EQ(m_window->articleModel()->rowCount(), 1);
    EXPECT_EQ(m_window->articleModel()->index(0, 0).data().toString(), test::credentialsArticle().headline);
    ASSERT_TRUE(test::triggerAndWait(m_window->articleModel(), &ui::ArticleListModel::refreshed, [&] {
        pane->choose(ui::ArticleQuery::Scope::Source, QStringLiteral("Reuters"));
    }));
    ASSERT_EQ(m_window->articleModel()->rowCount(), 1);
    EXPECT_EQ(m_window->articleModel()->index(0, 0).data().toString(), test::reutersArticle().headline);
    ASSERT_TRUE(test::triggerAndWait(m_window->articleModel(), &ui::ArticleListModel::refreshed,
                                     [&] { pane->choose(ui::ArticleQuery::Scope::All); }));
    EXPECT_EQ(m_window->articleModel()->rowCount(), 5);
}

TEST_F(SpeakerViewTest, DarkPaletteScreenshotWithTheSpeakerView)
{
    ASSERT_TRUE(load([&] { m_window->showSpeaker(kErdogan); }));
    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x202124));
    dark.setColor(QPalette::Base, QColor(0x1c1c1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26262a));
    dark.setColor(QPalette::Text, QColor(0xe8e6e1));
    dark.setColor(QPalette::WindowText, QColor(0xe8e6e1));
    dark.setColor(QPalette::ButtonText, QColor(0xe8e6e1));
    dark.setColor(QPalette::Button, QColor(0x2c2c30));
    ASSERT_TRUE(test::triggerAndWait(m_window->reader(), &ui::ReaderView::articleShown,
                                     [&] { QApplication::setPalette(dark); }));
    test::waitUntil([] { return false; }, 300);
    const QImage shot = m_window->grab().toImage();
    QApplication::setPalette(light);
    EXPECT_TRUE(shot.save(QDir(QStringLiteral(DATELINE_UI_ARTIFACTS)).filePath(QStringLiteral("mainwindow-dark.png"))));
    // The chart paints on the palette's base: its corner is dark.
    const QImage chart = view()->chart()->grab().toImage();
    EXPECT_LT(QColor(chart.pixel(1, chart.height() - 2)).lightness(), 60);
}
