#include "mainwindow.h"
#include "ambassadorlistmodel.h"
#include "ambassadorspanel.h"
#include "articlelistmodel.h"
#include "countriespanel.h"
#include "countrylistmodel.h"
#include "elidedtextdelegate.h"
#include "findbar.h"
#include "fixturearticles.h"
#include "itemroles.h"
#include "quotespanel.h"
#include "quotetreemodel.h"
#include "readerview.h"
#include "searchpanel.h"
#include "speakerpalette.h"
#include "testpaths.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>

#include <gtest/gtest.h>

#include <memory>

using namespace dateline;

namespace {

// A main window over a temporary library holding the two fixture articles,
// showing the credentials story (the newer one, first in the list sorted by
// date).
class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(m_dir.isValid());
        const QString library = m_dir.filePath(QStringLiteral("library.sqlite"));
        test::storeInLibrary(library, {test::reutersArticle(), test::credentialsArticle()});
        QSettings().setValue(QStringLiteral("library/path"), library);
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1360, 820);
        m_window->show();
        // The library opens, the first page arrives and the newest article
        // loads, all off the GUI thread.
        ASSERT_TRUE(test::triggerAndWait(reader(), &ui::ReaderView::articleShown, [] {}))
            << "the first article never appeared";
        ASSERT_EQ(m_window->articleList()->currentIndex().data().toString(), test::credentialsArticle().headline);
    }

    void TearDown() override
    {
        m_window.reset();
        QSettings().clear();
    }

    ui::ReaderView *reader() const { return m_window->reader(); }

    QString js(const QString &script) { return test::runJs(reader(), script).toString(); }

    // The id of the one element that carries the flash class, once it is set.
    QString flashedId(const QString &expected)
    {
        QString id;
        test::waitUntil([&] {
            id = js(QStringLiteral("(function(){var f=document.querySelectorAll('.flash');"
                                   "return f.length===1?f[0].id:'count:'+f.length;})()"));
            return id == expected;
        });
        return id;
    }

    // Sets the quick filter and waits for the list to follow.
    void filterList(const QString &text)
    {
        ASSERT_TRUE(test::triggerAndWait(m_window->articleModel(), &ui::ArticleListModel::refreshed,
                                         [&] { m_window->quickFilter()->setText(text); }));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace

TEST_F(MainWindowTest, PanelsListTheOpenArticlesExtraction)
{
    ui::QuoteTreeModel *quotes = m_window->quotesPanel()->model();
    ASSERT_EQ(quotes->rowCount(), 3);
    EXPECT_EQ(quotes->index(0, 0).data().toString(), QStringLiteral("Recep Tayyip Erdogan (2)"));
    EXPECT_EQ(quotes->index(1, 0).data().toString(), QStringLiteral("Claire Martin (1)"));
    EXPECT_EQ(quotes->index(0, 0, quotes->index(1, 0)).data().toString(),
              QStringLiteral("France wanted closer trade ties with Türkiye"));

    ui::CountryListModel *countries = m_window->countriesPanel()->model();
    ASSERT_EQ(countries->rowCount(), 3);
    EXPECT_EQ(countries->index(0, ui::CountryListModel::Mentions).data().toInt(), 4);
    EXPECT_EQ(countries->index(1, ui::CountryListModel::Mentions).data().toInt(), 3);

    ui::AmbassadorListModel *ambassadors = m_window->ambassadorsPanel()->model();
    ASSERT_EQ(ambassadors->rowCount(), 2);
    EXPECT_EQ(ambassadors->index(1, ui::AmbassadorListModel::Name).data().toString(), QStringLiteral("Kenji Sato"));

    // The swatch of each speaker is the tint of their marks on the page.
    const QString firstClass = js(QStringLiteral("document.getElementById('q3').className"));
    EXPECT_EQ(firstClass, QStringLiteral("q s0"));
    EXPECT_EQ(js(QStringLiteral("getComputedStyle(document.getElementById('q1')).backgroundColor")),
              QStringLiteral("rgb(%1, %2, %3)")
                  .arg(quotes->index(1, 0).data(Qt::DecorationRole).value<QColor>().red())
                  .arg(quotes->index(1, 0).data(Qt::DecorationRole).value<QColor>().green())
                  .arg(quotes->index(1, 0).data(Qt::DecorationRole).value<QColor>().blue()));

    // The next article brings its own extraction.
    ASSERT_TRUE(test::triggerAndWait(reader(), &ui::ReaderView::articleShown, [this] { m_window->nextArticle(); }));
    EXPECT_EQ(quotes->rowCount(), 1);
    EXPECT_EQ(countries->rowCount(), 1);
    EXPECT_EQ(ambassadors->rowCount(), 0);
}

TEST_F(MainWindowTest, ChoosingAQuoteFlashesItAndScrollsItIntoView)
{
    EXPECT_EQ(js(QStringLiteral("String(window.scrollY)")), QStringLiteral("0"));
    QTreeView *view = m_window->quotesPanel()->view();
    const QModelIndex erdogan = view->model()->index(0, 0);
    const QModelIndex lastStatement = view->model()->index(1, 0, erdogan);
    ASSERT_EQ(lastStatement.data(ui::ElementIdRole).toString(), QStringLiteral("q3"));
    view->setCurrentIndex(lastStatement);

    EXPECT_EQ(flashedId(QStringLiteral("q3")), QStringLiteral("q3"));
    EXPECT_TRUE(test::waitUntil([&] {
        return js(QStringLiteral("(function(){var r=document.getElementById('q3').getBoundingClientRect();"
                                 "return String(window.scrollY>0&&r.top>=0&&r.bottom<=window.innerHeight);})()"))
            == QStringLiteral("true");
    })) << "q3 is not in view";

    // Ambassadors lead to their own marks; the flash moves with the choice.
    m_window->ambassadorsPanel()->view()->setCurrentIndex(m_window->ambassadorsPanel()->model()->index(1, 0));
    EXPECT_EQ(flashedId(QStringLiteral("a1")), QStringLiteral("a1"));
}

TEST_F(MainWindowTest, CountryMentionButtonsStepThroughMentionsInTextOrder)
{
    ui::CountriesPanel *panel = m_window->countriesPanel();
    panel->view()->setCurrentIndex(panel->model()->index(0, 0)); // TR: c0, c3, c6, c9
    EXPECT_EQ(flashedId(QStringLiteral("c0")), QStringLiteral("c0"));
    panel->nextMention();
    EXPECT_EQ(flashedId(QStringLiteral("c3")), QStringLiteral("c3"));
    panel->previousMention();
    panel->previousMention(); // wraps round to the last
    EXPECT_EQ(flashedId(QStringLiteral("c9")), QStringLiteral("c9"));
}

TEST_F(MainWindowTest, LayerTogglesSetBodyClassesAndSurviveTheNextArticle)
{
    const auto bodyClass = [this] {
        return js(QStringLiteral("document.body.className"));
    };
    EXPECT_FALSE(bodyClass().contains(QStringLiteral("hide-quotes")));

    m_window->setLayerVisible(ui::ReaderView::Layer::Quotes, false);
    EXPECT_TRUE(bodyClass().contains(QStringLiteral("hide-quotes"))) << bodyClass();
    EXPECT_FALSE(bodyClass().contains(QStringLiteral("hide-countries")));
    EXPECT_EQ(js(QStringLiteral("getComputedStyle(document.getElementById('q0')).backgroundColor")),
              QStringLiteral("rgba(0, 0, 0, 0)"));
    EXPECT_FALSE(QSettings().value(QStringLiteral("reader/showQuotes")).toBool());

    ASSERT_TRUE(test::triggerAndWait(reader(), &ui::ReaderView::articleShown, [this] { m_window->nextArticle(); }));
    EXPECT_TRUE(bodyClass().contains(QStringLiteral("hide-quotes"))) << bodyClass();

    m_window->setLayerVisible(ui::ReaderView::Layer::Quotes, true);
    m_window->setLayerVisible(ui::ReaderView::Layer::Countries, false);
    EXPECT_FALSE(bodyClass().contains(QStringLiteral("hide-quotes")));
    EXPECT_TRUE(bodyClass().contains(QStringLiteral("hide-countries")));

    // A new window starts with what the user chose last.
    ui::MainWindow second;
    EXPECT_TRUE(second.reader()->isLayerVisible(ui::ReaderView::Layer::Quotes));
    EXPECT_FALSE(second.reader()->isLayerVisible(ui::ReaderView::Layer::Countries));
}

TEST_F(MainWindowTest, QuickFilterAndKeysMoveThroughArticles)
{
    filterList(QStringLiteral("grain"));
    ASSERT_EQ(m_window->articleList()->model()->rowCount(), 1);
    filterList(QString());
    ASSERT_EQ(m_window->articleList()->model()->rowCount(), 2);

    m_window->selectArticle(0);
    // j (and n) is the next-article key, k (and p) the previous one.
    const auto actionFor = [this](Qt::Key key) -> QAction * {
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->shortcuts().contains(QKeySequence(key)))
                return a;
        }
        return nullptr;
    };
    QAction *next = actionFor(Qt::Key_J);
    ASSERT_NE(next, nullptr);
    EXPECT_EQ(next, actionFor(Qt::Key_N));
    ASSERT_NE(actionFor(Qt::Key_K), nullptr);
    ASSERT_TRUE(test::triggerAndWait(reader(), &ui::ReaderView::articleShown, [next] { next->trigger(); }));
    EXPECT_EQ(m_window->articleList()->currentIndex().data().toString(), test::reutersArticle().headline);
    ASSERT_TRUE(
        test::triggerAndWait(reader(), &ui::ReaderView::articleShown, [&] { actionFor(Qt::Key_K)->trigger(); }));
    EXPECT_EQ(m_window->articleList()->currentIndex().data().toString(), test::credentialsArticle().headline);

    // Space pages the reader while the list has the focus.
    QAction *page = actionFor(Qt::Key_Space);
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(m_window->articleList()->actions().contains(page));
    EXPECT_EQ(js(QStringLiteral("String(window.scrollY)")), QStringLiteral("0"));
    page->trigger();
    EXPECT_TRUE(test::waitUntil([&] { return js(QStringLiteral("window.scrollY")).toDouble() > 100; }));
}

