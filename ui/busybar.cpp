#include "busybar.h"

#include <QTimer>

namespace dateline::ui {

BusyBar::BusyBar(QWidget *parent)
    : QProgressBar(parent)
    , m_delay(new QTimer(this))
{
    setRange(0, 0); // indeterminate: the library cannot tell how far it is
    setTextVisible(false);
    setFixedHeight(4);
    // Its place stays when hidden: showing it must not move the list below
    // and lay out and repaint it whole.
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    setAccessibleName(tr("Loading the list"));
    hide();
    m_delay->setSingleShot(true);
    m_delay->setInterval(kDelayMs);
    connect(m_delay, &QTimer::timeout, this, &QWidget::show);
}

void BusyBar::setBusy(bool busy)
{
    if (busy) {
        if (isHidden() && !m_delay->isActive())
            m_delay->start();
        return;
    }
    m_delay->stop();
    hide();
}

} // namespace dateline::ui
