// GoogleTest main for ui suites: a QApplication, offscreen unless a display
// is set up (ctest sets QT_QPA_PLATFORM=offscreen), with WebEngine's flags.
#include "webenginesetup.h"

#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    dateline::ui::prepareWebEngineEnvironment();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DatelineTests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
