#include "feedtestdata.h"

#include <QEventLoop>
#include <QTimer>

namespace dateline::test {

QByteArray rssFeed(const QString &title, int first, int last)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                                 "<title>%1</title><link>http://desk.example.org/</link>")
                      .arg(title);
    for (int i = first; i <= last; ++i) {
        xml += QStringLiteral("<item><title>Envoy statement %1</title>"
                              "<link>http://desk.example.org/story/%1</link><guid>story-%1</guid>"
                              "<pubDate>Tue, 10 Jun 2025 14:05:00 GMT</pubDate>"
                              "<description>The foreign minister said talks number %1 would resume on "
                              "Monday in France.</description></item>")
                   .arg(i);
    }
    xml += QStringLiteral("</channel></rss>\n");
    return xml.toUtf8();
}

QList<FeedRefresher::Result> refreshAndWait(FeedRefresher &refresher, const QList<qint64> &feedIds)
{
    QList<FeedRefresher::Result> results;
    QEventLoop loop;
    const auto collected = QObject::connect(&refresher, &FeedRefresher::feedRefreshed,
                                            [&results](const FeedRefresher::Result &r) { results << r; });
    const auto done = QObject::connect(&refresher, &FeedRefresher::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    refresher.refresh(feedIds);
    loop.exec();
    QObject::disconnect(collected);
    QObject::disconnect(done);
    return results;
}

FeedRefresher::Result subscribeAndWait(FeedRefresher &refresher, const QUrl &url, const QString &folder)
{
    FeedRefresher::Result result;
    result.error = QStringLiteral("no answer within 10 s");
    QEventLoop loop;
    const auto done = QObject::connect(&refresher, &FeedRefresher::subscribed, &loop,
                                       [&result, &loop](const FeedRefresher::Result &r) {
                                           result = r;
                                           loop.quit();
                                       });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    refresher.subscribe(url, folder);
    loop.exec();
    QObject::disconnect(done);
    return result;
}

} // namespace dateline::test
