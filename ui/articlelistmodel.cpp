#include "articlelistmodel.h"

#include <QFileInfo>

namespace dateline::ui {

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ArticleListModel::setArticles(QList<Article> articles)
{
    beginResetModel();
    m_articles = std::move(articles);
    endResetModel();
}

void ArticleListModel::appendArticles(const QList<Article> &articles)
{
    if (articles.isEmpty())
        return;
    beginInsertRows({}, int(m_articles.size()), int(m_articles.size() + articles.size() - 1));
    m_articles += articles;
    endInsertRows();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_articles.size())
        return {};
    const Article &a = m_articles.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Headline:
            return a.headline.isEmpty() ? QFileInfo(a.source).fileName() : a.headline;
        case Published:
            return a.published.left(10);
        case Source:
            return a.agency.isEmpty() ? QFileInfo(a.source).fileName() : a.agency;
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Headline)
        return a.standfirst.isEmpty() ? a.headline : a.standfirst;
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Headline:
        return tr("Headline");
    case Published:
        return tr("Date");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace dateline::ui
