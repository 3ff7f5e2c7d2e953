#include "countrylistmodel.h"

#include "countryflag.h"
#include "itemroles.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace dateline::ui {

CountryListModel::CountryListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CountryListModel::setExtraction(const Extraction &extraction)
{
    beginResetModel();
    m_rows.clear();
    const QList<CountryMention> &mentions = extraction.countries;
    // Mention ids are list indices; walking them in document order makes
    // "next mention" go down the page.
    QList<int> order(mentions.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&mentions](int a, int b) {
        return std::pair(mentions[a].paragraph, mentions[a].start)
            < std::pair(mentions[b].paragraph, mentions[b].start);
    });
    QHash<QString, int> rowOf;
    for (const int i : order) {
        const CountryMention &m = mentions[i];
        if (!rowOf.contains(m.code)) {
            rowOf.insert(m.code, int(m_rows.size()));
            m_rows.append({m.code, CountryFlag::label(m.code), {}, {}});
        }
        Row &row = m_rows[rowOf.value(m.code)];
        row.elementIds << QStringLiteral("c%1").arg(i);
        if (!row.surfaces.contains(m.text))
            row.surfaces << m.text;
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.elementIds.size() > b.elementIds.size(); });
    endResetModel();
}

int CountryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CountryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountryListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Country ? QVariant(row.label) : QVariant(int(row.elementIds.size()));
    case Qt::ToolTipRole:
        return tr("%1 (%2): %3").arg(row.label, row.code, row.surfaces.join(QStringLiteral(", ")));
    case Qt::TextAlignmentRole:
        return index.column() == Mentions ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case ElementIdRole:
        return row.elementIds.value(0);
    case ElementIdsRole:
        return row.elementIds;
    case SortRole:
        return index.column() == Country ? QVariant(row.label) : QVariant(int(row.elementIds.size()));
    default:
        return {};
    }
}

QVariant CountryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Country ? tr("Country") : tr("Mentions");
}

} // namespace dateline::ui