TEST_F(MainWindowTest, FindBarFindsTextAndEscapeClosesIt)
{
    ui::FindBar *bar = m_window->findBar();
    EXPECT_FALSE(bar->isVisible());
    bar->open();
    EXPECT_TRUE(bar->isVisible());
    bar->lineEdit()->setText(QStringLiteral("credentials"));
    // "credentials" is in the headline and the first paragraph.
    EXPECT_TRUE(test::waitUntil([&] {
        for (QLabel *label : bar->findChildren<QLabel *>()) {
            if (label->text() == QStringLiteral("1 of 2"))
                return true;
        }
        return false;
    }));
    QKeyEvent esc(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(bar->lineEdit(), &esc);
    EXPECT_FALSE(bar->isVisible());
    // Find Next with the bar closed opens it again, text kept and selected.
    bar->findNext();
    EXPECT_TRUE(bar->isVisible());
    EXPECT_EQ(bar->lineEdit()->selectedText(), QStringLiteral("credentials"));
}

TEST_F(MainWindowTest, DocksAndToolbarHaveNamesForSavedState)
{
    const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>();
    ASSERT_EQ(docks.size(), 6); // Quotes, Countries, Ambassadors, Search, Notes, Speaker
    for (QDockWidget *dock : docks) {
        EXPECT_FALSE(dock->objectName().isEmpty());
        EXPECT_TRUE(dock->features().testFlag(QDockWidget::DockWidgetMovable));
    }
    for (QToolBar *bar : m_window->findChildren<QToolBar *>())
        EXPECT_FALSE(bar->objectName().isEmpty());

    m_window->findChild<QDockWidget *>(QStringLiteral("countriesDock"))->hide();
    m_window->close();
    ui::MainWindow restored;
    restored.show();
    EXPECT_FALSE(restored.findChild<QDockWidget *>(QStringLiteral("countriesDock"))->isVisible());
    EXPECT_TRUE(restored.findChild<QDockWidget *>(QStringLiteral("quotesDock"))->isVisible());
}

TEST_F(MainWindowTest, FirstStartGivesThePanelsRoomToRead)
{
    // No saved layout (SetUp clears the settings): the quotes panel is wide
    // enough for a quotation to read as lines, not a column of words, and
    // the reader keeps the largest share.
    QDockWidget *quotes = m_window->findChild<QDockWidget *>(QStringLiteral("quotesDock"));
    ASSERT_TRUE(quotes);
    QCoreApplication::processEvents();
    EXPECT_GE(quotes->width(), 280);
    EXPECT_LE(quotes->width(), 360);
    EXPECT_GT(reader()->width(), quotes->width());
}

TEST_F(MainWindowTest, FirstStartFitsTheScreen)
{
    // SetUp sizes its window itself; a new one with no saved geometry
    // takes its size from the screen.
    m_window->close();
    QSettings().remove(QStringLiteral("window/geometry"));
    ui::MainWindow fresh;
    const QSize available = fresh.screen()->availableGeometry().size();
    EXPECT_LE(fresh.width(), available.width());
    EXPECT_LE(fresh.height(), available.height());
    EXPECT_GE(fresh.width(), qMin(1360, available.width()));
    EXPECT_GE(fresh.height(), qMin(820, available.height()));
}

TEST_F(MainWindowTest, ScreenshotWithArticleAndPanels)
{
    m_window->quotesPanel()->view()->setCurrentIndex(
        m_window->quotesPanel()->model()->index(0, 0, m_window->quotesPanel()->model()->index(1, 0)));
    EXPECT_EQ(flashedId(QStringLiteral("q1")), QStringLiteral("q1"));
    test::waitUntil([] { return false; }, 600); // let the flash and the paint settle
    const QImage shot = m_window->grab().toImage();
    ASSERT_FALSE(shot.isNull());
    EXPECT_EQ(shot.size(), m_window->size() * m_window->devicePixelRatio());
    const QString path = QDir(QStringLiteral(DATELINE_UI_ARTIFACTS)).filePath(QStringLiteral("mainwindow.png"));
    EXPECT_TRUE(shot.save(path)) << path;
    // The quotes panel shows the swatch of the first speaker somewhere.
    const QImage panel = m_window->quotesPanel()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QRgb swatch = m_window->quotesPanel()->model()->index(0, 0).data(Qt::DecorationRole).value<QColor>().rgb();
    bool found = false;
    for (int y = 0; y < panel.height() && !found; ++y) {
        for (int x = 0; x < panel.width() && !found; ++x)
            found = panel.pixel(x, y) == swatch;
    }
    EXPECT_TRUE(found) << "no swatch in the Quotes panel";
}

TEST_F(MainWindowTest, ReaderFollowsDarkPaletteTextSizeAndZoom)
{
    EXPECT_FALSE(js(QStringLiteral("document.body.className")).contains(QStringLiteral("dark")));
    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x202124));
    dark.setColor(QPalette::Base, QColor(0x1c1c1e));
    dark.setColor(QPalette::Text, QColor(0xe8e6e1));
    EXPECT_TRUE(test::triggerAndWait(reader(), &ui::ReaderView::articleShown, [&] { QApplication::setPalette(dark); }));
    EXPECT_TRUE(js(QStringLiteral("document.body.className")).contains(QStringLiteral("dark")));
    EXPECT_EQ(m_window->quotesPanel()->model()->index(0, 0).data(Qt::DecorationRole).value<QColor>(),
              ui::SpeakerPalette::colour(0, true));
    EXPECT_TRUE(
        test::triggerAndWait(reader(), &ui::ReaderView::articleShown, [&] { QApplication::setPalette(light); }));
    EXPECT_FALSE(js(QStringLiteral("document.body.className")).contains(QStringLiteral("dark")));

    EXPECT_TRUE(test::triggerAndWait(reader(), &ui::ReaderView::articleShown, [this] { reader()->setFontSize(23); }));
    EXPECT_EQ(js(QStringLiteral("getComputedStyle(document.querySelector('article')).fontSize")),
              QStringLiteral("23px"));
    EXPECT_EQ(QSettings().value(QStringLiteral("reader/fontSize")).toInt(), 23);

    reader()->zoomIn();
    EXPECT_GT(reader()->zoomFactor(), 1.0);
    reader()->resetZoom();
    EXPECT_DOUBLE_EQ(reader()->zoomFactor(), 1.0);
}

