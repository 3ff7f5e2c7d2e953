#pragma once

#include "library/notehit.h"
#include "model/annotation.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace dateline::ui {

// The Notes dock: the open article's highlights and notes in text order,
// with Edit… and Delete; typing in the search field lists matching notes of
// every article instead. Choosing an entry shows it in the reader.
class NotesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesPanel)
public:
    explicit NotesPanel(QWidget *parent = nullptr);

    void setAnnotations(const QList<dateline::UserAnnotation> &annotations);
    void setSearchResults(const QList<dateline::NoteHit> &hits);
    const QList<dateline::UserAnnotation> &annotations() const { return m_annotations; }

    QListWidget *list() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    // The annotation of the selected row when it belongs to the open article.
    std::optional<dateline::UserAnnotation> selected() const;

Q_SIGNALS:
    void elementChosen(const QString &elementId);
    void noteChosen(qint64 articleId, qint64 annotationId);
    void editRequested(const dateline::UserAnnotation &annotation);
    void removeRequested(const dateline::UserAnnotation &annotation);
    void searchRequested(const QString &text);

private:
    void fill();
    void choose(QListWidgetItem *item);
    void updateButtons();

    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QList<dateline::UserAnnotation> m_annotations;
    QList<dateline::NoteHit> m_hits;
};

} // namespace dateline::ui
