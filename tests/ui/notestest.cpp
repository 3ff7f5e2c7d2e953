// Highlights and notes in the window: a selection in the reader becomes a
// stored note, listed in the Notes panel and marked in the reader; edit,
// delete and undo (Ctrl+Z) go through the library off the GUI thread.
#include "annotationcommand.h"
#include "annotationcontroller.h"
#include "annotationworker.h"
#include "export/exporter.h"
#include "fixturearticles.h"
#include "library/annotationstore.h"
#include "library/library.h"
#include "mainwindow.h"
#include "model/annotationanchor.h"
#include "notespanel.h"
#include "pdfprinter.h"
#include "readerview.h"
#include "testpaths.h"
#include "uitestsupport.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using namespace dateline;

namespace {

class NotesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(m_dir.isValid());
        test::storeInLibrary(libraryPath(), {test::reutersArticle(), test::credentialsArticle()});
        QSettings().setValue(QStringLiteral("library/path"), libraryPath());
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1360, 820);
        m_window->show();
        ASSERT_TRUE(test::triggerAndWait(reader(), &ui::ReaderView::articleShown, [] {}))
            << "the first article never appeared";
        ASSERT_EQ(m_window->articleList()->currentIndex().data().toString(), test::credentialsArticle().headline);
    }

    void TearDown() override
    {
        m_window.reset();
        QSettings().clear();
    }

    QString libraryPath() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }
    ui::ReaderView *reader() const { return m_window->reader(); }
    QListWidget *rows() const { return m_window->notesPanel()->list(); }
    QString js(const QString &script) { return test::runJs(reader(), script).toString(); }
    // User highlight marks on the page (-1 while the page does not answer).
    int marks()
    {
        const QVariant n = test::runJs(reader(), QStringLiteral("document.querySelectorAll('mark.u').length"));
        return n.isValid() ? n.toInt() : -1;
    }

    // Selects [start, end) of paragraph p's text, across the marks inside it.
    void selectInParagraph(int p, int start, int end)
    {
        const QString script
            = QStringLiteral(
                  "(function(){var el=document.getElementById('p%1');function find(o){var w=document.createTreeWalker("
                  "el,NodeFilter.SHOW_TEXT),n;while((n=w.nextNode())){if(o<=n.length)return[n,o];o-=n.length;}return "
                  "null;}"
                  "var a=find(%2),b=find(%3);var r=document.createRange();r.setStart(a[0],a[1]);r.setEnd(b[0],b[1]);"
                  "var s=window.getSelection();s.removeAllRanges();s.addRange(r);return s.toString();})()")
                  .arg(p)
                  .arg(start)
                  .arg(end);
        m_selected = js(script);
    }

    // What the library holds for the open article, read on a connection of the test's own.
    QList<UserAnnotation> stored()
    {
        Library library = Library::open(libraryPath());
        return AnnotationStore(library.database()).list(m_window->currentArticleId());
    }

    QAction *editMenuAction(const QKeySequence &shortcut)
    {
        for (QAction *menu : m_window->menuBar()->actions()) {
            for (QAction *a : menu->menu()->actions()) {
                if (a->shortcut() == shortcut)
                    return a;
            }
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_selected;
};

} // namespace

