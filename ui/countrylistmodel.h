#pragma once

#include "model/extraction.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace dateline::ui {

// The countries an article mentions: flag and name, number of mentions, most
// mentioned first. Each row knows the reader ids of its mentions.
class CountryListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountryListModel)
public:
    enum Column { Country, Mentions, ColumnCount };

    explicit CountryListModel(QObject *parent = nullptr);

    void setExtraction(const Extraction &extraction);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString code;
        QString label; // flag and name
        QStringList elementIds; // "c3", in document order
        QStringList surfaces; // distinct surface forms ("Russia", "Moscow")
    };

    QList<Row> m_rows;
};

} // namespace dateline::ui
