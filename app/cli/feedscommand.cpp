#include "feedscommand.h"

#include "clicommand.h"
#include "commandline.h"
#include "libraryoptions.h"

#include "feeds/feedfetcher.h"
#include "feeds/feedrefresher.h"
#include "feeds/feedstore.h"
#include "feeds/opml.h"
#include "library/libraryerror.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace dateline::cli {

namespace {

const QString kCommand = QStringLiteral("feeds");
// An OPML list of thousands of feeds is well under this.
constexpr qint64 kMaxOpmlBytes = 16 * 1024 * 1024;

int usageError(const QString &message)
{
    printError(QStringLiteral("feeds: %1 (see dateline-cli feeds --help)").arg(message));
    return ExitUsage;
}

bool parseId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0;
}

QString describe(const FeedRefresher::Result &r)
{
    if (!r.ok)
        return QStringLiteral("failed: %1").arg(r.error);
    if (r.notModified)
        return QStringLiteral("not modified");
    return QStringLiteral("%1 new, %2 already stored").arg(r.imported).arg(r.duplicates);
}

QJsonObject toJson(const FeedSubscription &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), f.id);
    o.insert(QStringLiteral("url"), f.url);
    o.insert(QStringLiteral("title"), f.title);
    o.insert(QStringLiteral("folder"), f.folder);
    o.insert(QStringLiteral("site_url"), f.siteUrl);
    o.insert(QStringLiteral("interval_minutes"), f.intervalMinutes);
    o.insert(QStringLiteral("unread"), f.unread);
    o.insert(QStringLiteral("articles"), f.total);
    o.insert(QStringLiteral("last_success"), f.lastSuccess);
    o.insert(QStringLiteral("last_error"), f.lastError);
    o.insert(QStringLiteral("failures"), f.failures);
    o.insert(QStringLiteral("next_due"), f.nextDue);
    return o;
}

int addFeed(Library &library, const QString &address, const QString &folder, int intervalMinutes, int timeoutMs)
{
    const QUrl url = QUrl::fromUserInput(address);
    FeedRefresher refresher(library);
    refresher.fetcher().setTimeout(timeoutMs);
    FeedRefresher::Result result;
    QEventLoop loop;
    QObject::connect(&refresher, &FeedRefresher::subscribed, &loop, [&](const FeedRefresher::Result &r) {
        result = r;
        loop.quit();
    });
    refresher.subscribe(url, folder, intervalMinutes);
    loop.exec();
    if (!result.ok) {
        printError(QStringLiteral("feeds add: %1: %2").arg(url.toDisplayString(), result.error));
        return ExitFailure;
    }
    printOut(QStringLiteral("subscribed %1: %2 <%3>, %4 articles imported, %5 already stored\n")
                 .arg(result.feedId)
                 .arg(result.title, result.url)
                 .arg(result.imported)
                 .arg(result.duplicates)
                 .toUtf8());
    return ExitOk;
}

int listFeeds(Library &library, bool json)
{
    const QList<FeedSubscription> feeds = FeedStore(library.database()).list();
    if (json) {
        QJsonArray array;
        for (const FeedSubscription &f : feeds)
            array.append(toJson(f));
        printOut(QJsonDocument(QJsonObject {{QStringLiteral("feeds"), array}}).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    QString out;
    for (const FeedSubscription &f : feeds) {
        out += QStringLiteral("%1  %2/%3 unread  %4%5  <%6>\n")
                   .arg(f.id, 4)
                   .arg(f.unread)
                   .arg(f.total)
                   .arg(f.folder.isEmpty() ? QString() : f.folder + QStringLiteral(" / "), f.title, f.url);
        if (!f.lastError.isEmpty())
            out += QStringLiteral("      last error (%1 in a row): %2\n").arg(f.failures).arg(f.lastError);
    }
    if (feeds.isEmpty())
        out = QStringLiteral("no feeds (add one with: dateline-cli feeds add URL)\n");
    printOut(out.toUtf8());
    return ExitOk;
}

int refreshFeeds(Library &library, const QList<qint64> &ids, bool dueOnly, int timeoutMs)
{
    FeedRefresher refresher(library);
    refresher.fetcher().setTimeout(timeoutMs);
    int failures = 0;
    int imported = 0;
    int count = 0;
    QEventLoop loop;
    QObject::connect(&refresher, &FeedRefresher::feedRefreshed, &loop, [&](const FeedRefresher::Result &r) {
        ++count;
        if (!r.ok)
            ++failures;
        imported += r.imported;
        const QString line = QStringLiteral("feed %1 <%2>: %3\n").arg(r.feedId).arg(r.url, describe(r));
        if (r.ok)
            printOut(line.toUtf8());
        else
            printError(line.trimmed());
    });
    QObject::connect(&refresher, &FeedRefresher::finished, &loop, &QEventLoop::quit);
    if (!ids.isEmpty())
        refresher.refresh(ids);
    else if (dueOnly)
        refresher.refreshDue();
    else
        refresher.refreshAll();
    loop.exec();
    printOut(QStringLiteral("refreshed %1 feeds: %2 new articles, %3 failed\n")
                 .arg(count)
                 .arg(imported)
                 .arg(failures)
                 .toUtf8());
    return failures == 0 ? ExitOk : ExitFailure;
}

int importOpml(Library &library, const QString &path, const QString &folder)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(QStringLiteral("feeds import-opml: cannot read %1: %2").arg(path, file.errorString()));
        return ExitFailure;
    }
    if (file.size() > kMaxOpmlBytes) {
        printError(QStringLiteral("feeds import-opml: %1 is larger than 16 MB; not an OPML list").arg(path));
        return ExitFailure;
    }
    const Opml::ReadResult list = Opml::read(file.read(kMaxOpmlBytes));
    int known = 0;
    const int added = FeedStore(library.database()).addNew(list.feeds, folder, &known);
    printOut(QStringLiteral("imported %1 feeds from %2 (%3 already subscribed); run 'dateline-cli feeds refresh' to "
                            "download them\n")
                 .arg(added)
                 .arg(path)
                 .arg(known)
                 .toUtf8());
    if (!list.error.isEmpty()) {
        printError(QStringLiteral("feeds import-opml: %1: %2").arg(path, list.error));
        return ExitFailure;
    }
    return ExitOk;
}

