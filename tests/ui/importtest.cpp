#include "articlelistmodel.h"
#include "importjob.h"
#include "importsummarydialog.h"
#include "mainwindow.h"
#include "testpaths.h"
#include "uitestsupport.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeView>

#include <gtest/gtest.h>

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

TEST(ImportJob, ImportsFolderRecursivelyAndReportsDuplicatesAndRefusals)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeFolder(dir.path());

    ui::ImportJob job;
    ui::ImportSummary summary;
    QList<Article> articles;
    int lastDone = -1;
    int lastTotal = -1;
    QObject::connect(&job, &ui::ImportJob::articlesReady, [&](const QList<Article> &a) { articles += a; });
    QObject::connect(&job, &ui::ImportJob::progress, [&](int done, int total) {
        lastDone = done;
        lastTotal = total;
    });
    QObject::connect(&job, &ui::ImportJob::finished, [&](const ui::ImportSummary &s) { summary = s; });
    ASSERT_TRUE(test::triggerAndWait(&job, &ui::ImportJob::finished, [&] {
        ASSERT_TRUE(job.start({dir.path()}, {}));
        EXPECT_FALSE(job.start({dir.path()}, {})) << "a second run while one is going on";
    }));
    EXPECT_FALSE(job.isRunning());
    EXPECT_EQ(summary.imported.size(), 2);
    EXPECT_EQ(summary.duplicates.size(), 1);
    ASSERT_EQ(summary.refused.size(), 2);
    EXPECT_FALSE(summary.cancelled);
    EXPECT_EQ(articles.size(), 2);
    EXPECT_EQ(lastDone, 5);
    EXPECT_EQ(lastTotal, 5);
    for (const ui::ImportSummary::Entry &e : summary.refused) {
        EXPECT_TRUE(e.path.endsWith(QStringLiteral("broken.txt")) || e.path.endsWith(QStringLiteral("empty.txt")));
        EXPECT_FALSE(e.detail.isEmpty());
    }

    // Run again with what the library holds: everything is a duplicate now.
    QSet<QString> known;
    for (const Article &a : articles)
        known.insert(a.contentHash());
    ASSERT_TRUE(test::triggerAndWait(&job, &ui::ImportJob::finished, [&] { job.start({dir.path()}, known); }));
    EXPECT_EQ(summary.imported.size(), 0);
    EXPECT_EQ(summary.duplicates.size(), 3);
}

TEST(ImportJob, CancelStopsTheRun)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (int i = 0; i < 300; ++i)
        write(dir.filePath(QStringLiteral("story%1.txt").arg(i, 3, 10, QLatin1Char('0'))),
              QByteArray("Story number ") + QByteArray::number(i) + "\n\nA paragraph of text for story "
                  + QByteArray::number(i) + ".\n");
    ui::ImportJob job;
    ui::ImportSummary summary;
    QObject::connect(&job, &ui::ImportJob::finished, [&](const ui::ImportSummary &s) { summary = s; });
    ASSERT_TRUE(test::triggerAndWait(&job, &ui::ImportJob::finished, [&] {
        job.start({dir.path()}, {});
        job.cancel();
    }));
    EXPECT_TRUE(summary.cancelled);
    EXPECT_LT(summary.imported.size(), 300);
}

TEST(MainWindowImport, FolderWithBrokenFileEndsWithSummary)
{
    QSettings().clear();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeFolder(dir.path());

    ui::MainWindow window;
    window.show();
    ui::ImportSummary summary;
    QObject::connect(&window, &ui::MainWindow::importFinished, [&](const ui::ImportSummary &s) { summary = s; });
    ASSERT_TRUE(
        test::triggerAndWait(&window, &ui::MainWindow::importFinished, [&] { window.importPaths({dir.path()}); }));
    EXPECT_EQ(window.articleModel()->rowCount(), 2);
    EXPECT_EQ(summary.imported.size(), 2);
    EXPECT_EQ(summary.duplicates.size(), 1);
    EXPECT_EQ(summary.refused.size(), 2);

    auto *dialog = window.findChild<ui::ImportSummaryDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(ui::ImportSummaryDialog::headline(dialog->summary()),
              QStringLiteral("2 articles imported, 1 already in the library, 2 files refused"));
    dialog->close();

    // The same folder again: nothing new, the list stays as it was.
    ASSERT_TRUE(test::triggerAndWait(&window, &ui::MainWindow::importFinished,
                                     [&] { window.importPaths({dir.path()}, false); }));
    EXPECT_EQ(window.articleModel()->rowCount(), 2);
    EXPECT_EQ(summary.duplicates.size(), 3);
    EXPECT_TRUE(window.articleList()->currentIndex().isValid());
}
