#pragma once

// dateline-cli run the way a user runs it, for the suites in this folder.
// DATELINE_CLI (the binary's path) is defined by each suite's CMake target.

#include <QByteArray>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTimer>

#include <gtest/gtest.h>

namespace dateline::test {

struct CliRun
{
    int exitCode = -1; // -1 when it crashed or did not finish in time
    QByteArray out;
    QByteArray err;
};

// The caller's environment without DATELINE_DB, so a library is named only
// by --db or by what a test sets on purpose.
inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DATELINE_DB"));
    return env;
}

// Waits in an event loop rather than blocking, so servers a test runs on
// this thread answer the CLI while it runs.
inline CliRun runCli(const QStringList &args, const QProcessEnvironment &env = cliEnvironment(), int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    p.start(QStringLiteral(DATELINE_CLI), args);
    p.closeWriteChannel();
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    CliRun r;
    if (p.state() != QProcess::NotRunning) {
        ADD_FAILURE() << "dateline-cli did not finish within " << timeoutMs << " ms";
        p.kill();
        p.waitForFinished();
    } else if (p.exitStatus() == QProcess::NormalExit && p.error() != QProcess::FailedToStart) {
        r.exitCode = p.exitCode();
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// What --json printed, as an object; a parse error fails the test.
inline QJsonObject jsonOf(const CliRun &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString() << r.err.toStdString();
    return doc.object();
}

} // namespace dateline::test
