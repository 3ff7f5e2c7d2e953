#include "articlelistmodel.h"
#include "importjob.h"
#include "importsummarydialog.h"
#include "library/library.h"
#include "mainwindow.h"
#include "testpaths.h"
#include "uitestsupport.h"

#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

#include <gtest/gtest.h>

#include <memory>

using namespace dateline;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << path;
    f.write(bytes);
}

const QByteArray kStory = "Envoys meet in Vienna\n\n"
                          "Diplomats from several states met in Vienna on Monday to discuss the talks.\n\n"
                          "The meeting lasted three hours, officials said.\n";

// good.txt, a copy of it in a subfolder (a duplicate), another story, an
// empty file and a binary one (both refused).
void writeFolder(const QString &root)
{
    write(root + QStringLiteral("/good.txt"), kStory);
    write(root + QStringLiteral("/nested/copy.txt"), kStory);
    write(root + QStringLiteral("/nested/deeper/other.txt"),
          "Talks stall in Geneva\n\nNegotiators left Geneva on Friday without an agreement on the text.\n");
    write(root + QStringLiteral("/empty.txt"), QByteArray());
    QByteArray binary("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < 4096; ++i)
        binary.append(char(i * 37 % 256));
    write(root + QStringLiteral("/broken.txt"), binary);
}

} // namespace

TEST(ImportJob, ImportsTheDemoArticlesFromTheResources)
{
    // What the app imports on its first start: a folder of Qt resources.
    const QString samples = QStringLiteral(":/dateline/samples");
    const qsizetype files = QDir(samples).entryList(QDir::Files).size();
    ASSERT_GE(files, 10);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ui::ImportJob job;
    ui::ImportSummary summary;
    QObject::connect(&job, &ui::ImportJob::finished, [&](const ui::ImportSummary &s) { summary = s; });
    ASSERT_TRUE(test::triggerAndWait(&job, &ui::ImportJob::finished, [&] {
        ASSERT_TRUE(job.start(dir.filePath(QStringLiteral("library.sqlite")), {samples}));
    }));
    for (const ui::ImportSummary::Entry &r : std::as_const(summary.refused))
        ADD_FAILURE() << r.path.toStdString() << ": " << r.detail.toStdString();
    // A feed among them holds several articles.
    EXPECT_GE(summary.importedArticles(), int(files));
}

TEST(ImportJob, ImportsFolderIntoTheLibraryAndReportsDuplicatesAndRefusals)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeFolder(dir.filePath(QStringLiteral("in")));
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));

    ui::ImportJob job;
    ui::ImportSummary summary;
    int lastDone = -1;
    int lastTotal = -1;
    QObject::connect(&job, &ui::ImportJob::progress, [&](int done, int total) {
        lastDone = done;
        lastTotal = total;
    });
    QObject::connect(&job, &ui::ImportJob::finished, [&](const ui::ImportSummary &s) { summary = s; });
    ASSERT_TRUE(test::triggerAndWait(&job, &ui::ImportJob::finished, [&] {
        ASSERT_TRUE(job.start(library, {dir.filePath(QStringLiteral("in"))}));
        EXPECT_FALSE(job.start(library, {dir.path()})) << "a second run while one is going on";
    }));
    EXPECT_FALSE(job.isRunning());
    EXPECT_EQ(summary.importedArticles(), 2);
    EXPECT_EQ(summary.duplicateArticles(), 1);
    ASSERT_EQ(summary.refused.size(), 2);
    EXPECT_FALSE(summary.cancelled);
    EXPECT_EQ(lastDone, 5);
    EXPECT_EQ(lastTotal, 5);
    for (const ui::ImportSummary::Entry &e : summary.refused) {
        EXPECT_TRUE(e.path.endsWith(QStringLiteral("broken.txt")) || e.path.endsWith(QStringLiteral("empty.txt")));
        EXPECT_FALSE(e.detail.isEmpty());
    }
    // The good files are in the library, once each.
    {
        Library opened = Library::open(library);
        EXPECT_EQ(opened.stats().articles, 2);
        SearchFilter filter;
        filter.query = QStringLiteral("Geneva");
        EXPECT_EQ(opened.searchArticles(filter).total, 1);
    }

    // Run again: everything is a duplicate now.
    ASSERT_TRUE(test::triggerAndWait(&job, &ui::ImportJob::finished,
                                     [&] { job.start(library, {dir.filePath(QStringLiteral("in"))}); }));
    EXPECT_EQ(summary.importedArticles(), 0);
    EXPECT_EQ(summary.duplicateArticles(), 3);
    EXPECT_EQ(Library::open(library).stats().articles, 2);
}

