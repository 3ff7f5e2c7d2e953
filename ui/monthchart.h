#pragma once

#include "library/speakertimeline.h"

#include <QWidget>

namespace dateline::ui {

// A small bar chart of statements per month. Months between the first and
// the last without statements get an empty slot, so the axis is time.
// Hovering a bar tells its month and count; clicking it selects the month
// (monthClicked), clicking the selected one again selects none.
class MonthChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonthChart)
public:
    explicit MonthChart(QWidget *parent = nullptr);

    void setMonths(const QList<MonthCount> &months);
    // Every month from the first to the last, gaps filled with zero counts.
    const QList<MonthCount> &months() const { return m_months; }
    void setSelectedMonth(const QString &month);
    QString selectedMonth() const { return m_selected; }
    // The month whose bar slot holds pos, -1 for none.
    int monthAt(const QPoint &pos) const;
    // The slot of month i (the bar grows from its bottom).
    QRect slotRect(int i) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // A bar was clicked: its month, or empty when it was already selected.
    void monthClicked(const QString &month);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QRect plotRect() const;
    QString label(int i) const;

    QList<MonthCount> m_months;
    int m_max = 0;
    int m_hovered = -1;
    QString m_selected;
};

} // namespace dateline::ui
