#include "elidedtextdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>

namespace dateline::ui {

ElidedTextDelegate::ElidedTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_lines(kCachedLines)
{
}

const QStaticText &ElidedTextDelegate::line(const QString &text, int width, const QFont &font) const
{
    if (font != m_font) {
        m_lines.clear();
        m_font = font;
    }
    // The width goes first: it cannot be confused with the start of a text.
    const QString key = QString::number(width) + QLatin1Char('|') + text;
    if (QStaticText *cached = m_lines.object(key))
        return *cached;
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    auto *laidOut = new QStaticText(QFontMetrics(font).elidedText(flat, Qt::ElideRight, width));
    laidOut->setTextFormat(Qt::PlainText);
    laidOut->setPerformanceHint(QStaticText::AggressiveCaching);
    laidOut->prepare(QTransform(), font);
    m_lines.insert(key, laidOut);
    return *laidOut;
}

void ElidedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear(); // the style draws background, selection and focus only
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    // The stock delegate's text margin.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = opt.rect.adjusted(margin, 0, -margin, 0);
    if (area.width() <= 0)
        return;
    const QStaticText &laidOut = line(text, area.width(), opt.font);
    const QSizeF size = laidOut.size();
    const qreal x = (opt.displayAlignment & Qt::AlignRight) ? area.right() + 1 - size.width() : area.left();
    const qreal y = area.top() + (area.height() - size.height()) / 2;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Active
                                                                            : QPalette::Inactive;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->drawStaticText(QPointF(x, y), laidOut);
    painter->restore();
}

} // namespace dateline::ui
