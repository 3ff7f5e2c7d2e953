#pragma once

#include <QWidget>

class QListView;
class QLabel;

namespace dateline::ui {

class FeedListModel;

// The Feeds section: subscriptions with unread counts, a context menu to
// mark a feed read, and a hint while there is nothing to show.
class FeedsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedsPanel)
public:
    explicit FeedsPanel(FeedListModel *model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }

Q_SIGNALS:
    void markFeedReadRequested(qint64 feedId);

private:
    void updateHint();

    FeedListModel *m_model;
    QListView *m_view;
    QLabel *m_hint;
};

} // namespace dateline::ui
