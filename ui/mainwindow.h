#pragma once

#include "importsummary.h"
#include "model/article.h"
#include "readerview.h"

#include <QMainWindow>
#include <QStringList>

#include <array>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QProgressBar;
class QToolButton;
class QTreeView;

namespace dateline::ui {

class AmbassadorsPanel;
class ArticleFilterModel;
class ArticleListModel;
class CountriesPanel;
class FindBar;
class ImportJob;
class QuotesPanel;

// The main window: article list beside the reader, dock panels for the
// open article's quotes, countries and ambassadors, import with progress.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds articles that are ready (imported and extracted) to the library.
    void addArticles(const QList<Article> &articles);
    // Imports files and folders in the background; a summary dialog follows
    // when showSummary is set or a file was refused. Runs after the current
    // import when one is going on.
    void importPaths(const QStringList &paths, bool showSummary = true);
    // On the very first run, imports the samples shipped in the resources.
    void importSamplesOnFirstRun();

    void setLayerVisible(ReaderView::Layer layer, bool visible);
    void nextArticle();
    void previousArticle();
    // Selects the article at this row of the list as it is sorted and filtered.
    void selectArticle(int row);

    ArticleListModel *articleModel() const { return m_model; }
    ArticleFilterModel *filterModel() const { return m_proxy; }
    QTreeView *articleList() const { return m_list; }
    QLineEdit *quickFilter() const { return m_filter; }
    ReaderView *reader() const { return m_reader; }
    FindBar *findBar() const { return m_findBar; }
    QuotesPanel *quotesPanel() const { return m_quotes; }
    CountriesPanel *countriesPanel() const { return m_countries; }
    AmbassadorsPanel *ambassadorsPanel() const { return m_ambassadors; }
    bool isImporting() const;

Q_SIGNALS:
    void importFinished(const dateline::ui::ImportSummary &summary);

protected:
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
    void openFiles();
    void importFolder();
    void startNextImport();
    void onImportFinished(const ImportSummary &summary);
    void showAbout();
    void updateStatus();

    ArticleListModel *m_model = nullptr;
    ArticleFilterModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_list = nullptr;
    ReaderView *m_reader = nullptr;
    FindBar *m_findBar = nullptr;
    QuotesPanel *m_quotes = nullptr;
    CountriesPanel *m_countries = nullptr;
    AmbassadorsPanel *m_ambassadors = nullptr;
    QList<QDockWidget *> m_docks;
    std::array<QAction *, 3> m_layerActions {};

    ImportJob *m_import = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelImport = nullptr;
    QLabel *m_status = nullptr;
    struct PendingImport
    {
        QStringList paths;
        bool showSummary = true;
    };
    QList<PendingImport> m_pendingImports;
    bool m_showSummary = true;
};

} // namespace dateline::ui
