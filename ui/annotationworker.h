#pragma once

#include "library/library.h"
#include "library/notehit.h"
#include "librarythread.h"
#include "model/annotation.h"

#include <QList>
#include <QObject>

#include <optional>

namespace dateline::ui {

// The reader's highlights and notes, read and written through
// AnnotationStore on a thread of its own with its own connection (the
// LibraryReader pattern), so the GUI thread never waits on SQLite. Requests
// run in order; after every change the article's annotations are read again
// and loaded() reports them.
class AnnotationWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationWorker)
public:
    explicit AnnotationWorker(QObject *parent = nullptr);
    ~AnnotationWorker() override;

    void open(const QString &path);
    void load(qint64 articleId);
    // [start, end) of the article's plain text; added() then loaded() follow.
    void add(qint64 articleId, int start, int end, const QString &color, const QString &note);
    // Stores an annotation again with its id (undoing a removal).
    void restore(qint64 articleId, const dateline::UserAnnotation &annotation);
    void update(qint64 articleId, qint64 id, const QString &color, const QString &note);
    void remove(qint64 articleId, qint64 id);
    void search(quint64 generation, const QString &text);

Q_SIGNALS:
    void loaded(qint64 articleId, const QList<dateline::UserAnnotation> &annotations);
    void added(qint64 articleId, const dateline::UserAnnotation &annotation);
    void found(quint64 generation, const QList<dateline::NoteHit> &hits);
    void failed(const QString &message);

private:
    template<typename F> void onThread(F &&work);
    template<typename F> void post(F &&f);
    // On the thread: reads the article's annotations and reports them.
    void reload(qint64 articleId);

    LibraryThread m_db;
};

} // namespace dateline::ui
