#include "monthchart.h"

#include <QDate>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace dateline::ui {

namespace {

QDate monthDate(const QString &month)
{
    return QDate::fromString(month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
}

} // namespace

MonthChart::MonthChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_Hover);
    setAccessibleName(tr("Statements per month"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void MonthChart::setMonths(const QList<MonthCount> &months)
{
    m_months.clear();
    m_max = 0;
    m_hovered = -1;
    QList<MonthCount> dated;
    for (const MonthCount &m : months) {
        if (monthDate(m.month).isValid())
            dated << m;
    }
    std::sort(dated.begin(), dated.end(), [](const MonthCount &a, const MonthCount &b) { return a.month < b.month; });
    if (!dated.isEmpty()) {
        const QDate last = monthDate(dated.last().month);
        qsizetype next = 0;
        // Bounded by the data: at most one slot per month between two dates
        // the library holds.
        for (QDate d = monthDate(dated.first().month); d <= last; d = d.addMonths(1)) {
            const QString key = d.toString(QStringLiteral("yyyy-MM"));
            int count = 0;
            if (next < dated.size() && dated[next].month == key)
                count = dated[next++].count;
            m_months.append({key, count});
            m_max = std::max(m_max, count);
        }
    }
    setToolTip(m_months.isEmpty() ? tr("No dated statements") : QString());
    update();
}

void MonthChart::setSelectedMonth(const QString &month)
{
    m_selected = month;
    update();
}

QSize MonthChart::sizeHint() const
{
    return {360, fontMetrics().height() * 5};
}

QSize MonthChart::minimumSizeHint() const
{
    return {120, fontMetrics().height() * 4};
}

QRect MonthChart::plotRect() const
{
    const int text = fontMetrics().height();
    // Room for the scale above and the year labels below.
    return rect().adjusted(4, text + 2, -4, -(text + 4));
}

QRect MonthChart::slotRect(int i) const
{
    if (i < 0 || i >= m_months.size())
        return {};
    const QRect plot = plotRect();
    const int n = int(m_months.size());
    const int left = plot.left() + int(qint64(plot.width()) * i / n);
    const int right = plot.left() + int(qint64(plot.width()) * (i + 1) / n);
    return QRect(QPoint(left, plot.top()), QPoint(std::max(left, right - 1), plot.bottom()));
}

int MonthChart::monthAt(const QPoint &pos) const
{
    const QRect plot = plotRect();
    if (m_months.isEmpty() || pos.x() < plot.left() || pos.x() > plot.right() || pos.y() < 0 || pos.y() > height())
        return -1;
    const int n = int(m_months.size());
    const int i = int(qint64(pos.x() - plot.left()) * n / std::max(1, plot.width()));
    return std::clamp(i, 0, n - 1);
}

QString MonthChart::label(int i) const
{
    const MonthCount &m = m_months.at(i);
    const QString month = QLocale().toString(monthDate(m.month), QStringLiteral("MMMM yyyy"));
    return m.count == 1 ? tr("%1: 1 statement").arg(month) : tr("%1: %2 statements").arg(month).arg(m.count);
}

bool MonthChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = monthAt(help->pos());
        if (i >= 0)
            QToolTip::showText(help->globalPos(), label(i), this, slotRect(i));
        else if (!toolTip().isEmpty())
            QToolTip::showText(help->globalPos(), toolTip(), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void MonthChart::mouseMoveEvent(QMouseEvent *event)
{
    const int i = monthAt(event->position().toPoint());
    if (i != m_hovered) {
        m_hovered = i;
        setCursor(i >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void MonthChart::leaveEvent(QEvent *event)
{
    m_hovered = -1;
    update();
    QWidget::leaveEvent(event);
}

void MonthChart::mousePressEvent(QMouseEvent *event)
{
    const int i = monthAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || i < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QString month = m_months.at(i).month;
    setSelectedMonth(month == m_selected ? QString() : month);
    Q_EMIT monthClicked(m_selected);
}

void MonthChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QRect plot = plotRect();
    QColor muted = pal.color(QPalette::Text);
    muted.setAlphaF(0.55f);
    if (m_months.isEmpty()) {
        p.setPen(muted);
        p.drawText(rect(), Qt::AlignCenter, tr("No dated statements"));
        return;
    }

    // Scale: the largest month's count, and a baseline.
    p.setPen(muted);
    p.drawText(QRect(plot.left(), 0, plot.width(), plot.top()), Qt::AlignLeft | Qt::AlignVCenter,
               tr("max %1 a month").arg(m_max));
    p.drawLine(plot.bottomLeft() + QPoint(0, 1), plot.bottomRight() + QPoint(0, 1));

    const QColor bar = pal.color(QPalette::Highlight);
    QColor faded = bar;
    faded.setAlphaF(m_selected.isEmpty() ? 0.85f : 0.35f);
    const QColor hover = bar.lighter(130);
    const int n = int(m_months.size());
    const int gap = plot.width() / n >= 4 ? 1 : 0;
    for (int i = 0; i < n; ++i) {
        const QRect slot = slotRect(i);
        const int count = m_months.at(i).count;
        const bool selected = m_months.at(i).month == m_selected;
        if (selected) {
            QColor band = bar;
            band.setAlphaF(0.15f);
            p.fillRect(slot, band);
        }
        if (count == 0)
            continue;
        const int h = std::max(2, int(qint64(plot.height()) * count / std::max(1, m_max)));
        const QRect r(slot.left() + gap, plot.bottom() - h + 1, std::max(1, slot.width() - 2 * gap), h);
        p.fillRect(r, i == m_hovered ? hover : selected ? bar : faded);
    }

    // Year labels under the first slot of each year, as room allows.
    p.setPen(muted);
    const QFontMetrics fm = fontMetrics();
    int lastRight = -1000;
    for (int i = 0; i < n; ++i) {
        const QString &month = m_months.at(i).month;
        if (i != 0 && !month.endsWith(QStringLiteral("-01")))
            continue;
        const QString year = month.left(4);
        const int x = slotRect(i).left();
        if (x < lastRight + 6)
            continue;
        const QRect text(x, plot.bottom() + 3, fm.horizontalAdvance(year) + 2, fm.height());
        p.drawText(text, Qt::AlignLeft | Qt::AlignTop, year);
        lastRight = text.right();
    }
}

} // namespace dateline::ui
