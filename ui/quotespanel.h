#pragma once

#include "model/extraction.h"

#include <QWidget>

class QModelIndex;
class QTreeView;

namespace dateline::ui {

class QuoteTreeModel;

// The Quotes dock: statements grouped by speaker; choosing one shows it in
// the reader.
class QuotesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotesPanel)
public:
    explicit QuotesPanel(QWidget *parent = nullptr);

    void setExtraction(const Extraction &extraction);
    QuoteTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void elementChosen(const QString &elementId);
    // Everything this speaker said across the library is wanted.
    void speakerChosen(const QString &speaker);

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose(const QModelIndex &index);
    void showContextMenu(const QPoint &pos);

    QuoteTreeModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace dateline::ui
