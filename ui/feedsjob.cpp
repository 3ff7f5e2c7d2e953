#include "feedsjob.h"

#include "feeds/feedfetcher.h"
#include "feeds/feedrefresher.h"
#include "feeds/feedstore.h"
#include "feeds/opml.h"
#include "library/library.h"
#include "library/libraryerror.h"

#include <QFile>
#include <QSaveFile>
#include <QThread>
#include <QUrl>

#include <optional>

namespace dateline::ui {

// What the worker thread owns: a connection of its own and a refresher
// whose network access lives (and is deleted) on that thread.
struct FeedsJob::Worker
{
    std::optional<Library> library;
    FeedRefresher *refresher = nullptr;
    int imported = 0;
    int failures = 0;
    int timeoutMs = 30000;
};

FeedsJob::FeedsJob(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_context(new QObject)
{
    m_thread->setObjectName(QStringLiteral("feeds"));
    m_context->moveToThread(m_thread);
    m_thread->start();
    post([this] { m_worker = new Worker; });
}

FeedsJob::~FeedsJob()
{
    // The refresher and its network manager are deleted on their own
    // thread, and before it stops: quit() drops events still queued, so a
    // queued deletion could be lost.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            if (m_worker)
                delete m_worker->refresher;
            delete m_worker;
            m_worker = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context; // its thread has stopped
}

template<typename F> void FeedsJob::post(F &&f)
{
    QMetaObject::invokeMethod(m_context, std::forward<F>(f), Qt::QueuedConnection);
}

template<typename F> void FeedsJob::reply(F &&f)
{
    QMetaObject::invokeMethod(this, std::forward<F>(f), Qt::QueuedConnection);
}

void FeedsJob::open(const QString &libraryPath)
{
    post([this, libraryPath] {
        // Opening again (another library) starts over with a new refresher.
        delete m_worker->refresher;
        m_worker->refresher = nullptr;
        m_worker->library.reset();
        try {
            m_worker->library.emplace(Library::open(libraryPath));
        } catch (const LibraryError &e) {
            reply([this, message = e.message()] { Q_EMIT failed(message); });
            return;
        }
        m_worker->refresher = new FeedRefresher(*m_worker->library);
        m_worker->refresher->fetcher().setTimeout(m_worker->timeoutMs);
        connect(m_worker->refresher, &FeedRefresher::feedRefreshed, m_context, [this](const FeedRefresher::Result &r) {
            m_worker->imported += r.imported;
            if (!r.ok)
                ++m_worker->failures;
            publishFeeds();
        });
        connect(m_worker->refresher, &FeedRefresher::finished, m_context, [this] {
            reply([this, imported = m_worker->imported, failures = m_worker->failures] {
                m_refreshing = false;
                Q_EMIT refreshFinished(imported, failures);
            });
            m_worker->imported = 0;
            m_worker->failures = 0;
        });
        connect(m_worker->refresher, &FeedRefresher::subscribed, m_context, [this](const FeedRefresher::Result &r) {
            publishFeeds();
            reply([this, title = r.title, imported = r.imported, error = r.ok ? QString() : r.error] {
                Q_EMIT subscribed(title, imported, error);
            });
        });
        publishFeeds();
    });
}

void FeedsJob::setTimeout(int milliseconds)
{
    post([this, milliseconds] {
        m_worker->timeoutMs = milliseconds;
        if (m_worker->refresher)
            m_worker->refresher->fetcher().setTimeout(milliseconds);
    });
}

// Runs on the worker thread.
void FeedsJob::publishFeeds()
{
    if (!m_worker->library)
        return;
    try {
        const QList<FeedSubscription> feeds = FeedStore(m_worker->library->database()).list();
        reply([this, feeds] { Q_EMIT feedsChanged(feeds); });
    } catch (const LibraryError &e) {
        reply([this, message = e.message()] { Q_EMIT failed(message); });
    }
}

void FeedsJob::subscribe(const QString &address)
{
    post([this, address] {
        if (m_worker->refresher)
            m_worker->refresher->subscribe(QUrl::fromUserInput(address));
        else
            reply([this] { Q_EMIT subscribed({}, 0, tr("the library is not open yet")); });
    });
}

void FeedsJob::refreshAll()
{
    m_refreshing = true;
    post([this] {
        if (m_worker->refresher)
            m_worker->refresher->refreshAll();
        else
            reply([this] {
                m_refreshing = false;
                Q_EMIT refreshFinished(0, 0);
            });
    });
}

void FeedsJob::refreshDue()
{
    m_refreshing = true;
    post([this] {
        if (m_worker->refresher)
            m_worker->refresher->refreshDue();
        else
            reply([this] {
                m_refreshing = false;
                Q_EMIT refreshFinished(0, 0);
            });
    });
}

void FeedsJob::loadFlags(qint64 articleId)
{
    post([this, articleId] {
        if (!m_worker->library)
            return;
        try {
            const FeedStore::Flags f = FeedStore(m_worker->library->database()).flags(articleId);
            reply([this, articleId, f] { Q_EMIT flagsLoaded(articleId, f.read, f.starred); });
        } catch (const LibraryError &e) {
            reply([this, message = e.message()] { Q_EMIT failed(message); });
        }
    });
}

void FeedsJob::setRead(qint64 articleId, bool read)
{
    post([this, articleId, read] {
        if (!m_worker->library)
            return;
        try {
            FeedStore(m_worker->library->database()).setRead(articleId, read);
        } catch (const LibraryError &e) {
            reply([this, message = e.message()] { Q_EMIT failed(message); });
        }
        publishFeeds();
    });
    loadFlags(articleId);
}

void FeedsJob::setStarred(qint64 articleId, bool starred)
{
    post([this, articleId, starred] {
        if (!m_worker->library)
            return;
        try {
            FeedStore(m_worker->library->database()).setStarred(articleId, starred);
            reply([this] { Q_EMIT starredChanged(); });
        } catch (const LibraryError &e) {
            reply([this, message = e.message()] { Q_EMIT failed(message); });
        }
    });
    loadFlags(articleId);
}

void FeedsJob::markFeedRead(qint64 feedId)
{
    post([this, feedId] {
        if (!m_worker->library)
            return;
        try {
            FeedStore(m_worker->library->database()).markFeedRead(feedId);
        } catch (const LibraryError &e) {
            reply([this, message = e.message()] { Q_EMIT failed(message); });
        }
        publishFeeds();
    });
}

void FeedsJob::importOpml(const QString &path)
{
    post([this, path] {
        if (!m_worker->library)
            return;
        // A subscription list is small; anything far larger is not one.
        constexpr qint64 kMaxOpmlBytes = 16 * 1024 * 1024;
        QFile file(path);
        QString error;
        int added = 0;
        int known = 0;
        if (!file.open(QIODevice::ReadOnly)) {
            error = tr("cannot read %1: %2").arg(path, file.errorString());
        } else if (file.size() > kMaxOpmlBytes) {
            error = tr("%1 is larger than 16 MB; not an OPML list").arg(path);
        } else {
            const Opml::ReadResult list = Opml::read(file.read(kMaxOpmlBytes));
            error = list.error;
            try {
                added = FeedStore(m_worker->library->database()).addNew(list.feeds, {}, &known);
            } catch (const LibraryError &e) {
                error = e.message();
            }
        }
        reply([this, added, known, error] { Q_EMIT opmlImported(added, known, error); });
        publishFeeds();
    });
}

void FeedsJob::exportOpml(const QString &path)
{
    post([this, path] {
        if (!m_worker->library)
            return;
        QString error;
        qsizetype count = 0;
        try {
            const QList<FeedSubscription> feeds = FeedStore(m_worker->library->database()).list();
            count = feeds.size();
            const QByteArray xml = Opml::write(feeds, QStringLiteral("Dateline subscriptions"));
            // Written whole or not at all: an old list stays intact on failure.
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size() || !file.commit())
                error = tr("cannot write %1: %2").arg(path, file.errorString());
        } catch (const LibraryError &e) {
            error = e.message();
        }
        reply([this, count, error] { Q_EMIT opmlExported(int(count), error); });
    });
}

} // namespace dateline::ui
