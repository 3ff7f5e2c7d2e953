// The list's busy bar: hidden for quick answers, shown for slow ones,
// gone when the answer is in.
#include "busybar.h"
#include "uitestsupport.h"

#include <QElapsedTimer>
#include <QWidget>

#include <gtest/gtest.h>

using namespace dateline;

TEST(BusyBarTest, ShowsOnlyWhenTheWaitOutlastsTheDelay)
{
    QWidget window;
    auto *bar = new ui::BusyBar(&window);
    window.show();
    bar->setBusy(true);
    EXPECT_FALSE(bar->isVisible());
    // A quick answer: never seen.
    bar->setBusy(false);
    QElapsedTimer t;
    t.start();
    test::waitUntil([&t] { return t.elapsed() > ui::BusyBar::kDelayMs * 2; });
    EXPECT_FALSE(bar->isVisible());
    // A slow one: seen after the delay, hidden when it is in.
    bar->setBusy(true);
    EXPECT_TRUE(test::waitUntil([bar] { return bar->isVisible(); }, 3000));
    bar->setBusy(true); // still busy: stays
    EXPECT_TRUE(bar->isVisible());
    bar->setBusy(false);
    EXPECT_FALSE(bar->isVisible());
}
