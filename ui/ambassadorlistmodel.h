#pragma once

#include "model/extraction.h"

#include <QAbstractTableModel>
#include <QList>

namespace dateline::ui {

// The ambassadors and envoys an article mentions: sending → host country,
// the person's name and role, in document order.
class AmbassadorListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AmbassadorListModel)
public:
    enum Column { Countries, Name, Role, ColumnCount };

    explicit AmbassadorListModel(QObject *parent = nullptr);

    void setExtraction(const Extraction &extraction);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int id = 0; // index into the extraction's ambassadors ("a<id>" in the reader)
        AmbassadorMention mention;
    };

    QList<Row> m_rows;
};

} // namespace dateline::ui
