#include "articlelistmodel.h"

#include "countryflag.h"
#include "extract/extractor.h"
#include "itemroles.h"
#include "libraryreader.h"

#include <QFileInfo>
#include <QUrl>

namespace dateline::ui {

namespace {

// "https://www.example.org/x" -> "example.org"; empty when not a web address.
QString domainOf(const QString &address)
{
    const QUrl url(address);
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return {};
    QString host = url.host();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host;
}

} // namespace

QString ArticleListModel::publication(const ArticleRow &row)
{
    if (!row.feed.isEmpty())
        return row.feed;
    if (!row.agency.isEmpty())
        return row.agency;
    if (const QString domain = domainOf(row.link); !domain.isEmpty())
        return domain;
    if (const QString domain = domainOf(row.source); !domain.isEmpty())
        return domain;
    return QFileInfo(row.source).fileName();
}

ArticleListModel::ArticleListModel(LibraryReader *reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{
    connect(m_reader, &LibraryReader::rowsFetched, this, &ArticleListModel::onRowsFetched);
}

void ArticleListModel::refresh()
{
    ++m_generation;
    m_fetching = true;
    m_reader->fetchRows(m_generation, m_query, 0, kPageSize);
    Q_EMIT busyChanged(true);
}

void ArticleListModel::setQuickFilter(const QString &text)
{
    if (text == m_query.filter)
        return;
    m_query.filter = text;
    refresh();
}

void ArticleListModel::setScope(ArticleQuery::Scope scope, const QString &value)
{
    if (scope == m_query.scope && value == m_query.scopeValue)
        return;
    m_query.scope = scope;
    m_query.scopeValue = value;
    refresh();
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    const bool descending = order == Qt::DescendingOrder;
    if (column == m_query.sortColumn && descending == m_query.descending)
        return;
    m_query.sortColumn = column;
    m_query.descending = descending;
    refresh();
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_rows.size() < m_total;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    m_reader->fetchRows(m_generation, m_query, int(m_rows.size()), kPageSize);
}

void ArticleListModel::onRowsFetched(quint64 generation, int offset, const QList<ArticleRow> &rows, qint64 total)
{
    if (generation != m_generation)
        return; // a page of a query that was replaced
    m_fetching = false;
    if (offset == 0) {
        beginResetModel();
        m_rows = rows;
        m_total = total;
        endResetModel();
        Q_EMIT busyChanged(false);
        Q_EMIT refreshed();
        return;
    }
    if (offset != m_rows.size() || rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    endInsertRows();
}

int ArticleListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
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
    const ArticleRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Headline:
            return row.headline.isEmpty() ? QFileInfo(row.source).fileName() : row.headline;
        case Published:
            return row.published.left(10);
        case Source:
            return publication(row);
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
            return row.published; // ISO 8601 sorts as text
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
            return row.standfirst.isEmpty() ? row.headline : row.standfirst;
        case Source:
            return row.link.isEmpty() ? row.source : row.link;
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
    case CountryCodesRole:
        return index.column() == Countries ? QVariant(row.countries) : QVariant();
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
