#pragma once

#include <QHash>
#include <QPixmap>
#include <QStyledItemDelegate>

namespace dateline::ui {

// Paints a cell's flags (the ISO codes of CountryCodesRole) from pixmaps
// drawn once per flag and size. Drawing colour emoji text scales a large
// bitmap glyph every time: with five flags a row, repainting a scrolled
// article list took hundreds of milliseconds (dateline-ui-perf --trace);
// blitting cached pixmaps takes a few.
class FlagDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagDelegate)
public:
    explicit FlagDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // One flag, height pixels high (device-independent), for the display's ratio.
    QPixmap flag(const QString &code, int height, qreal ratio, const QFont &font) const;

private:
    mutable QHash<QString, QPixmap> m_cache;
};

} // namespace dateline::ui
