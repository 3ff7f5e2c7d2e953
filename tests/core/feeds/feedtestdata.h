#pragma once

#include "feeds/feedrefresher.h"

#include <QByteArray>
#include <QList>

namespace dateline::test {

// An RSS 2.0 feed titled `title` with items numbered first..last, each with
// its own guid, link and text.
QByteArray rssFeed(const QString &title, int first, int last);

// Runs the event loop until the refresher finishes (or 10 s pass) and
// returns every per-feed result it reported.
QList<FeedRefresher::Result> refreshAndWait(FeedRefresher &refresher, const QList<qint64> &feedIds);
// Subscribes and waits for the outcome.
FeedRefresher::Result subscribeAndWait(FeedRefresher &refresher, const QUrl &url, const QString &folder = {});

} // namespace dateline::test
