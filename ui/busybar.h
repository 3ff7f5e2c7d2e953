#pragma once

#include <QProgressBar>

class QTimer;

namespace dateline::ui {

// A thin bar that moves while a list waits for the library. It appears only
// when the wait outlasts a moment (a first sort by a non-date column builds
// its keys for seconds at 100,000 articles), so quick answers never flicker.
class BusyBar final : public QProgressBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusyBar)
public:
    static constexpr int kDelayMs = 300;

    explicit BusyBar(QWidget *parent = nullptr);

    // Busy shows the bar after kDelayMs unless not busy comes first.
    void setBusy(bool busy);

private:
    QTimer *m_delay;
};

} // namespace dateline::ui
