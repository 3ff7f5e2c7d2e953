#include "mainwindow.h"

#include "ambassadorspanel.h"
#include "annotationcontroller.h"
#include "articlelistmodel.h"
#include "busybar.h"
#include "countriespanel.h"
#include "elidedtextdelegate.h"
#include "feedlistmodel.h"
#include "feedsjob.h"
#include "feedspanel.h"
#include "findbar.h"
#include "flagdelegate.h"
#include "importjob.h"
#include "importsummarydialog.h"
#include "library/library.h"
#include "librarypane.h"
#include "libraryreader.h"
#include "notespanel.h"
#include "quotespanel.h"
#include "readerview.h"
#include "searchpanel.h"
#include "speakerview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace dateline::ui {

namespace {

// How often the window looks for feeds whose interval has passed.
constexpr int kFeedCheckMs = 60 * 1000;
constexpr auto kSamplesFolder = ":/dateline/samples";

// A small square in a layer's colour, so the toolbar toggles look like the
// marks they switch.
QIcon swatch(const QColor &fill, const QColor &edge)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(edge, 1.5));
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(2, 2, 12, 12), 2, 2);
    return QIcon(pixmap);
}

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_library(new LibraryReader(this))
    , m_model(new ArticleListModel(m_library, this))
    , m_filter(new QLineEdit(this))
    , m_list(new QTableView(this))
    , m_reader(new ReaderView(this))
    , m_findBar(new FindBar(m_reader, this))
    , m_quotes(new QuotesPanel(this))
    , m_countries(new CountriesPanel(this))
    , m_ambassadors(new AmbassadorsPanel(this))
    , m_search(new SearchPanel(m_library, this))
    , m_speaker(new SpeakerView(m_library, this))
    , m_pane(new LibraryPane(this))
    , m_import(new ImportJob(this))
    , m_progress(new QProgressBar(this))
    , m_cancelImport(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_feeds(new FeedsJob(this))
    , m_feedModel(new FeedListModel(this))
    , m_feedsPanel(new FeedsPanel(m_feedModel, this))
    , m_feedTimer(new QTimer(this))
{
    setWindowTitle(QStringLiteral("Dateline"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    // The library pane: the scopes of the library, its feeds below them.
    auto *library = new QSplitter(Qt::Vertical, this);
    library->setObjectName(QStringLiteral("libraryPane"));
    library->addWidget(m_pane);
    library->addWidget(m_feedsPanel);
    library->setStretchFactor(0, 1);
    library->setStretchFactor(1, 1);
    splitter->addWidget(library);
    splitter->addWidget(createListPane());
    splitter->addWidget(createReaderPane());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({170, 500, 500});
    connect(m_pane, &LibraryPane::scopeChosen, m_model, &ArticleListModel::setScope);
    // Counting the library and reading the speakers' names wait for the
    // first article: start-up shows the reader first.
    connect(
        m_reader, &ReaderView::articleShown, this,
        [this] {
            m_pane->refresh(m_libraryPath);
            m_speaker->refreshNames();
            m_search->refreshCompletions();
        },
        Qt::SingleShotConnection);
    connect(this, &MainWindow::importFinished, this, [this] { m_pane->refresh(m_libraryPath); });
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    createDocks();
    createActions();

    m_progress->setMaximumWidth(220);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setFormat(tr("%v of %m files"));
    m_progress->hide();
    m_cancelImport->setText(tr("Cancel"));
    m_cancelImport->setToolTip(tr("Stop the import; articles imported so far are kept"));
    m_cancelImport->setAccessibleName(tr("Cancel import"));
    m_cancelImport->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelImport);
    // Cancel means stop importing, including what was queued behind this run.
    connect(m_cancelImport, &QToolButton::clicked, this, [this] {
        m_pendingImports.clear();
        m_import->cancel();
    });

    connect(m_import, &ImportJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(done);
    });
    connect(m_import, &ImportJob::finished, this, &MainWindow::onImportFinished);

    connect(m_feeds, &FeedsJob::feedsChanged, m_feedModel, &FeedListModel::setFeeds);
    connect(m_feeds, &FeedsJob::subscribed, this, &MainWindow::onSubscribed);
    connect(m_feeds, &FeedsJob::refreshFinished, this, &MainWindow::onFeedsRefreshed);
    connect(m_feeds, &FeedsJob::failed, this,
            [this](const QString &message) { statusBar()->showMessage(tr("Feeds: %1").arg(message), 8000); });
    connect(m_feeds, &FeedsJob::flagsLoaded, this, [this](qint64 articleId, bool read, bool starred) {
        if (articleId != m_wantedId)
            return;
        const QSignalBlocker readBlocker(m_markRead);
        const QSignalBlocker starBlocker(m_star);
        m_markRead->setChecked(read);
        m_star->setChecked(starred);
    });
    connect(m_feeds, &FeedsJob::opmlImported, this, [this](int added, int known, const QString &error) {
        QString message = tr("Subscribed to %n feed(s) from the OPML list", nullptr, added);
        if (known > 0)
            message += tr("; %n already subscribed", nullptr, known);
        if (!error.isEmpty())
            message += tr("; %1").arg(error);
        statusBar()->showMessage(message, 8000);
        if (added > 0)
            m_feeds->refreshDue(); // new feeds are due at once
    });
    connect(m_feeds, &FeedsJob::opmlExported, this, [this](int count, const QString &error) {
        statusBar()->showMessage(error.isEmpty() ? tr("Exported %n subscription(s)", nullptr, count)
                                                 : tr("Export failed: %1").arg(error),
                                 8000);
    });
    connect(m_feeds, &FeedsJob::starredChanged, this, [this] { m_pane->refresh(m_libraryPath); });
    connect(m_feedsPanel, &FeedsPanel::markFeedReadRequested, m_feeds, &FeedsJob::markFeedRead);
    m_feedTimer->setInterval(kFeedCheckMs);
    connect(m_feedTimer, &QTimer::timeout, this, [this] {
        if (!m_feeds->isRefreshing())
            m_feeds->refreshDue();
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // Most of the screen: the list, the reader and the panels all want
        // room; never more than the screen, nor so wide that the reader's
        // lines grow long.
        const QSize available = screen()->availableGeometry().size();
        resize(QSize(1360, 820).expandedTo(available * 0.9).boundedTo(QSize(1680, 1050)).boundedTo(available));
    }
    // Without a saved layout the docks get their default sizes once the
    // window is shown: sizes asked for before then are shared out over a
    // window that has no size yet, which left the quotes panel a column of
    // single words.
    m_defaultDockSizes = !restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // "window/splitter" held two panes; sizes saved for them would squeeze
    // the library pane's neighbours, so three panes have a key of their own.
    splitter->restoreState(settings.value(QStringLiteral("window/splitter3")).toByteArray());
    m_list->horizontalHeader()->restoreState(settings.value(QStringLiteral("window/listHeader")).toByteArray());
    updateStatus();
    m_reader->clear();

    connect(m_library, &LibraryReader::opened, this, &MainWindow::onLibraryOpened);
    connect(m_library, &LibraryReader::failed, this, &MainWindow::onLibraryFailed);
    connect(m_library, &LibraryReader::articleLoaded, this, &MainWindow::onArticleLoaded);
    connect(m_model, &ArticleListModel::refreshed, this, &MainWindow::onListRefreshed);
    m_libraryPath = libraryPath();
    m_status->setText(Library::needsUpgrade(m_libraryPath)
                          ? tr("Upgrading the library to this version's format (once; a large library takes a "
                               "minute or two)…")
                          : tr("Opening the library…"));
    m_library->open(m_libraryPath);
}

QString MainWindow::libraryPath()
{
    const QString path = QSettings().value(QStringLiteral("library/path")).toString();
    return path.isEmpty() ? Library::defaultPath() : path;
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createListPane()
{
    m_filter->setPlaceholderText(tr("Filter by headline or source"));
    m_filter->setAccessibleName(tr("Article filter"));
    m_filter->setToolTip(tr("Shows only the articles whose headline or source contains this text (Ctrl+L)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_model, &ArticleListModel::setQuickFilter);

    m_list->setModel(m_model);
    m_list->setItemDelegate(new ElidedTextDelegate(m_list));
    m_list->setItemDelegateForColumn(ArticleListModel::Countries, new FlagDelegate(m_list));
    // A table, not a tree: QTreeView asks for more rows on every layout and
    // so would read the whole library; QTableView only when the last row
    // scrolls into view.
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->setTabKeyNavigation(false);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 6);
    m_list->horizontalHeader()->setHighlightSections(false);
    m_list->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(ArticleListModel::Published, Qt::DescendingOrder);
    m_list->setAccessibleName(tr("Articles"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_list->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ArticleListModel::Headline, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    header->resizeSection(ArticleListModel::Published, 84);
    header->resizeSection(ArticleListModel::Source, 112);
    header->resizeSection(ArticleListModel::Speakers, 64);
    header->resizeSection(ArticleListModel::Countries, 72);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentArticle);

    auto *articles = new QWidget(this);
    auto *layout = new QVBoxLayout(articles);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    // A sort or filter the library takes long to answer shows it is working.
    auto *busy = new BusyBar(articles);
    busy->setObjectName(QStringLiteral("listBusy"));
    connect(m_model, &ArticleListModel::busyChanged, busy, &BusyBar::setBusy);
    layout->addWidget(busy);
    layout->addWidget(m_list, 1);
    return articles;
}

QWidget *MainWindow::createReaderPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_reader, 1);
    layout->addWidget(m_findBar);
    m_reader->setMinimumWidth(360);
    return pane;
}

QDockWidget *MainWindow::createDock(const QString &title, const QString &objectName, QWidget *panel)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // saveState/restoreState find docks by name
    dock->setWidget(panel);
    dock->setAllowedAreas(Qt::AllDockWidgetAreas);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                      | QDockWidget::DockWidgetClosable);
    m_docks << dock;
    return dock;
}

void MainWindow::createDocks()
{
    QDockWidget *quotes = createDock(tr("Quotes"), QStringLiteral("quotesDock"), m_quotes);
    QDockWidget *countries = createDock(tr("Countries"), QStringLiteral("countriesDock"), m_countries);
    QDockWidget *ambassadors = createDock(tr("Ambassadors"), QStringLiteral("ambassadorsDock"), m_ambassadors);
    QDockWidget *search = createDock(tr("Search"), QStringLiteral("searchDock"), m_search);
    addDockWidget(Qt::BottomDockWidgetArea, search);
    // Out of the reader's way until asked for (Ctrl+K); saved state keeps
    // it open for those who use it.
    search->hide();
    addDockWidget(Qt::RightDockWidgetArea, quotes);
    addDockWidget(Qt::RightDockWidgetArea, countries);
    splitDockWidget(quotes, countries, Qt::Vertical);
    splitDockWidget(countries, ambassadors, Qt::Vertical);

    connect(m_quotes, &QuotesPanel::elementChosen, m_reader, &ReaderView::flashElement);
    connect(m_countries, &CountriesPanel::elementChosen, m_reader, &ReaderView::flashElement);
    connect(m_ambassadors, &AmbassadorsPanel::elementChosen, m_reader, &ReaderView::flashElement);
    connect(m_search, &SearchPanel::articleChosen, this, &MainWindow::openArticle);
    connect(m_search, &SearchPanel::statementChosen, this, &MainWindow::openStatement);

    // The reader's own highlights and notes, tabbed with the quotes.
    m_notes = new NotesPanel(this);
    m_annotations = new AnnotationController(m_reader, m_notes, this);
    QDockWidget *notes = createDock(tr("Notes"), QStringLiteral("notesDock"), m_notes);
    addDockWidget(Qt::RightDockWidgetArea, notes);
    tabifyDockWidget(quotes, notes);
    quotes->raise();
    connect(m_annotations, &AnnotationController::articleRequested, this, [this](qint64 articleId) {
        // The list follows, as for a statement found by the search.
        const int row = m_model->rowOf(articleId);
        if (row >= 0) {
            m_wantedId = articleId;
            selectArticle(row);
        }
        openArticle(articleId);
    });
    connect(m_annotations, &AnnotationController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    QDockWidget *speaker = createDock(tr("Speaker"), QStringLiteral("speakerDock"), m_speaker);
    addDockWidget(Qt::BottomDockWidgetArea, speaker);
    tabifyDockWidget(search, speaker);
    speaker->hide();
    connect(m_quotes, &QuotesPanel::speakerChosen, this, &MainWindow::showSpeaker);
    connect(m_search, &SearchPanel::speakerChosen, this, &MainWindow::showSpeaker);
    connect(m_speaker, &SpeakerView::statementChosen, this, &MainWindow::openStatement);
    connect(this, &MainWindow::importFinished, m_speaker, &SpeakerView::refreshNames);
    connect(this, &MainWindow::importFinished, m_search, &SearchPanel::refreshCompletions);
}

void MainWindow::showSpeaker(const QString &speaker)
{
    m_docks.value(5)->show();
    m_docks.value(5)->raise();
    m_speaker->showSpeaker(speaker);
}

void MainWindow::createActions()
{
    QToolBar *toolbar = addToolBar(tr("Main Toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(true);

    // File
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this,
                                    &MainWindow::openFiles);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Import article files (text, HTML, feeds, NewsML)"));
    QAction *folder = file->addAction(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Import &Folder…"), this,
                                      &MainWindow::importFolder);
    folder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    folder->setToolTip(tr("Import every article file in a folder and its subfolders"));
    file->addSeparator();
    file->addAction(m_annotations->exportAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    toolbar->addAction(open);
    toolbar->addAction(folder);
    toolbar->addSeparator();

    // Edit
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_annotations->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_annotations->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_annotations->highlightAction());
    edit->addAction(m_annotations->noteAction());
    m_reader->addAction(m_annotations->highlightAction());
    m_reader->addAction(m_annotations->noteAction());
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find in Article…"), m_findBar, &FindBar::open);
    find->setShortcut(QKeySequence::Find);
    QAction *findNext = edit->addAction(tr("Find &Next"), m_findBar, &FindBar::findNext);
    findNext->setShortcut(QKeySequence::FindNext);
    QAction *findPrevious = edit->addAction(tr("Find &Previous"), m_findBar, &FindBar::findPrevious);
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    edit->addSeparator();
    QAction *filter = edit->addAction(tr("Filter &Articles"), this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // Ctrl+F is find-in-article, so the library search takes Ctrl+K.
    QAction *searchLibrary = edit->addAction(tr("&Search Library…"), this, &MainWindow::showSearch);
    searchLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    searchLibrary->setToolTip(tr("Search every article or statement in the library"));
    searchLibrary->setIcon(QIcon::fromTheme(QStringLiteral("edit-find")));
    toolbar->insertAction(toolbar->actions().value(2), searchLibrary);
    toolbar->addAction(m_annotations->highlightAction());
    toolbar->addAction(m_annotations->noteAction());
    toolbar->addSeparator();

    // View
    QMenu *view = menuBar()->addMenu(tr("&View"));
    struct LayerAction
    {
        ReaderView::Layer layer;
        QString text;
        QString tip;
        QColor fill;
        QColor edge;
    };
    const std::array<LayerAction, 3> layers = {{
        {ReaderView::Layer::Quotes, tr("Highlight &Quotes"), tr("Tint statements by speaker"), QColor(0xfff1a8),
         QColor(0xc9a800)},
        {ReaderView::Layer::Countries, tr("Highlight &Countries"), tr("Underline country mentions"), QColor(0xd8ecff),
         QColor(0x3b82c4)},
        {ReaderView::Layer::Ambassadors, tr("Highlight &Ambassadors"), tr("Outline ambassadors and envoys"),
         QColor(0xffe3c2), QColor(0xd9822b)},
    }};
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const LayerAction &l = layers[i];
        QAction *action = view->addAction(swatch(l.fill, l.edge), l.text);
        action->setCheckable(true);
        action->setChecked(m_reader->isLayerVisible(l.layer));
        action->setToolTip(l.tip);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | (Qt::Key_1 + int(i))));
        const ReaderView::Layer layer = l.layer;
        connect(action, &QAction::toggled, this, [this, layer](bool on) { m_reader->setLayerVisible(layer, on); });
        toolbar->addAction(action);
        m_layerActions[i] = action;
    }
    view->addSeparator();
    QAction *zoomIn = view->addAction(tr("Zoom &In"), m_reader, &ReaderView::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), m_reader, &ReaderView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset = view->addAction(tr("Actual &Size"), m_reader, &ReaderView::resetZoom);
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    QMenu *textSize = view->addMenu(tr("&Text Size"));
    auto *sizes = new QActionGroup(this);
    const std::array<std::pair<QString, int>, 5> sizeChoices = {{{tr("&Small"), 15},
                                                                 {tr("&Normal"), ReaderView::kDefaultFontSize},
                                                                 {tr("&Large"), 20},
                                                                 {tr("Lar&ger"), 23},
                                                                 {tr("La&rgest"), 27}}};
    for (const auto &[text, pixels] : sizeChoices) {
        QAction *action = textSize->addAction(text);
        action->setCheckable(true);
        action->setChecked(m_reader->fontSize() == pixels);
        sizes->addAction(action);
        const int size = pixels;
        connect(action, &QAction::triggered, this, [this, size] { m_reader->setFontSize(size); });
    }

    view->addSeparator();
    QMenu *panels = view->addMenu(tr("&Panels"));
    for (QDockWidget *dock : std::as_const(m_docks))
        panels->addAction(dock->toggleViewAction());
    panels->addSeparator();
    toolbar->toggleViewAction()->setText(tr("&Toolbar"));
    panels->addAction(toolbar->toggleViewAction());
    m_docks.value(0)->toggleViewAction()->setText(tr("&Quotes"));
    m_docks.value(1)->toggleViewAction()->setText(tr("&Countries"));
    m_docks.value(2)->toggleViewAction()->setText(tr("&Ambassadors"));
    m_docks.value(3)->toggleViewAction()->setText(tr("&Search"));
    m_docks.value(4)->toggleViewAction()->setText(tr("&Notes"));
    m_docks.value(5)->toggleViewAction()->setText(tr("S&peaker"));

    createFeedActions(toolbar);

    // Go
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *next = go->addAction(tr("&Next Article"), this, &MainWindow::nextArticle);
    next->setShortcuts({QKeySequence(Qt::Key_J), QKeySequence(Qt::Key_N)});
    QAction *previous = go->addAction(tr("&Previous Article"), this, &MainWindow::previousArticle);
    previous->setShortcuts({QKeySequence(Qt::Key_K), QKeySequence(Qt::Key_P)});
    go->addSeparator();
    // Space pages the reader from the list; in the reader Chromium does it.
    QAction *pageDown = go->addAction(tr("Page &Down in Article"), this, [this] { m_reader->scrollPage(1); });
    pageDown->setShortcut(QKeySequence(Qt::Key_Space));
    pageDown->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *pageUp = go->addAction(tr("Page &Up in Article"), this, [this] { m_reader->scrollPage(-1); });
    pageUp->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Space));
    pageUp->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->addAction(pageDown);
    m_list->addAction(pageUp);
    go->addSeparator();
    QAction *nextMention = go->addAction(tr("Next &Mention of Country"), m_countries, &CountriesPanel::nextMention);
    nextMention->setShortcut(QKeySequence(Qt::Key_Period));
    QAction *previousMention
        = go->addAction(tr("Previous M&ention of Country"), m_countries, &CountriesPanel::previousMention);
    previousMention->setShortcut(QKeySequence(Qt::Key_Comma));

    // Help
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Dateline"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    // Tooltips name the shortcut, so the keyboard can be learnt from the mouse.
    for (QAction *action : findChildren<QAction *>()) {
        if (action->shortcut().isEmpty())
            continue;
        const QString tip = action->toolTip();
        action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText)));
    }
}

