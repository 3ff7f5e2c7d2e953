#include "feedlistmodel.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace dateline::ui {

namespace {

QString localTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
}

} // namespace

FeedListModel::FeedListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void FeedListModel::setFeeds(const QList<FeedSubscription> &feeds)
{
    beginResetModel();
    m_feeds = feeds;
    endResetModel();
}

int FeedListModel::totalUnread() const
{
    int n = 0;
    for (const FeedSubscription &f : m_feeds)
        n += f.unread;
    return n;
}

int FeedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_feeds.size());
}

QVariant FeedListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_feeds.size())
        return {};
    const FeedSubscription &f = m_feeds.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = f.folder.isEmpty() ? f.title : f.folder + QStringLiteral(" / ") + f.title;
        return f.unread > 0 ? QStringLiteral("%1 (%2)").arg(title).arg(f.unread) : title;
    }
    case Qt::ToolTipRole: {
        QString tip = f.url;
        if (!f.lastSuccess.isEmpty())
            tip += QLatin1Char('\n') + tr("Last updated %1").arg(localTime(f.lastSuccess));
        if (!f.lastError.isEmpty())
            tip += QLatin1Char('\n') + tr("Last error (%1 in a row): %2").arg(f.failures).arg(f.lastError);
        return tip;
    }
    case Qt::FontRole:
        if (f.unread > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        return f.lastError.isEmpty() ? QVariant() : QVariant(QColor(Qt::darkRed));
    case Qt::AccessibleTextRole:
        return tr("%1, %2 unread").arg(f.title).arg(f.unread);
    case FeedIdRole:
        return f.id;
    case UnreadRole:
        return f.unread;
    default:
        return {};
    }
}

} // namespace dateline::ui