TEST_F(NotesTest, ASelectionBecomesANoteThatUndoTakesBack)
{
    const Article article = test::credentialsArticle();
    const QString paragraph = article.paragraphs.at(2);
    const QString words = QStringLiteral("Martin said France wanted closer");
    const int from = int(paragraph.indexOf(words));
    // The selection starts before the statement's mark and ends inside it.
    selectInParagraph(2, from, from + int(words.size()));
    ASSERT_EQ(m_selected, words);

    ui::AnnotationController *notes = m_window->annotations();
    notes->annotateSelection(QStringLiteral("#a5d6a7"), QStringLiteral("Check the consulate plans"));
    ASSERT_TRUE(test::waitUntil([&] { return rows()->count() == 1; })) << "no row in the Notes panel";
    EXPECT_TRUE(rows()->item(0)->text().contains(words)) << rows()->item(0)->text().toStdString();
    EXPECT_TRUE(rows()->item(0)->text().contains(QStringLiteral("Check the consulate plans")));

    // Stored with its W3C anchor on the article's plain text.
    QList<UserAnnotation> inLibrary = stored();
    ASSERT_EQ(inLibrary.size(), 1);
    const UserAnnotation note = inLibrary.first();
    EXPECT_EQ(note.exact, words);
    EXPECT_EQ(note.start, int(article.plainText().indexOf(words)));
    EXPECT_EQ(note.note, QStringLiteral("Check the consulate plans"));
    EXPECT_EQ(note.color, QStringLiteral("#a5d6a7"));

    // The reader marks it in its colour.
    ASSERT_TRUE(test::waitUntil([&] { return marks() > 0; }));
    EXPECT_EQ(js(QStringLiteral("Array.from(document.querySelectorAll('mark.u')).map(function(m){return "
                                "m.textContent;}).join('')")),
              words);
    EXPECT_EQ(js(QStringLiteral("getComputedStyle(document.getElementById('u%1')).backgroundColor").arg(note.id)),
              QStringLiteral("rgb(165, 214, 167)"));

    // A picture of the window with the Notes dock in front, for people to look at.
    m_window->findChild<QDockWidget *>(QStringLiteral("notesDock"))->raise();
    js(QStringLiteral("document.getElementById('u%1').scrollIntoView({block:'center'})").arg(note.id));
    test::waitUntil([] { return false; }, 600);
    const QString shot = QDir(QStringLiteral(DATELINE_UI_ARTIFACTS)).filePath(QStringLiteral("notes.png"));
    EXPECT_TRUE(m_window->grab().save(shot)) << shot.toStdString();

    // Ctrl+Z (Edit ▸ Undo) takes it out of the panel, the reader and the library.
    QAction *undo = editMenuAction(QKeySequence::Undo);
    ASSERT_TRUE(undo);
    EXPECT_TRUE(undo->isEnabled());
    undo->trigger();
    ASSERT_TRUE(test::waitUntil([&] { return rows()->count() == 0; }));
    EXPECT_TRUE(stored().isEmpty());
    ASSERT_TRUE(test::waitUntil([&] { return marks() == 0; }));

    // Redo brings back the same note, id and all.
    notes->undoStack()->redo();
    ASSERT_TRUE(test::waitUntil([&] { return rows()->count() == 1; }));
    inLibrary = stored();
    ASSERT_EQ(inLibrary.size(), 1);
    EXPECT_EQ(inLibrary.first(), note);
}

TEST_F(NotesTest, DeleteFromThePanelUndoAndSearchAllNotes)
{
    const QString paragraph = test::credentialsArticle().paragraphs.at(0);
    const int from = int(paragraph.indexOf(QStringLiteral("Tuesday")));
    selectInParagraph(0, from, from + 7);
    m_window->annotations()->highlightSelection();
    ASSERT_TRUE(test::waitUntil([&] { return rows()->count() == 1; }));
    EXPECT_EQ(stored().first().exact, QStringLiteral("Tuesday"));
    EXPECT_FALSE(stored().first().isNote());

    // Nothing selected: nothing stored.
    js(QStringLiteral("window.getSelection().removeAllRanges()"));
    m_window->annotations()->highlightSelection();
    test::waitUntil([] { return false; }, 300);
    EXPECT_EQ(stored().size(), 1);

    rows()->setCurrentRow(0);
    auto *remove = m_window->notesPanel()->findChild<QPushButton *>();
    QPushButton *deleteButton = nullptr;
    for (QPushButton *b : m_window->notesPanel()->findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == QStringLiteral("Delete"))
            deleteButton = b;
    }
    ASSERT_TRUE(remove && deleteButton);
    ASSERT_TRUE(deleteButton->isEnabled());
    deleteButton->click();
    ASSERT_TRUE(test::waitUntil([&] { return rows()->count() == 0; }));
    EXPECT_TRUE(stored().isEmpty());
    m_window->annotations()->undoStack()->undo();
    ASSERT_TRUE(test::waitUntil([&] { return rows()->count() == 1; }));
    EXPECT_EQ(stored().size(), 1);

    // The search field looks through the notes of every article.
    m_window->notesPanel()->searchField()->setText(QStringLiteral("tuesday"));
    ASSERT_TRUE(test::waitUntil([&] { return rows()->count() == 1 && rows()->item(0)->text().contains("[Tuesday]"); }))
        << (rows()->count() ? rows()->item(0)->text().toStdString() : std::string("no rows"));
    EXPECT_TRUE(rows()->item(0)->text().startsWith(test::credentialsArticle().headline));
    // Chosen from another article, the note's article opens at the note.
    const qint64 credentials = m_window->currentArticleId();
    const qint64 noteId = stored().first().id;
    ASSERT_TRUE(test::triggerAndWait(reader(), &ui::ReaderView::articleShown, [this] { m_window->nextArticle(); }));
    ASSERT_NE(m_window->currentArticleId(), credentials);
    ASSERT_EQ(rows()->count(), 1); // the search still lists it
    Q_EMIT rows()->itemActivated(rows()->item(0));
    ASSERT_TRUE(test::waitUntil([&] {
        return m_window->currentArticleId() == credentials
            && js(QStringLiteral("(function(){var f=document.querySelector('.flash');return f?f.id:'';})()"))
            == QStringLiteral("u%1").arg(noteId);
    })) << "the note was not shown";
    EXPECT_EQ(m_window->articleList()->currentIndex().data().toString(), test::credentialsArticle().headline);
    m_window->notesPanel()->searchField()->setText(QStringLiteral("nowhere"));
    ASSERT_TRUE(test::waitUntil([&] { return rows()->count() == 0; }));
    m_window->notesPanel()->searchField()->clear();
    EXPECT_EQ(rows()->count(), 1);
}

