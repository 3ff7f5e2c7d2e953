#pragma once

#include "model/article.h"

#include <QAbstractTableModel>
#include <QList>

namespace dateline::ui {

// The article list: one row per article, columns headline, date, source.
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListModel)
public:
    enum Column { Headline, Published, Source, ColumnCount };

    explicit ArticleListModel(QObject *parent = nullptr);

    void setArticles(QList<Article> articles);
    void appendArticles(const QList<Article> &articles);
    const Article &article(int row) const { return m_articles.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Article> m_articles;
};

} // namespace dateline::ui
