#include "mainwindow.h"

#include "articlelistmodel.h"
#include "readerview.h"

#include "import/importer.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>

namespace dateline::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new ArticleListModel(this))
    , m_list(new QTreeView(this))
    , m_reader(new ReaderView(this))
{
    setWindowTitle(QStringLiteral("Dateline"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Articles"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(ArticleListModel::Headline, QHeaderView::Stretch);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_reader);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentArticle);
    createActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Dateline"), this, [this] {
        QMessageBox::about(this, tr("About Dateline"),
                           tr("<h3>Dateline %1</h3><p>A news reader for people who follow what governments "
                              "say.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::importSamples()
{
    QList<Article> articles;
    const QDir samples(QStringLiteral(":/dateline/samples"));
    for (const QString &name : samples.entryList(QDir::Files, QDir::Name)) {
        ImportResult r = Importer::importFile(samples.filePath(name));
        articles += r.articles;
    }
    m_model->setArticles(articles);
    statusBar()->showMessage(tr("%n article(s) in the library", nullptr, int(articles.size())));
    if (!articles.isEmpty())
        m_list->setCurrentIndex(m_model->index(0, 0));
}

void MainWindow::showCurrentArticle()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        m_reader->clear();
        return;
    }
    m_reader->showArticle(m_model->article(current.row()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace dateline::ui
