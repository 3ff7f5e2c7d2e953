#include "elidedtextdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace dateline::ui {

ElidedTextDelegate::ElidedTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_lines(kCachedLines)
{
}

QString ElidedTextDelegate::markedLine(const QString &marked, int width, const QFont &font)
{
    QString plain;
    plain.reserve(marked.size());
    QList<bool> bold;
    bold.reserve(marked.size());
    bool inMatch = false;
    for (const QChar c : marked) {
        if (c == QChar(kMatchOpen) || c == QChar(kMatchClose)) {
            inMatch = c == QChar(kMatchOpen);
            continue;
        }
        plain += c;
        bold << inMatch;
    }
    // Elided as if all bold, so the bold words never push the line past
    // the cell.
    QFont boldFont = font;
    boldFont.setBold(true);
    const QString elided = QFontMetrics(boldFont).elidedText(plain, Qt::ElideRight, width);
    const bool cut = elided != plain && !elided.isEmpty();
    const qsizetype kept = cut ? std::min(elided.size() - 1, plain.size()) : (elided.isEmpty() ? 0 : plain.size());
    QString html;
    bool open = false;
    for (qsizetype i = 0; i < kept; ++i) {
        if (bold.at(i) != open) {
            html += open ? QLatin1String("</b>") : QLatin1String("<b>");
            open = !open;
        }
        html += QString(plain.at(i)).toHtmlEscaped();
    }
    if (open)
        html += QLatin1String("</b>");
    if (cut)
        html += QChar(0x2026);
    // Rich text would collapse runs of spaces; the cell shows them as typed.
    return QLatin1String("<span style=\"white-space:pre\">") + html + QLatin1String("</span>");
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
    const bool marked = flat.contains(QChar(kMatchOpen));
    auto *laidOut = new QStaticText(marked ? markedLine(flat, width, font)
                                           : QFontMetrics(font).elidedText(flat, Qt::ElideRight, width));
    laidOut->setTextFormat(marked ? Qt::RichText : Qt::PlainText);
    // Without a width rich text wraps at the document's default page width;
    // the elided line fits the cell, the slack only absorbs rounding.
    if (marked)
        laidOut->setTextWidth(width + 8);
    laidOut->setPerformanceHint(QStaticText::AggressiveCaching);
    laidOut->prepare(QTransform(), font);
    m_lines.insert(key, laidOut);
    return *laidOut;
}

void ElidedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString marked = index.data(MarkedTextRole).toString();
    const QString text = marked.isEmpty() ? opt.text : marked;
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
