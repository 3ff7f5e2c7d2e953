#pragma once

#include "library/storedarticle.h"
#include "model/annotation.h"

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QUndoStack;
class QWidget;

namespace dateline::ui {

class AnnotationWorker;
class NotesPanel;
class PdfPrinter;
class ReaderView;

// The reader's highlights and notes in the window: Highlight and Add Note…
// on the reader's selection, the Notes panel's edit and delete, undo and
// redo of all of them, and File ▸ Export… of the open article with its
// annotations. Storage goes through an AnnotationWorker, off the GUI thread.
class AnnotationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationController)
public:
    // Highlight colours offered, as #rrggbb.
    static const QStringList &colours();

    AnnotationController(ReaderView *reader, NotesPanel *panel, QWidget *window);
    ~AnnotationController() override;

    void open(const QString &libraryPath);
    void setArticle(const StoredArticle &stored);
    void clearArticle();

    // Stores the reader's selection with this colour and note (empty: a
    // plain highlight); undoable. Nothing happens without a selection.
    void annotateSelection(const QString &colour, const QString &note);
    void highlightSelection();
    void addNoteToSelection(); // asks for the note
    void exportArticle(); // asks for the file

    QUndoStack *undoStack() const { return m_undo; }
    AnnotationWorker *worker() const { return m_worker; }
    QAction *highlightAction() const { return m_highlight; }
    QAction *noteAction() const { return m_note; }
    QAction *exportAction() const { return m_export; }
    const QString &colour() const { return m_colour; }

Q_SIGNALS:
    // A note of another article was chosen in the Notes panel's search.
    void articleRequested(qint64 articleId);
    void statusMessage(const QString &message);

private:
    void edit(const UserAnnotation &annotation);
    void remove(const UserAnnotation &annotation);
    void onLoaded(qint64 articleId, const QList<UserAnnotation> &annotations);

    ReaderView *m_reader;
    NotesPanel *m_panel;
    QWidget *m_window;
    AnnotationWorker *m_worker;
    QUndoStack *m_undo;
    PdfPrinter *m_pdf = nullptr;
    QAction *m_highlight = nullptr;
    QAction *m_note = nullptr;
    QAction *m_export = nullptr;
    QString m_colour;
    qint64 m_articleId = 0;
    Article m_article;
    QList<UserAnnotation> m_annotations;
    quint64 m_searchGeneration = 0;
    qint64 m_flashAfterLoad = 0; // a note chosen in the search, shown once its article is there
};

} // namespace dateline::ui
