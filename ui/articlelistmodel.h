#pragma once

#include "model/article.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace dateline::ui {

// The article list: one row per article, columns headline, date, source,
// speakers and countries. Kept in memory for now; a library-backed model can
// take its place behind the same QAbstractItemModel interface.
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListModel)
public:
    enum Column { Headline, Published, Source, Speakers, Countries, ColumnCount };

    explicit ArticleListModel(QObject *parent = nullptr);

    void setArticles(const QList<Article> &articles);
    void appendArticles(const QList<Article> &articles);
    const Article &article(int row) const { return m_rows.at(row).article; }
    // Content hashes of every article, so imports can report duplicates.
    QSet<QString> contentHashes() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // An article with what its columns show, worked out once.
    struct Row
    {
        Article article;
        QString hash;
        QStringList speakers; // distinct, in order of first statement
        QStringList countries; // distinct codes, most mentioned first
    };
    static Row makeRow(const Article &article);

    QList<Row> m_rows;
};

} // namespace dateline::ui
