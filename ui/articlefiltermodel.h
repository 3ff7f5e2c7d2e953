#pragma once

#include <QSortFilterProxyModel>

namespace dateline::ui {

// Sorts the article list and narrows it to the articles whose headline or
// source contains what the user typed in the quick filter.
class ArticleFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleFilterModel)
public:
    explicit ArticleFilterModel(QObject *parent = nullptr);

    // Plain text, matched case-insensitively anywhere in headline or source.
    void setQuickFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_needle;
};

} // namespace dateline::ui
