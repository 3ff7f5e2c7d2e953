#pragma once

#include <QLabel>

class QAbstractItemView;

namespace dateline::ui {

// A quiet line of text that takes the place of an item view while its model
// is empty, so an empty panel says why instead of showing a blank box.
class EmptyHint final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyHint)
public:
    // The view must have its model set; the hint follows that model.
    EmptyHint(const QString &text, QAbstractItemView *view, QWidget *parent = nullptr);

private:
    void sync();

    QAbstractItemView *m_view = nullptr;
};

} // namespace dateline::ui