TEST_F(MainWindowTest, DroppedFolderIsImported)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile story(dir.filePath(QStringLiteral("dropped.txt")));
    ASSERT_TRUE(story.open(QIODevice::WriteOnly));
    story.write("Ministers meet in Oslo\n\nForeign ministers met in Oslo on Thursday to talk about fisheries.\n");
    story.close();

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dir.path())});
    const QPoint at(m_window->width() / 2, m_window->height() / 2);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    ui::ImportSummary summary;
    QObject::connect(m_window.get(), &ui::MainWindow::importFinished, [&](const ui::ImportSummary &s) { summary = s; });
    ASSERT_TRUE(test::triggerAndWait(m_window.get(), &ui::MainWindow::importFinished, [&] {
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
    }));
    EXPECT_EQ(summary.importedArticles(), 1);
    EXPECT_TRUE(test::waitUntil([&] { return m_window->articleModel()->rowCount() == 3; }));

    // Text that is not a local file is not taken.
    QMimeData text;
    text.setText(QStringLiteral("just words"));
    QDragEnterEvent words(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    words.setAccepted(false);
    QApplication::sendEvent(m_window.get(), &words);
    EXPECT_FALSE(words.isAccepted());
}

TEST_F(MainWindowTest, EveryMenuEntryHasItsOwnMnemonic)
{
    const QList<QMenu *> menus = m_window->menuBar()->findChildren<QMenu *>();
    ASSERT_GE(menus.size(), 5);
    const auto mnemonic = [](const QString &text) {
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
    };
    QSet<QChar> bar;
    for (QAction *top : m_window->menuBar()->actions()) {
        EXPECT_FALSE(mnemonic(top->text()).isNull()) << top->text();
        EXPECT_FALSE(bar.contains(mnemonic(top->text()))) << top->text();
        bar.insert(mnemonic(top->text()));
    }
    for (QMenu *menu : menus) {
        QSet<QChar> seen;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            const QChar m = mnemonic(action->text());
            EXPECT_FALSE(m.isNull()) << menu->title() << ": " << action->text();
            EXPECT_FALSE(seen.contains(m)) << menu->title() << ": " << action->text();
            seen.insert(m);
        }
    }
}

