#pragma once

#include "importsummary.h"
#include "library/searchresults.h"
#include "library/storedarticle.h"
#include "readerview.h"

#include <QMainWindow>
#include <QStringList>

#include <array>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTimer;
class QToolButton;
class QTableView;

namespace dateline::ui {

class AmbassadorsPanel;
class AnnotationController;
class FeedListModel;
class FeedsJob;
class FeedsPanel;
class ArticleListModel;
class CountriesPanel;
class FindBar;
class ImportJob;
class LibraryPane;
class LibraryReader;
class NotesPanel;
class QuotesPanel;
class SearchPanel;
class SpeakerView;

// The main window over the user's library (QSettings "library/path"):
// article list beside the reader, dock panels for the open article's
// quotes, countries and ambassadors, library search, import with progress.
// Every database access runs on the reader thread or the import worker.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The library file: QSettings "library/path", else Library::defaultPath().
    static QString libraryPath();

    // Imports files and folders in the background; a summary dialog follows
    // when showSummary is set or a file was refused. Runs after the current
    // import (and once the library is open).
    void importPaths(const QStringList &paths, bool showSummary = true);
    // When the library turns out empty (the first run), imports the samples
    // shipped in the resources.
    void importSamplesOnFirstRun();
    // Loads the article into the reader; with a statement, scrolls to it
    // and flashes it once the page is there.
    void openArticle(qint64 articleId);
    void openStatement(const dateline::StatementHit &hit);
    // Shows the speaker view (every statement of the person) in its dock.
    void showSpeaker(const QString &speaker);

    // Subscribes in the background (a feed's address or a page that links
    // one); new articles appear in the list when it is done.
    void subscribeToFeed(const QString &address);
    // Downloads every feed in the background (F5); the timer refreshes those due.
    void refreshFeeds();

    void setLayerVisible(ReaderView::Layer layer, bool visible);
    void nextArticle();
    void previousArticle();
    // Selects the article at this row of the list as it is sorted and filtered.
    void selectArticle(int row);

    ArticleListModel *articleModel() const { return m_model; }
    SearchPanel *searchPanel() const { return m_search; }
    SpeakerView *speakerView() const { return m_speaker; }
    LibraryPane *libraryPane() const { return m_pane; }
    // The article the reader shows (or is loading), 0 for none.
    qint64 currentArticleId() const { return m_wantedId; }
    QTableView *articleList() const { return m_list; }
    QLineEdit *quickFilter() const { return m_filter; }
    ReaderView *reader() const { return m_reader; }
    FindBar *findBar() const { return m_findBar; }
    QuotesPanel *quotesPanel() const { return m_quotes; }
    CountriesPanel *countriesPanel() const { return m_countries; }
    AmbassadorsPanel *ambassadorsPanel() const { return m_ambassadors; }
    NotesPanel *notesPanel() const { return m_notes; }
    AnnotationController *annotations() const { return m_annotations; }
    bool isImporting() const;
    FeedListModel *feedModel() const { return m_feedModel; }
    FeedsJob *feedsJob() const { return m_feeds; }
    FeedsPanel *feedsPanel() const { return m_feedsPanel; }
    QAction *markReadAction() const { return m_markRead; }
    QAction *starAction() const { return m_star; }

Q_SIGNALS:
    void importFinished(const dateline::ui::ImportSummary &summary);
    void libraryOpened();
    // The library could not be opened (or read); the message was shown.
    void libraryFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *createListPane();
    QWidget *createReaderPane();
    QDockWidget *createDock(const QString &title, const QString &objectName, QWidget *panel);
    void createDocks();
    void createActions();
    void showCurrentArticle();
    void onLibraryOpened(qint64 articles);
    void onLibraryFailed(const QString &message);
    void onListRefreshed();
    void onArticleLoaded(const StoredArticle &stored);
    void showSearch();
    void openFiles();
    void importFolder();
    void startNextImport();
    void onImportFinished(const ImportSummary &summary);
    void showAbout();
    void createFeedActions(QToolBar *toolbar);
    void showSubscribeDialog();
    void onSubscribed(const QString &title, int imported, const QString &error);
    void onFeedsRefreshed(int imported, int failed);
    void updateStatus();

    LibraryReader *m_library = nullptr;
    ArticleListModel *m_model = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_list = nullptr;
    ReaderView *m_reader = nullptr;
    FindBar *m_findBar = nullptr;
    QuotesPanel *m_quotes = nullptr;
    CountriesPanel *m_countries = nullptr;
    AmbassadorsPanel *m_ambassadors = nullptr;
    SearchPanel *m_search = nullptr;
    NotesPanel *m_notes = nullptr;
    AnnotationController *m_annotations = nullptr;
    SpeakerView *m_speaker = nullptr;
    LibraryPane *m_pane = nullptr;
    QList<QDockWidget *> m_docks;
    bool m_defaultDockSizes = false; // no saved layout: set the docks' sizes when shown
    std::array<QAction *, 3> m_layerActions {};

    ImportJob *m_import = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelImport = nullptr;
    QLabel *m_status = nullptr;
    FeedsJob *m_feeds = nullptr;
    FeedListModel *m_feedModel = nullptr;
    FeedsPanel *m_feedsPanel = nullptr;
    QTimer *m_feedTimer = nullptr;
    QAction *m_markRead = nullptr;
    QAction *m_star = nullptr;
    struct PendingImport
    {
        QStringList paths;
        bool showSummary = true;
    };
    QList<PendingImport> m_pendingImports;
    bool m_showSummary = true;
    QString m_libraryPath;
    bool m_libraryOpen = false;
    bool m_libraryEmpty = false;
    bool m_samplesWanted = false;
    qint64 m_wantedId = 0;
    // The statement to flash when the wanted article arrives.
    std::optional<StatementHit> m_pendingStatement;
};

} // namespace dateline::ui
