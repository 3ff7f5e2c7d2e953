#include "ambassadorlistmodel.h"

#include "countryflag.h"
#include "extract/extractor.h"
#include "itemroles.h"

#include <QRegularExpression>

#include <algorithm>

namespace dateline::ui {

AmbassadorListModel::AmbassadorListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AmbassadorListModel::setExtraction(const Extraction &extraction)
{
    beginResetModel();
    m_rows.clear();
    for (qsizetype i = 0; i < extraction.ambassadors.size(); ++i)
        m_rows.append({int(i), extraction.ambassadors[i]});
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return std::pair(a.mention.paragraph, a.mention.start) < std::pair(b.mention.paragraph, b.mention.start);
    });
    endResetModel();
}

int AmbassadorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AmbassadorListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AmbassadorListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const AmbassadorMention &m = row.mention;
    const auto countries = [&m] {
        const QString sending = m.country.isEmpty() ? QStringLiteral("?") : CountryFlag::label(m.country);
        const QString host = m.host.isEmpty() ? QStringLiteral("?") : CountryFlag::label(m.host);
        return QStringLiteral("%1 → %2").arg(sending, host);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Countries:
            return countries();
        case Name:
            return m.name;
        case Role:
            return m.role;
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        // The role and the words of the article, for a panel too narrow
        // to show every column.
        const QStringList who = QStringList {m.name, m.role}.filter(QRegularExpression(QStringLiteral("\\S")));
        return who.isEmpty() ? m.text : QStringLiteral("%1\n“%2”").arg(who.join(QStringLiteral(", ")), m.text);
    }
    case Qt::AccessibleTextRole:
        if (index.column() == Countries)
            return tr("from %1 to %2")
                .arg(m.country.isEmpty() ? tr("unknown") : Extractor::countryName(m.country),
                     m.host.isEmpty() ? tr("unknown") : Extractor::countryName(m.host));
        return data(index, Qt::DisplayRole);
    case ElementIdRole:
        return QStringLiteral("a%1").arg(row.id);
    default:
        return {};
    }
}

QVariant AmbassadorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Countries:
        return tr("Sending → host");
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    default:
        return {};
    }
}

} // namespace dateline::ui