TEST_F(MainWindowTest, NoTwoWindowActionsShareAShortcut)
{
    // Two actions with one key sequence in the same window make Qt fire
    // neither ("ambiguous shortcut"), so each sequence belongs to one action.
    QHash<QKeySequence, QAction *> owner;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcutContext() != Qt::WindowShortcut && action->shortcutContext() != Qt::ApplicationShortcut)
            continue;
        for (const QKeySequence &key : action->shortcuts()) {
            QAction *other = owner.value(key);
            EXPECT_TRUE(other == nullptr || other == action)
                << key.toString().toStdString() << ": " << action->text().toStdString() << " and "
                << other->text().toStdString();
            owner.insert(key, action);
        }
    }
    EXPECT_GE(owner.size(), 15);
}

TEST_F(MainWindowTest, StatementSearchOpensTheArticleAtTheStatement)
{
    // Start on the other article, so opening the hit has to load this one.
    ASSERT_TRUE(test::triggerAndWait(reader(), &ui::ReaderView::articleShown, [this] { m_window->nextArticle(); }));
    ASSERT_EQ(m_window->quotesPanel()->model()->rowCount(), 1);

    QAction *search = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_K))
            search = a;
    }
    ASSERT_NE(search, nullptr) << "Ctrl+K opens the library search";
    search->trigger();
    ui::SearchPanel *panel = m_window->searchPanel();
    EXPECT_TRUE(m_window->findChild<QDockWidget *>(QStringLiteral("searchDock"))->isVisible());
    panel->setMode(ui::SearchPanel::Mode::Statements);
    // Typing runs one search once the keys stop.
    ASSERT_TRUE(test::triggerAndWait(panel, &ui::SearchPanel::resultsShown, [&] {
        panel->lineEdit()->setText(QStringLiteral("closer"));
        panel->lineEdit()->setText(QStringLiteral("closer trade"));
    }));
    QTreeWidget *results = panel->results();
    ASSERT_EQ(results->topLevelItemCount(), 1);
    EXPECT_EQ(results->topLevelItem(0)->text(0), QStringLiteral("Claire Martin"));
    EXPECT_EQ(results->topLevelItem(0)->text(1), QStringLiteral("2026-01-20"));
    // The matched words are marked for the delegate to draw bold; the text read is plain.
    EXPECT_TRUE(results->topLevelItem(0)->text(2).contains(QStringLiteral("closer trade ties")))
        << results->topLevelItem(0)->text(2);
    const QChar open(ui::ElidedTextDelegate::kMatchOpen);
    const QChar close(ui::ElidedTextDelegate::kMatchClose);
    EXPECT_TRUE(results->topLevelItem(0)
                    ->data(2, ui::ElidedTextDelegate::MarkedTextRole)
                    .toString()
                    .contains(open + QStringLiteral("closer") + close + QLatin1Char(' ') + open
                              + QStringLiteral("trade") + close));
    EXPECT_EQ(results->topLevelItem(0)->text(3), test::credentialsArticle().headline);

    ASSERT_TRUE(test::triggerAndWait(reader(), &ui::ReaderView::articleShown, [&] {
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QApplication::sendEvent(panel->lineEdit(), &enter);
    }));
    EXPECT_EQ(m_window->quotesPanel()->model()->rowCount(), 3);
    EXPECT_EQ(m_window->articleList()->currentIndex().data().toString(), test::credentialsArticle().headline);
    EXPECT_EQ(flashedId(QStringLiteral("q1")), QStringLiteral("q1"));

    // Articles mode finds by body text; nothing found says so.
    panel->setMode(ui::SearchPanel::Mode::Articles);
    ASSERT_TRUE(test::triggerAndWait(panel, &ui::SearchPanel::resultsShown,
                                     [&] { panel->lineEdit()->setText(QStringLiteral("Geneva")); }));
    ASSERT_EQ(results->topLevelItemCount(), 1);
    EXPECT_EQ(results->topLevelItem(0)->text(0), test::reutersArticle().headline);
    ASSERT_TRUE(test::triggerAndWait(panel, &ui::SearchPanel::resultsShown,
                                     [&] { panel->lineEdit()->setText(QStringLiteral("zzzunknownword")); }));
    EXPECT_EQ(results->topLevelItemCount(), 0);
}

