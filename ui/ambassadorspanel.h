#pragma once

#include "model/extraction.h"

#include <QWidget>

class QModelIndex;
class QTreeView;

namespace dateline::ui {

class AmbassadorListModel;

// The Ambassadors dock: envoys with sending and host country; choosing one
// shows the mention in the reader.
class AmbassadorsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AmbassadorsPanel)
public:
    explicit AmbassadorsPanel(QWidget *parent = nullptr);

    void setExtraction(const Extraction &extraction);
    AmbassadorListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void elementChosen(const QString &elementId);

private:
    void choose(const QModelIndex &index);

    AmbassadorListModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace dateline::ui