void MainWindow::createFeedActions(QToolBar *toolbar)
{
    QMenu *feeds = menuBar()->addMenu(tr("Fee&ds"));
    QAction *subscribe = feeds->addAction(QIcon::fromTheme(QStringLiteral("application-rss+xml")), tr("&Subscribe…"),
                                          this, &MainWindow::showSubscribeDialog);
    subscribe->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    subscribe->setToolTip(tr("Follow a feed, or the feed a web page links"));
    QAction *refresh = feeds->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh All"), this,
                                        &MainWindow::refreshFeeds);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setToolTip(tr("Download new articles from every feed"));
    feeds->addSeparator();
    m_markRead = feeds->addAction(tr("R&ead"));
    m_markRead->setCheckable(true);
    m_markRead->setShortcut(QKeySequence(Qt::Key_M));
    m_markRead->setToolTip(tr("Mark the open article read or unread"));
    connect(m_markRead, &QAction::triggered, this, [this](bool read) {
        if (m_wantedId > 0)
            m_feeds->setRead(m_wantedId, read);
    });
    m_star = feeds->addAction(tr("S&tarred"));
    m_star->setCheckable(true);
    m_star->setShortcut(QKeySequence(Qt::Key_S));
    m_star->setToolTip(tr("Star the open article to find it again"));
    connect(m_star, &QAction::triggered, this, [this](bool starred) {
        if (m_wantedId > 0)
            m_feeds->setStarred(m_wantedId, starred);
    });
    feeds->addSeparator();
    QAction *importOpml = feeds->addAction(tr("&Import OPML…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Subscriptions"), QString(),
                                                          tr("OPML subscription lists (*.opml *.xml);;All files (*)"));
        if (!path.isEmpty())
            m_feeds->importOpml(path);
    });
    importOpml->setToolTip(tr("Subscribe to the feeds of another reader's OPML list, keeping its folders"));
    QAction *exportOpml = feeds->addAction(tr("E&xport OPML…"), this, [this] {
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Export Subscriptions"), QStringLiteral("subscriptions.opml"),
                                           tr("OPML subscription lists (*.opml)"));
        if (!path.isEmpty())
            m_feeds->exportOpml(path);
    });
    exportOpml->setToolTip(tr("Write every subscription, with its folder, to an OPML file"));
    toolbar->addSeparator();
    toolbar->addAction(subscribe);
    toolbar->addAction(refresh);
}

