#include "emptyhint.h"

#include <QAbstractItemView>

namespace dateline::ui {

EmptyHint::EmptyHint(const QString &text, QAbstractItemView *view, QWidget *parent)
    : QLabel(text, parent)
    , m_view(view)
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(12);
    setForegroundRole(QPalette::PlaceholderText);
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyHint::sync);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyHint::sync);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyHint::sync);
    sync();
}

void EmptyHint::sync()
{
    const bool empty = m_view->model()->rowCount() == 0;
    setVisible(empty);
    m_view->setVisible(!empty);
}

} // namespace dateline::ui
