#pragma once

#include <QStyledItemDelegate>

namespace dateline::ui {

// Lets long rows of a tree view (statements) wrap over several lines: the
// stock delegate measures text without knowing the column width, so rows
// stay one line high and the text is cut off.
class WrappingDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappingDelegate)
public:
    explicit WrappingDelegate(QObject *parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace dateline::ui
