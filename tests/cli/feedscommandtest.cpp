// dateline-cli feeds against a server on 127.0.0.1: subscribe, list,
// refresh with conditional GET, OPML out and in with folders, remove, and
// the exit codes of usage errors and failures.
#include "clirun.h"
#include "httptestserver.h"
#include "testpaths.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using dateline::test::CliRun;
using dateline::test::HttpTestServer;
using dateline::test::runCli;

namespace {

QByteArray rss(int items)
{
    QByteArray xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Foreign Desk</title>";
    for (int i = 1; i <= items; ++i)
        xml += "<item><title>Minister " + QByteArray::number(i) + "</title><guid>m-" + QByteArray::number(i)
            + "</guid><description>The minister said talks " + QByteArray::number(i)
            + " went well.</description></item>";
    return xml + "</channel></rss>";
}

QJsonArray listedFeeds(const QString &db)
{
    const CliRun r = runCli(
        {QStringLiteral("feeds"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("feeds")).toArray();
}

} // namespace

TEST(CliFeeds, SubscribeRefreshExportImportRemove)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("library.sqlite"));
    HttpTestServer server;
    ASSERT_TRUE(server.listen());
    server.route("/desk.xml", [](const HttpTestServer::Request &req) {
        HttpTestServer::Response r;
        if (req.header("If-None-Match") == "\"d1\"") {
            r.status = 304;
            return r;
        }
        r.headers << qMakePair(QByteArray("ETag"), QByteArray("\"d1\""));
        r.body = rss(3);
        return r;
    });
    const QString feedUrl = server.url("/desk.xml").toString();

    CliRun r = runCli({QStringLiteral("feeds"), QStringLiteral("add"), feedUrl, QStringLiteral("--folder"),
                       QStringLiteral("Wires"), QStringLiteral("--interval"), QStringLiteral("90"),
                       QStringLiteral("--db"), db});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("subscribed 1: Foreign Desk")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("3 articles imported")) << r.out.toStdString();

    QJsonArray feeds = listedFeeds(db);
    ASSERT_EQ(feeds.size(), 1);
    EXPECT_EQ(feeds[0].toObject().value(QStringLiteral("url")).toString(), feedUrl);
    EXPECT_EQ(feeds[0].toObject().value(QStringLiteral("folder")).toString(), QStringLiteral("Wires"));
    EXPECT_EQ(feeds[0].toObject().value(QStringLiteral("unread")).toInt(), 3);
    EXPECT_EQ(feeds[0].toObject().value(QStringLiteral("interval_minutes")).toInt(), 90);

    r = runCli({QStringLiteral("feeds"), QStringLiteral("refresh"), QStringLiteral("--db"), db});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("not modified")) << r.out.toStdString();
    ASSERT_GE(server.requestsFor("/desk.xml").size(), 2);
    EXPECT_EQ(server.requestsFor("/desk.xml").last().header("If-None-Match"), QByteArray("\"d1\""));

    const QString opml = dir.filePath(QStringLiteral("feeds.opml"));
    r = runCli({QStringLiteral("feeds"), QStringLiteral("export-opml"), opml, QStringLiteral("--db"), db});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    r = runCli({QStringLiteral("feeds"), QStringLiteral("remove"), QStringLiteral("1"), QStringLiteral("--db"), db});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(listedFeeds(db).isEmpty());
    r = runCli({QStringLiteral("feeds"), QStringLiteral("remove"), QStringLiteral("1"), QStringLiteral("--db"), db});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("there is no feed 1")) << r.err.toStdString();

    r = runCli({QStringLiteral("feeds"), QStringLiteral("import-opml"), opml, QStringLiteral("--db"), db});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("imported 1 feeds")) << r.out.toStdString();
    feeds = listedFeeds(db);
    ASSERT_EQ(feeds.size(), 1);
    EXPECT_EQ(feeds[0].toObject().value(QStringLiteral("folder")).toString(), QStringLiteral("Wires"));
    EXPECT_EQ(feeds[0].toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Foreign Desk"));
    // The articles stayed when the feed went; the new subscription has none yet.
    EXPECT_EQ(feeds[0].toObject().value(QStringLiteral("articles")).toInt(), 0);
}

TEST(CliFeeds, FailuresAndUsageErrorsHaveTheirExitCodes)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("library.sqlite"));
    HttpTestServer server;
    ASSERT_TRUE(server.listen());
    HttpTestServer::Response broken;
    broken.status = 500;
    server.route("/broken.xml", broken);

    for (const QStringList &args :
         {QStringList {QStringLiteral("feeds")}, QStringList {QStringLiteral("feeds"), QStringLiteral("subscribe")},
          QStringList {QStringLiteral("feeds"), QStringLiteral("add")},
          QStringList {QStringLiteral("feeds"), QStringLiteral("remove"), QStringLiteral("x")},
          QStringList {QStringLiteral("feeds"), QStringLiteral("list"), QStringLiteral("y")},
          QStringList {QStringLiteral("feeds"), QStringLiteral("add"), QStringLiteral("u"),
                       QStringLiteral("--interval"), QStringLiteral("0")},
          QStringList {QStringLiteral("feeds"), QStringLiteral("refresh"), QStringLiteral("--timeout"),
                       QStringLiteral("soon")}}) {
        const CliRun r = runCli(args + QStringList {QStringLiteral("--db"), db});
        EXPECT_EQ(r.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains("feeds")) << r.err.toStdString();
    }

    CliRun r = runCli({QStringLiteral("feeds"), QStringLiteral("add"), server.url("/broken.xml").toString(),
                       QStringLiteral("--db"), db});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("HTTP 500")) << r.err.toStdString();

    const QString bad = dir.filePath(QStringLiteral("bad.opml"));
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("<rss version=\"2.0\"/>");
    file.close();
    r = runCli({QStringLiteral("feeds"), QStringLiteral("import-opml"), bad, QStringLiteral("--db"), db});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("not an OPML file")) << r.err.toStdString();
}