void MainWindow::showSubscribeDialog()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Subscribe to a Feed"));
    dialog->setLabelText(tr("Address of a feed, or of a web page that links one:"));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setOkButtonText(tr("Subscribe"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            subscribeToFeed(text.trimmed());
    });
    dialog->open();
}

void MainWindow::subscribeToFeed(const QString &address)
{
    statusBar()->showMessage(tr("Subscribing to %1…").arg(address));
    m_feeds->subscribe(address);
}

void MainWindow::refreshFeeds()
{
    statusBar()->showMessage(tr("Refreshing feeds…"));
    m_feeds->refreshAll();
}

void MainWindow::onSubscribed(const QString &title, int imported, const QString &error)
{
    if (!error.isEmpty()) {
        statusBar()->clearMessage();
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Subscribe"), error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    statusBar()->showMessage(tr("Subscribed to %1: %n new article(s)", nullptr, imported).arg(title), 8000);
    if (imported > 0)
        m_model->refresh();
}

void MainWindow::onFeedsRefreshed(int imported, int failed)
{
    QString message = tr("Feeds refreshed: %n new article(s)", nullptr, imported);
    if (failed > 0)
        message += tr(", %n feed(s) failed (see their tooltips)", nullptr, failed);
    statusBar()->showMessage(message, 8000);
    if (imported > 0)
        m_model->refresh();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Dateline"),
                       tr("<h3>Dateline %1</h3>"
                          "<p>A news reader for people who follow what governments say: who said what, "
                          "which countries a story is about and which ambassadors appear.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

bool MainWindow::isImporting() const
{
    return m_import->isRunning();
}

void MainWindow::importPaths(const QStringList &paths, bool showSummary)
{
    if (paths.isEmpty())
        return;
    m_pendingImports.append({paths, showSummary});
    if (!m_import->isRunning())
        startNextImport();
}

void MainWindow::startNextImport()
{
    // Imports wait for the library: opening it may create or upgrade it.
    if (m_pendingImports.isEmpty() || !m_libraryOpen)
        return;
    const PendingImport next = m_pendingImports.takeFirst();
    m_showSummary = next.showSummary;
    m_progress->setRange(0, 0); // busy until the files are counted
    m_progress->show();
    m_cancelImport->show();
    m_status->setText(tr("Importing…"));
    m_import->start(m_libraryPath, next.paths);
}

void MainWindow::onImportFinished(const ImportSummary &summary)
{
    m_progress->hide();
    m_cancelImport->hide();
    m_model->refresh();
    statusBar()->showMessage(ImportSummaryDialog::headline(summary), 8000);
    // Refusals are always worth a dialog; a clean run only when asked.
    if (m_showSummary || !summary.refused.isEmpty()) {
        auto *dialog = new ImportSummaryDialog(summary, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
    Q_EMIT importFinished(summary);
    startNextImport();
}

void MainWindow::importSamplesOnFirstRun()
{
    m_samplesWanted = true;
    if (!m_libraryOpen || !m_libraryEmpty)
        return;
    m_samplesWanted = false;
    const QString folder = QString::fromLatin1(kSamplesFolder);
    if (!QDir(folder).isEmpty())
        importPaths({folder}, false);
}

void MainWindow::onLibraryOpened(qint64 articles)
{
    m_libraryOpen = true;
    m_libraryEmpty = articles == 0;
    m_annotations->open(m_libraryPath);
    m_model->refresh();
    if (m_samplesWanted)
        importSamplesOnFirstRun();
    startNextImport();
    // After the reader opened (and upgraded) the library, so the two never race.
    m_feeds->open(m_libraryPath);
    m_feeds->refreshDue();
    m_feedTimer->start();
    Q_EMIT libraryOpened();
}

void MainWindow::onLibraryFailed(const QString &message)
{
    if (m_libraryOpen) {
        statusBar()->showMessage(tr("Reading the library failed: %1").arg(message), 8000);
        return;
    }
    m_pendingImports.clear();
    m_status->setText(tr("No library: %1").arg(message));
    auto *box
        = new QMessageBox(QMessageBox::Critical, tr("Cannot Open the Library"),
                          tr("Dateline cannot open its library at %1.").arg(QDir::toNativeSeparators(m_libraryPath)),
                          QMessageBox::Ok, this);
    box->setInformativeText(tr("%1\n\nThe file was left untouched. Move it aside, or point the \"library/path\" "
                               "setting at another file, and start Dateline again.")
                                .arg(message));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT libraryFailed(message);
}

void MainWindow::onListRefreshed()
{
    updateStatus();
    // A reset drops the current row: find the open article again, or
    // start with the first one.
    const int row = m_model->rowOf(m_wantedId);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, ArticleListModel::Headline);
        m_list->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else if (m_wantedId == 0) {
        selectArticle(0);
    }
}

void MainWindow::showSearch()
{
    m_docks.value(3)->show();
    m_docks.value(3)->raise();
    m_search->focusSearch();
}

void MainWindow::openFiles()
{
    QSettings settings;
    const QString start = settings
                              .value(QStringLiteral("import/lastFolder"),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Articles"), start,
        tr("News documents (*.txt *.html *.htm *.xml *.rss *.atom *.rdf *.nitf *.nml);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastFolder"), QFileInfo(files.first()).absolutePath());
    importPaths(files);
}

void MainWindow::importFolder()
{
    QSettings settings;
    const QString start = settings
                              .value(QStringLiteral("import/lastFolder"),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .toString();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"), start);
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastFolder"), folder);
    importPaths({folder});
}

void MainWindow::setLayerVisible(ReaderView::Layer layer, bool visible)
{
    m_layerActions.at(std::size_t(layer))->setChecked(visible);
}

void MainWindow::selectArticle(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, ArticleListModel::Headline);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void MainWindow::nextArticle()
{
    const QModelIndex current = m_list->currentIndex();
    selectArticle(current.isValid() ? current.row() + 1 : 0);
}

void MainWindow::previousArticle()
{
    const QModelIndex current = m_list->currentIndex();
    selectArticle(current.isValid() ? current.row() - 1 : 0);
}

void MainWindow::showCurrentArticle()
{
    const QModelIndex current = m_list->currentIndex();
    // A reset of the list leaves no current row for a moment; the reader
    // keeps the article until the list says there is none.
    if (!current.isValid()) {
        if (m_model->rowCount() > 0)
            return;
        m_wantedId = 0;
        m_reader->clear();
        m_annotations->clearArticle();
        const Extraction none;
        m_quotes->setExtraction(none);
        m_countries->setExtraction(none);
        m_ambassadors->setExtraction(none);
        setWindowTitle(QStringLiteral("Dateline"));
        return;
    }
    const qint64 id = m_model->articleId(current.row());
    if (id == m_wantedId)
        return;
    openArticle(id);
}

void MainWindow::openArticle(qint64 articleId)
{
    m_wantedId = articleId;
    m_pendingStatement.reset();
    m_library->loadArticle(articleId);
}

void MainWindow::openStatement(const StatementHit &hit)
{
    const int row = m_model->rowOf(hit.articleId);
    if (row >= 0) {
        m_wantedId = hit.articleId; // so selecting the row does not load it twice
        selectArticle(row);
    }
    m_wantedId = hit.articleId;
    m_pendingStatement = hit;
    m_library->loadArticle(hit.articleId);
}

void MainWindow::onArticleLoaded(const StoredArticle &stored)
{
    if (stored.id != m_wantedId)
        return; // the user moved on while it loaded
    const Article &article = stored.article;
    m_reader->showArticle(article);
    // Reading an article marks it read, as in any feed reader; M undoes it.
    m_feeds->setRead(stored.id, true);
    m_annotations->setArticle(stored);
    m_quotes->setExtraction(article.extraction);
    m_countries->setExtraction(article.extraction);
    m_ambassadors->setExtraction(article.extraction);
    const QString title = article.headline.isEmpty() ? QFileInfo(article.source).fileName() : article.headline;
    setWindowTitle(tr("%1 — Dateline").arg(title));
    if (!m_pendingStatement)
        return;
    // The reader marks statement i of the extraction as "q<i>"; the search
    // hit names it by paragraph and span.
    const StatementHit hit = *m_pendingStatement;
    m_pendingStatement.reset();
    const QList<Statement> &statements = article.extraction.statements;
    for (int i = 0; i < statements.size(); ++i) {
        const Statement &s = statements.at(i);
        if (s.paragraph == hit.paragraph && s.start == hit.start && s.end == hit.end) {
            m_reader->flashElement(QStringLiteral("q%1").arg(i));
            return;
        }
    }
}

void MainWindow::updateStatus()
{
    const qint64 n = m_model->total();
    m_status->setText(n == 0       ? tr("No articles yet: open files or drop them on the window")
                          : n == 1 ? tr("1 article")
                                   : tr("%1 articles").arg(n));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!std::exchange(m_defaultDockSizes, false))
        return;
    // Quotes, Countries, Ambassadors: wide enough for a quotation to read
    // as lines of text, tallest for the quotes; on a small screen less, so
    // the list and the reader keep theirs.
    const QList<QDockWidget *> panels {m_docks.value(0), m_docks.value(1), m_docks.value(2)};
    resizeDocks({panels.first()}, {qBound(200, width() * 2 / 9, 320)}, Qt::Horizontal);
    resizeDocks(panels, {380, 200, 160}, Qt::Vertical);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_pendingImports.clear();
    m_import->cancel();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        settings.setValue(QStringLiteral("window/splitter3"), splitter->saveState());
    settings.setValue(QStringLiteral("window/listHeader"), m_list->horizontalHeader()->saveState());
    event->accept();
}

} // namespace dateline::ui