int exportOpml(Library &library, const QString &path)
{
    const QByteArray xml = Opml::write(FeedStore(library.database()).list(), QStringLiteral("Dateline subscriptions"));
    if (path == QLatin1String("-")) {
        printOut(xml);
        return ExitOk;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size() || !file.commit()) {
        printError(QStringLiteral("feeds export-opml: cannot write %1: %2").arg(path, file.errorString()));
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace

int runFeeds(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Subscribe to news feeds and keep them imported.\n\n"
        "  add URL              subscribe to a feed, or to the feed a web page links; imports its items\n"
        "  list [--json]        the subscriptions with unread counts and last errors\n"
        "  refresh [ID...]      download new items of the given feeds, or of every feed (--due: only\n"
        "                       those whose interval has passed, for a scheduler)\n"
        "  remove ID            unsubscribe (articles already imported stay in the library)\n"
        "  import-opml FILE     subscribe to every feed of an OPML list, keeping its folders\n"
        "  export-opml FILE     write the subscriptions as OPML ('-' for standard output)"));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("list: print JSON."));
    const QCommandLineOption folder(QStringLiteral("folder"),
                                    QStringLiteral("add, import-opml: put the feeds in this folder."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      QStringLiteral("add: minutes between refreshes (default 30)."),
                                      QStringLiteral("MINUTES"));
    const QCommandLineOption due(QStringLiteral("due"), QStringLiteral("refresh: only feeds that are due."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Seconds without data before a download is given up (default 30)."),
                                     QStringLiteral("SECONDS"));
    parser.addOptions({db, json, folder, interval, due, timeout});
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 QStringLiteral("add, list, refresh, remove, import-opml or export-opml."));
    bool helpShown = false;
    if (!parseArguments(parser, kCommand, arguments, &helpShown))
        return ExitUsage;
    if (helpShown)
        return ExitOk;

    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(QStringLiteral("no action given"));
    const QString action = args.takeFirst();
    int timeoutMs = 30000;
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return usageError(QStringLiteral("--timeout needs a number of seconds between 0 and 3600"));
        timeoutMs = qMax(1, int(seconds * 1000));
    }

    int intervalMinutes = 30;
    if (parser.isSet(interval)) {
        bool ok = false;
        intervalMinutes = parser.value(interval).toInt(&ok);
        if (!ok || intervalMinutes < 1 || intervalMinutes > 7 * 24 * 60)
            return usageError(QStringLiteral("--interval needs a number of minutes between 1 and 10080"));
    }

    QList<qint64> ids;
    if (action == QLatin1String("add") || action == QLatin1String("import-opml")
        || action == QLatin1String("export-opml")) {
        if (args.size() != 1)
            return usageError(
                QStringLiteral("%1 takes exactly one %2")
                    .arg(action, action == QLatin1String("add") ? QStringLiteral("URL") : QStringLiteral("FILE")));
    } else if (action == QLatin1String("list")) {
        if (!args.isEmpty())
            return usageError(QStringLiteral("list takes no arguments"));
    } else if (action == QLatin1String("refresh") || action == QLatin1String("remove")) {
        if (action == QLatin1String("remove") && args.size() != 1)
            return usageError(QStringLiteral("remove takes exactly one feed ID"));
        for (const QString &a : std::as_const(args)) {
            qint64 id = 0;
            if (!parseId(a, &id))
                return usageError(QStringLiteral("'%1' is not a feed ID").arg(a));
            ids << id;
        }
        if (parser.isSet(due) && !ids.isEmpty())
            return usageError(QStringLiteral("--due and feed IDs cannot be combined"));
    } else {
        return usageError(QStringLiteral("unknown action '%1'").arg(action));
    }

    std::optional<Library> library = openLibrary(libraryPath(parser, db), kCommand);
    if (!library)
        return ExitFailure;
    try {
        if (action == QLatin1String("add"))
            return addFeed(*library, args.first(), parser.value(folder), intervalMinutes, timeoutMs);
        if (action == QLatin1String("list"))
            return listFeeds(*library, parser.isSet(json));
        if (action == QLatin1String("refresh")) {
            FeedStore store(library->database());
            for (const qint64 id : std::as_const(ids)) {
                if (!store.feed(id)) {
                    printError(QStringLiteral("feeds refresh: there is no feed %1").arg(id));
                    return ExitFailure;
                }
            }
            return refreshFeeds(*library, ids, parser.isSet(due), timeoutMs);
        }
        if (action == QLatin1String("remove")) {
            if (!FeedStore(library->database()).remove(ids.first())) {
                printError(QStringLiteral("feeds remove: there is no feed %1").arg(ids.first()));
                return ExitFailure;
            }
            printOut(QStringLiteral("removed feed %1; its articles stay in the library\n").arg(ids.first()).toUtf8());
            return ExitOk;
        }
        if (action == QLatin1String("import-opml"))
            return importOpml(*library, args.first(), parser.value(folder));
        return exportOpml(*library, args.first());
    } catch (const LibraryError &e) {
        printError(QStringLiteral("feeds %1: %2").arg(action, e.message()));
        return ExitFailure;
    }
}

} // namespace dateline::cli
