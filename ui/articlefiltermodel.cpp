#include "articlefiltermodel.h"

#include "articlelistmodel.h"
#include "itemroles.h"

namespace dateline::ui {

ArticleFilterModel::ArticleFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ArticleFilterModel::setQuickFilter(const QString &text)
{
    const QString needle = text.simplified();
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateRowsFilter();
}

bool ArticleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty())
        return true;
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex headline = m->index(sourceRow, ArticleListModel::Headline, sourceParent);
    const QModelIndex source = m->index(sourceRow, ArticleListModel::Source, sourceParent);
    // The source column shows the agency; its tooltip holds the file or URL.
    return m->data(headline).toString().contains(m_needle, Qt::CaseInsensitive)
        || m->data(source).toString().contains(m_needle, Qt::CaseInsensitive)
        || m->data(source, Qt::ToolTipRole).toString().contains(m_needle, Qt::CaseInsensitive);
}

} // namespace dateline::ui
