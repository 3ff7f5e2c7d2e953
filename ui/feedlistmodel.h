#pragma once

#include "feeds/feedsubscription.h"

#include <QAbstractListModel>
#include <QList>

namespace dateline::ui {

// The subscriptions as a list: "Folder / Title (unread)" per row, the
// address with the last success or error as tooltip.
class FeedListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedListModel)
public:
    enum Role {
        FeedIdRole = Qt::UserRole + 100,
        UnreadRole,
    };

    explicit FeedListModel(QObject *parent = nullptr);

    void setFeeds(const QList<dateline::FeedSubscription> &feeds);
    const QList<dateline::FeedSubscription> &feeds() const { return m_feeds; }
    int totalUnread() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<dateline::FeedSubscription> m_feeds;
};

} // namespace dateline::ui
