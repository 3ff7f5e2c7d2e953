#pragma once

#include "model/extraction.h"

#include <QAbstractItemModel>
#include <QList>

namespace dateline::ui {

// The article's statements grouped by speaker: one top-level row per
// speaker (with the reader's colour for them), their statements beneath.
class QuoteTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteTreeModel)
public:
    explicit QuoteTreeModel(QObject *parent = nullptr);

    void setExtraction(const Extraction &extraction);
    // Swatches follow the reader, which tints differently on dark pages.
    void setDarkTheme(bool dark);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Speaker
    {
        QString name;
        int colourSlot = 0;
        QList<int> statements; // indices into m_statements, in document order
    };

    QList<Statement> m_statements;
    QList<Speaker> m_speakers;
    bool m_dark = false;
};

} // namespace dateline::ui
