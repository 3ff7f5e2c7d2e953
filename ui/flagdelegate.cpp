#include "flagdelegate.h"

#include "countryflag.h"
#include "itemroles.h"

#include <QApplication>
#include <QPainter>

namespace dateline::ui {

FlagDelegate::FlagDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QPixmap FlagDelegate::flag(const QString &code, int height, qreal ratio, const QFont &font) const
{
    const QString key = QStringLiteral("%1/%2/%3").arg(code).arg(height).arg(ratio);
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
        return *it;
    const QString emoji = CountryFlag::emoji(code);
    QPixmap pixmap;
    if (!emoji.isEmpty() && height > 0) {
        QFont f = font;
        f.setPixelSize(height);
        const int width = std::max(1, QFontMetrics(f).horizontalAdvance(emoji));
        pixmap = QPixmap(QSize(width, height) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setFont(f);
        p.drawText(QRect(0, 0, width, height), Qt::AlignCenter, emoji);
    }
    // Bounded: one entry per country and row height in use.
    m_cache.insert(key, pixmap);
    return pixmap;
}

void FlagDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background and selection only; flags follow
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QStringList codes = index.data(CountryCodesRole).toStringList();
    const QRect area = opt.rect.adjusted(3, 2, -3, -2);
    const int height = std::min(area.height(), opt.fontMetrics.height());
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    int x = area.left();
    for (const QString &code : codes) {
        const QPixmap pixmap = flag(code, height, ratio, opt.font);
        if (pixmap.isNull())
            continue;
        const int width = int(pixmap.width() / pixmap.devicePixelRatio());
        if (x + width > area.right() + 1)
            break; // the tooltip names them all
        painter->drawPixmap(x, area.top() + (area.height() - height) / 2, pixmap);
        x += width + 2;
    }
}

} // namespace dateline::ui
