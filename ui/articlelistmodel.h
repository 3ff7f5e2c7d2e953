#pragma once

#include "articlerow.h"

#include <QAbstractTableModel>
#include <QList>

namespace dateline::ui {

class LibraryReader;

// The article list, read from the library page by page as the view scrolls
// (canFetchMore/fetchMore), so a library of 100,000 articles costs only the
// rows seen. Sorting and the quick filter query the library again; pages
// arrive from the reader thread and a page of an outdated query is dropped.
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListModel)
public:
    enum Column { Headline, Published, Source, Speakers, Countries, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit ArticleListModel(LibraryReader *reader, QObject *parent = nullptr);

    // What the Source column shows: the title of the subscribed feed the
    // article came from, else the agency or publication (site name), else
    // the domain of the article's link or address, else the file name.
    static QString publication(const ArticleRow &row);

    // Queries the library again from the first page (after an import).
    void refresh();
    // Plain text, matched case-insensitively in headline, agency or source.
    void setQuickFilter(const QString &text);
    // The library pane's choice: all articles, one source, one country, ...
    void setScope(dateline::ui::ArticleQuery::Scope scope, const QString &value);
    const ArticleQuery &query() const { return m_query; }
    qint64 articleId(int row) const { return m_rows.value(row).id; }
    // The row of an article among those loaded, -1 when not loaded.
    int rowOf(qint64 id) const;
    // Articles matching the query, loaded or not.
    qint64 total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // The first page of a new query is in (the model was reset).
    void refreshed();
    // A new query went to the library (true) or its first page is in (false).
    void busyChanged(bool busy);

private:
    void onRowsFetched(quint64 generation, int offset, const QList<ArticleRow> &rows, qint64 total);

    LibraryReader *m_reader;
    ArticleQuery m_query;
    QList<ArticleRow> m_rows;
    qint64 m_total = 0;
    quint64 m_generation = 0;
    bool m_fetching = false;
};

} // namespace dateline::ui