TEST_F(MainWindowTest, ArticlesPersistForTheNextWindow)
{
    m_window->close();
    m_window.reset();
    ui::MainWindow again;
    again.show();
    ASSERT_TRUE(test::waitUntil([&] { return again.articleModel()->rowCount() == 2; }));
    again.importSamplesOnFirstRun(); // the library is not empty: nothing to import
    test::waitUntil([] { return false; }, 300);
    EXPECT_FALSE(again.isImporting());
    EXPECT_EQ(again.articleModel()->total(), 2);
}

TEST_F(MainWindowTest, NextArticleIsSwappedIntoThePageWithFlashFindAndZoomWorking)
{
    reader()->zoomIn();
    const qreal zoom = reader()->zoomFactor();
    // A mark on the document: a new page load would drop it.
    js(QStringLiteral("window.datelineSamePage = true; window.scrollTo(0, 200); 'ok'"));
    ASSERT_TRUE(test::triggerAndWait(reader(), &ui::ReaderView::articleShown, [this] { m_window->nextArticle(); }));
    EXPECT_EQ(js(QStringLiteral("String(window.datelineSamePage === true)")), QStringLiteral("true"));
    EXPECT_EQ(js(QStringLiteral("document.querySelector('h1').textContent")),
              QStringLiteral("Grain talks resume in Geneva"));
    EXPECT_EQ(js(QStringLiteral("document.title")), QStringLiteral("Grain talks resume in Geneva"));
    EXPECT_EQ(js(QStringLiteral("String(window.scrollY)")), QStringLiteral("0"));
    EXPECT_EQ(js(QStringLiteral("String(document.querySelectorAll('#q0').length)")), QStringLiteral("1"));
    EXPECT_DOUBLE_EQ(reader()->zoomFactor(), zoom);

    // The new article's marks flash, and find searches its text only.
    reader()->flashElement(QStringLiteral("q0"));
    EXPECT_EQ(flashedId(QStringLiteral("q0")), QStringLiteral("q0"));
    ui::FindBar *bar = m_window->findBar();
    bar->open();
    bar->lineEdit()->setText(QStringLiteral("Negotiators"));
    EXPECT_TRUE(test::waitUntil([&] {
        for (QLabel *label : bar->findChildren<QLabel *>()) {
            if (label->text() == QStringLiteral("1 of 1"))
                return true;
        }
        return false;
    }));
    bar->lineEdit()->setText(QStringLiteral("credentials"));
    EXPECT_TRUE(test::waitUntil([&] {
        for (QLabel *label : bar->findChildren<QLabel *>()) {
            if (label->text() == QStringLiteral("No matches"))
                return true;
        }
        return false;
    }));
}

