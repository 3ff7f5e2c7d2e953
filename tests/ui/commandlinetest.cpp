#include "testpaths.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

namespace {

// Runs the desktop app with no display at all: --version and --help must
// answer without one.
struct AppRun
{
    bool normalExit = false;
    int exitCode = -1;
    QString out;
};

AppRun runApp(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DATELINE_APP), arguments);
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit, p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
}

} // namespace

TEST(DesktopCommandLine, VersionAnswersWithoutDisplay)
{
    const AppRun r = runApp({QStringLiteral("--version")});
    EXPECT_TRUE(r.normalExit);
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("dateline %1").arg(QStringLiteral(DATELINE_VERSION)));
}

TEST(DesktopCommandLine, HelpNamesTheProgramAndItsArguments)
{
    const AppRun r = runApp({QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("dateline [options] [paths...]"))) << r.out;
}
