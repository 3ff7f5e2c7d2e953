#include "articlelistmodel.h"

#include "countryflag.h"
#include "extract/extractor.h"
#include "itemroles.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace dateline::ui {

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ArticleListModel::Row ArticleListModel::makeRow(const Article &article)
{
    Row row {article, article.contentHash(), {}, {}};
    for (const Statement &s : article.extraction.statements) {
        if (!s.speaker.isEmpty() && !row.speakers.contains(s.speaker))
            row.speakers << s.speaker;
    }
    QHash<QString, int> counts;
    for (const CountryMention &m : article.extraction.countries) {
        if (!counts.contains(m.code))
            row.countries << m.code;
        ++counts[m.code];
    }
    std::stable_sort(row.countries.begin(), row.countries.end(),
                     [&counts](const QString &a, const QString &b) { return counts.value(a) > counts.value(b); });
    return row;
}

void ArticleListModel::setArticles(const QList<Article> &articles)
{
    beginResetModel();
    m_rows.clear();
    for (const Article &a : articles)
        m_rows << makeRow(a);
    endResetModel();
}

void ArticleListModel::appendArticles(const QList<Article> &articles)
{
    if (articles.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + articles.size() - 1));
    for (const Article &a : articles)
        m_rows << makeRow(a);
    endInsertRows();
}

QSet<QString> ArticleListModel::contentHashes() const
{
    QSet<QString> hashes;
    for (const Row &r : m_rows)
        hashes.insert(r.hash);
    return hashes;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Article &a = row.article;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Headline:
            return a.headline.isEmpty() ? QFileInfo(a.source).fileName() : a.headline;
        case Published:
            return a.published.left(10);
        case Source:
            return a.agency.isEmpty() ? QFileInfo(a.source).fileName() : a.agency;
        case Speakers:
            return row.speakers.isEmpty() ? QVariant() : QVariant(int(row.speakers.size()));
        case Countries: {
            QStringList flags;
            for (const QString &code : row.countries)
                flags << CountryFlag::emoji(code);
            flags.removeAll(QString());
            return flags.join(QString());
        }
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Published:
            return a.published; // ISO 8601 sorts as text
        case Speakers:
            return int(row.speakers.size());
        case Countries:
            return int(row.countries.size());
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Headline:
            return a.standfirst.isEmpty() ? a.headline : a.standfirst;
        case Source:
            return a.source;
        case Speakers:
            return row.speakers.join(QLatin1Char('\n'));
        case Countries: {
            QStringList names;
            for (const QString &code : row.countries)
                names << Extractor::countryName(code);
            return names.join(QLatin1Char('\n'));
        }
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Speakers)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Headline:
            return tr("Headline");
        case Published:
            return tr("Date");
        case Source:
            return tr("Source");
        case Speakers:
            return tr("Speakers");
        case Countries:
            return tr("Countries");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Speakers:
            return tr("Number of people and organisations quoted");
        case Countries:
            return tr("Countries the story mentions, most mentioned first");
        default:
            return {};
        }
    }
    return {};
}

} // namespace dateline::ui