TEST(ReaderViewTest, ArticleOfSeveralMegabytesIsSwappedIn)
{
    QSettings().clear();
    ui::ReaderView view;
    view.resize(800, 600);
    view.show();
    Article small;
    small.headline = QStringLiteral("Small");
    small.paragraphs = {QStringLiteral("A short story.")};
    ASSERT_TRUE(test::triggerAndWait(&view, &ui::ReaderView::articleShown, [&] { view.showArticle(small); }));
    // Far over the 2 MB a page load by setHtml takes; a swap has no such limit.
    Article big;
    big.headline = QStringLiteral("Big <script>alert(1)</script>");
    for (int i = 0; i < 3000; ++i)
        big.paragraphs << QStringLiteral("Paragraph %1 </article><script>x()</script> ").arg(i).repeated(20);
    ASSERT_TRUE(test::triggerAndWait(
        &view, &ui::ReaderView::articleShown, [&] { view.showArticle(big); }, 60000));
    EXPECT_EQ(test::runJs(&view, QStringLiteral("String(document.querySelectorAll('article p[id^=\"p\"]').length)"))
                  .toString(),
              QStringLiteral("3000"));
    // Markup in the text stays text.
    EXPECT_EQ(test::runJs(&view, QStringLiteral("String(document.querySelectorAll('script').length)")).toString(),
              QStringLiteral("0"));
    EXPECT_EQ(test::runJs(&view, QStringLiteral("document.title")).toString(), big.headline);
    QSettings().clear();
}
