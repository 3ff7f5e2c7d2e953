#include "wrappingdelegate.h"

#include <QApplication>
#include <QTreeView>

namespace dateline::ui {

WrappingDelegate::WrappingDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *view = qobject_cast<const QTreeView *>(option.widget);
    if (!view)
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    int depth = 0;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        ++depth;
    int width = view->columnWidth(index.column());
    if (index.column() == 0)
        width -= view->indentation() * (depth + (view->rootIsDecorated() ? 1 : 0));
    // The style wraps only within a valid rectangle: give it a height too.
    opt.rect = QRect(0, 0, qMax(width, 40), opt.fontMetrics.height());
    opt.features |= QStyleOptionViewItem::WrapText;
    const QStyle *style = view->style() ? view->style() : QApplication::style();
    return style->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), view);
}

} // namespace dateline::ui