TEST(ImportJob, ReportsALibraryThatCannotBeOpened)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString notALibrary = dir.filePath(QStringLiteral("notes.sqlite"));
    write(notALibrary, QByteArray("these are notes, not a database\n").repeated(200));
    write(dir.filePath(QStringLiteral("in/good.txt")), kStory);
    ui::ImportJob job;
    ui::ImportSummary summary;
    QObject::connect(&job, &ui::ImportJob::finished, [&](const ui::ImportSummary &s) { summary = s; });
    ASSERT_TRUE(test::triggerAndWait(&job, &ui::ImportJob::finished,
                                     [&] { job.start(notALibrary, {dir.filePath(QStringLiteral("in"))}); }));
    EXPECT_EQ(summary.importedArticles(), 0);
    ASSERT_EQ(summary.refused.size(), 1);
    EXPECT_EQ(summary.refused.at(0).path, notALibrary);
    QFile file(notALibrary);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("these are notes")) << "the file was changed";
}

TEST(ImportJob, CancelStopsTheRun)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (int i = 0; i < 300; ++i)
        write(dir.filePath(QStringLiteral("in/story%1.txt").arg(i, 3, 10, QLatin1Char('0'))),
              QByteArray("Story number ") + QByteArray::number(i) + "\n\nA paragraph of text for story "
                  + QByteArray::number(i) + ".\n");
    ui::ImportJob job;
    ui::ImportSummary summary;
    QObject::connect(&job, &ui::ImportJob::finished, [&](const ui::ImportSummary &s) { summary = s; });
    ASSERT_TRUE(test::triggerAndWait(&job, &ui::ImportJob::finished, [&] {
        job.start(dir.filePath(QStringLiteral("library.sqlite")), {dir.filePath(QStringLiteral("in"))});
        job.cancel();
    }));
    EXPECT_TRUE(summary.cancelled);
    EXPECT_LT(summary.importedArticles(), 300);
}

TEST(MainWindowImport, FolderWithBrokenFileEndsWithSummaryAndLandsInTheLibrary)
{
    QSettings().clear();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeFolder(dir.filePath(QStringLiteral("in")));
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    QSettings().setValue(QStringLiteral("library/path"), library);

    ui::MainWindow window;
    window.show();
    ui::ImportSummary summary;
    QObject::connect(&window, &ui::MainWindow::importFinished, [&](const ui::ImportSummary &s) { summary = s; });
    ASSERT_TRUE(test::triggerAndWait(&window, &ui::MainWindow::importFinished,
                                     [&] { window.importPaths({dir.filePath(QStringLiteral("in"))}); }));
    ASSERT_TRUE(test::waitUntil([&] { return window.articleModel()->rowCount() == 2; }));
    EXPECT_EQ(summary.importedArticles(), 2);
    EXPECT_EQ(summary.duplicateArticles(), 1);
    ASSERT_EQ(summary.refused.size(), 2);

    auto *dialog = window.findChild<ui::ImportSummaryDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(ui::ImportSummaryDialog::headline(dialog->summary()),
              QStringLiteral("2 articles imported, 1 already in the library, 2 files refused"));
    dialog->close();
    EXPECT_EQ(Library::open(library).stats().articles, 2);

    // The same folder again: nothing new, the list stays as it was.
    ASSERT_TRUE(test::triggerAndWait(&window, &ui::MainWindow::importFinished,
                                     [&] { window.importPaths({dir.filePath(QStringLiteral("in"))}, false); }));
    EXPECT_EQ(summary.duplicateArticles(), 3);
    ASSERT_TRUE(test::waitUntil([&] { return window.articleList()->currentIndex().isValid(); }));
    EXPECT_EQ(window.articleModel()->rowCount(), 2);
    EXPECT_EQ(Library::open(library).stats().articles, 2);
    QSettings().clear();
}

TEST(MainWindowImport, RefusesAFileThatIsNotALibraryWithADialog)
{
    QSettings().clear();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString notALibrary = dir.filePath(QStringLiteral("library.sqlite"));
    write(notALibrary, QByteArray("plain text where a library should be\n").repeated(100));
    QSettings().setValue(QStringLiteral("library/path"), notALibrary);

    QString message;
    auto window = std::make_unique<ui::MainWindow>();
    QObject::connect(window.get(), &ui::MainWindow::libraryFailed, [&](const QString &m) { message = m; });
    ASSERT_TRUE(test::waitUntil([&] { return !message.isEmpty(); }));
    auto *box = window->findChild<QMessageBox *>();
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(notALibrary)) << box->text();
    EXPECT_TRUE(box->informativeText().contains(message));
    box->close();
    window.reset();
    QFile file(notALibrary);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("plain text where")) << "the file was changed";
    QSettings().clear();
}