TEST_F(NotesTest, EditingANoteIsUndoable)
{
    const QString paragraph = test::credentialsArticle().paragraphs.at(3);
    const int from = int(paragraph.indexOf(QStringLiteral("Kenji Sato")));
    selectInParagraph(3, from, from + 10);
    m_window->annotations()->annotateSelection(QStringLiteral("#90caf9"), QStringLiteral("first thought"));
    ASSERT_TRUE(test::waitUntil([&] { return rows()->count() == 1; }));
    const UserAnnotation before = stored().first();

    // What Edit… pushes once the dialog is accepted.
    UserAnnotation after = before;
    after.note = QStringLiteral("second thought");
    ui::AnnotationController *notes = m_window->annotations();
    notes->undoStack()->push(new ui::AnnotationCommand(notes->worker(), m_window->currentArticleId(), before, after,
                                                       QStringLiteral("Edit Note")));
    ASSERT_TRUE(test::waitUntil([&] { return rows()->item(0) && rows()->item(0)->text().contains("second"); }));
    EXPECT_EQ(stored().first().note, QStringLiteral("second thought"));
    notes->undoStack()->undo();
    ASSERT_TRUE(test::waitUntil([&] { return rows()->item(0) && rows()->item(0)->text().contains("first"); }));
    EXPECT_EQ(stored().first().note, QStringLiteral("first thought"));
    EXPECT_EQ(stored().first().exact, QStringLiteral("Kenji Sato"));
}

TEST(PdfPrinter, PrintsTheHtmlExportWithItsText)
{
    QTemporaryDir dir;
    ExportItem item {test::reutersArticle(), {}};
    const QString plain = item.article.plainText();
    const int at = int(plain.indexOf(QStringLiteral("progress")));
    UserAnnotation note = AnnotationAnchor::fromRange(plain, at, at + 8);
    note.id = 1;
    note.color = QStringLiteral("#f48fb1");
    note.note = QStringLiteral("How slow?");
    item.annotations << note;
    ui::PdfPrinter printer;
    bool ok = false;
    QString error;
    const QString path = dir.filePath(QStringLiteral("out.pdf"));
    ASSERT_TRUE(test::triggerAndWait(
        &printer, &ui::PdfPrinter::finished,
        [&] {
            QObject::connect(&printer, &ui::PdfPrinter::finished, [&](bool success, const QString &why) {
                ok = success;
                error = why;
            });
            printer.printHtml(Exporter::render(ExportFormat::Html, {item}), path);
        },
        60000));
    ASSERT_TRUE(ok) << error.toStdString();
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5) == "%PDF-");
    // Only the PDF is left: it was printed elsewhere and moved into place.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("out.pdf")});

    // A file that is not there is reported, not printed.
    bool failed = false;
    ASSERT_TRUE(test::triggerAndWait(&printer, &ui::PdfPrinter::finished, [&] {
        QObject::connect(&printer, &ui::PdfPrinter::finished,
                         [&](bool success, const QString &) { failed = !success; });
        printer.printFile(dir.filePath(QStringLiteral("missing.html")), dir.filePath(QStringLiteral("x.pdf")));
    }));
    EXPECT_TRUE(failed);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
}
