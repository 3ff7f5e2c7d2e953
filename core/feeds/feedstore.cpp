#include "feeds/feedstore.h"

#include "library/database.h"
#include "library/libraryerror.h"
#include "library/sqlstatement.h"
#include "library/transaction.h"

namespace dateline {

namespace {

const QString kColumns = QStringLiteral(
    "f.id, f.url, f.title, f.folder, f.site_url, f.interval_minutes, f.etag, f.last_modified, f.last_success, "
    "f.last_error, f.failures, f.next_due, f.created_at, "
    "(SELECT count(*) FROM feed_articles fa LEFT JOIN article_flags af ON af.article_id = fa.article_id "
    " WHERE fa.feed_id = f.id AND coalesce(af.read, 0) = 0), "
    "(SELECT count(*) FROM feed_articles fa WHERE fa.feed_id = f.id)");

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

FeedSubscription readRow(const SqlStatement &st)
{
    FeedSubscription f;
    f.id = st.integer(0);
    f.url = st.text(1);
    f.title = st.text(2);
    f.folder = st.text(3);
    f.siteUrl = st.text(4);
    f.intervalMinutes = int(st.integer(5));
    f.etag = st.text(6);
    f.lastModified = st.text(7);
    f.lastSuccess = st.text(8);
    f.lastError = st.text(9);
    f.failures = int(st.integer(10));
    f.nextDue = st.text(11);
    f.createdAt = st.text(12);
    f.unread = int(st.integer(13));
    f.total = int(st.integer(14));
    return f;
}

} // namespace

FeedStore::FeedStore(Database &db)
    : m_db(db)
{
}

int FeedStore::addNew(const QList<FeedSubscription> &feeds, const QString &folder, int *alreadySubscribed)
{
    Transaction transaction(m_db);
    int added = 0;
    int known = 0;
    for (FeedSubscription f : feeds) {
        if (findByUrl(f.url)) {
            ++known;
            continue;
        }
        if (!folder.isEmpty())
            f.folder = f.folder.isEmpty() ? folder : folder + QLatin1Char('/') + f.folder;
        add(f);
        ++added;
    }
    transaction.commit();
    if (alreadySubscribed)
        *alreadySubscribed = known;
    return added;
}

qint64 FeedStore::add(const FeedSubscription &feed)
{
    if (const std::optional<FeedSubscription> existing = findByUrl(feed.url))
        throw LibraryError(QStringLiteral("%1 is already subscribed (feed %2)").arg(feed.url).arg(existing->id));
    SqlStatement st(m_db,
                    QStringLiteral("INSERT INTO feeds(url, title, folder, site_url, interval_minutes, "
                                   "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    st.bind(1, feed.url)
        .bind(2, feed.title)
        .bind(3, feed.folder)
        .bind(4, feed.siteUrl)
        .bind(5, qMax(1, feed.intervalMinutes))
        .bind(6, iso(QDateTime::currentDateTimeUtc()));
    st.run();
    return m_db.lastInsertId();
}

bool FeedStore::remove(qint64 id)
{
    SqlStatement st(m_db, QStringLiteral("DELETE FROM feeds WHERE id = ?1"));
    st.bind(1, id);
    st.run();
    return m_db.changes() > 0;
}

std::optional<FeedSubscription> FeedStore::feed(qint64 id)
{
    SqlStatement st(m_db, QStringLiteral("SELECT %1 FROM feeds f WHERE f.id = ?1").arg(kColumns));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readRow(st);
}

std::optional<FeedSubscription> FeedStore::findByUrl(const QString &url)
{
    SqlStatement st(m_db, QStringLiteral("SELECT %1 FROM feeds f WHERE f.url = ?1").arg(kColumns));
    st.bind(1, url);
    if (!st.step())
        return std::nullopt;
    return readRow(st);
}

QList<FeedSubscription> FeedStore::list()
{
    SqlStatement st(m_db,
                    QStringLiteral("SELECT %1 FROM feeds f ORDER BY f.folder, lower(f.title), f.id").arg(kColumns));
    QList<FeedSubscription> out;
    while (st.step())
        out << readRow(st);
    return out;
}

QList<qint64> FeedStore::due(const QDateTime &now)
{
    // ISO 8601 UTC strings of one format sort like the times they stand for.
    SqlStatement st(m_db, QStringLiteral("SELECT id FROM feeds WHERE next_due = '' OR next_due <= ?1 ORDER BY id"));
    st.bind(1, iso(now));
    QList<qint64> out;
    while (st.step())
        out << st.integer(0);
    return out;
}

void FeedStore::setTitle(qint64 id, const QString &title)
{
    SqlStatement st(m_db, QStringLiteral("UPDATE feeds SET title = ?2 WHERE id = ?1"));
    st.bind(1, id).bind(2, title);
    st.run();
}

void FeedStore::recordSuccess(qint64 id, const QString &etag, const QString &lastModified, const QDateTime &now)
{
    SqlStatement st(
        m_db,
        QStringLiteral("UPDATE feeds SET etag = CASE WHEN ?2 = '' THEN etag ELSE ?2 END, "
                       "last_modified = CASE WHEN ?3 = '' THEN last_modified ELSE ?3 END, "
                       "last_success = ?4, last_error = '', failures = 0, "
                       "next_due = strftime('%Y-%m-%dT%H:%M:%SZ', ?4, '+' || interval_minutes || ' minutes') "
                       "WHERE id = ?1"));
    st.bind(1, id).bind(2, etag).bind(3, lastModified).bind(4, iso(now));
    st.run();
}

void FeedStore::recordFailure(qint64 id, const QString &error, const QDateTime &now)
{
    const std::optional<FeedSubscription> f = feed(id);
    if (!f)
        return;
    const int failures = f->failures + 1;
    SqlStatement st(m_db,
                    QStringLiteral("UPDATE feeds SET last_error = ?2, failures = ?3, next_due = ?4 "
                                   "WHERE id = ?1"));
    st.bind(1, id).bind(2, error).bind(3, failures).bind(4, iso(nextAttempt(f->intervalMinutes, failures, now)));
    st.run();
}

QDateTime FeedStore::nextAttempt(int intervalMinutes, int failures, const QDateTime &now)
{
    constexpr qint64 kDayMinutes = 24 * 60;
    qint64 minutes = qMax(1, intervalMinutes);
    // Capped before shifting so a feed that failed a thousand times does
    // not overflow.
    for (int i = 0; i < failures && minutes < kDayMinutes; ++i)
        minutes *= 2;
    return now.addSecs(qMin(minutes, kDayMinutes) * 60);
}

void FeedStore::linkArticle(qint64 feedId, qint64 articleId)
{
    SqlStatement st(m_db, QStringLiteral("INSERT OR IGNORE INTO feed_articles(feed_id, article_id) VALUES (?1, ?2)"));
    st.bind(1, feedId).bind(2, articleId);
    st.run();
}

QList<qint64> FeedStore::articles(qint64 feedId)
{
    SqlStatement st(m_db,
                    QStringLiteral("SELECT article_id FROM feed_articles WHERE feed_id = ?1 ORDER BY article_id"));
    st.bind(1, feedId);
    QList<qint64> out;
    while (st.step())
        out << st.integer(0);
    return out;
}

int FeedStore::unreadCount(qint64 feedId)
{
    SqlStatement st(m_db,
                    QStringLiteral("SELECT count(*) FROM feed_articles fa LEFT JOIN article_flags af ON "
                                   "af.article_id = fa.article_id WHERE fa.feed_id = ?1 AND "
                                   "coalesce(af.read, 0) = 0"));
    st.bind(1, feedId);
    st.step();
    return int(st.integer(0));
}

FeedStore::Flags FeedStore::flags(qint64 articleId)
{
    SqlStatement st(m_db, QStringLiteral("SELECT read, starred FROM article_flags WHERE article_id = ?1"));
    st.bind(1, articleId);
    if (!st.step())
        return {};
    return {st.integer(0) != 0, st.integer(1) != 0};
}

void FeedStore::setRead(qint64 articleId, bool read)
{
    SqlStatement st(m_db,
                    QStringLiteral("INSERT INTO article_flags(article_id, read) VALUES (?1, ?2) "
                                   "ON CONFLICT(article_id) DO UPDATE SET read = excluded.read"));
    st.bind(1, articleId).bind(2, read ? 1 : 0);
    st.run();
}

void FeedStore::setStarred(qint64 articleId, bool starred)
{
    SqlStatement st(m_db,
                    QStringLiteral("INSERT INTO article_flags(article_id, starred) VALUES (?1, ?2) "
                                   "ON CONFLICT(article_id) DO UPDATE SET starred = excluded.starred"));
    st.bind(1, articleId).bind(2, starred ? 1 : 0);
    st.run();
}

int FeedStore::markFeedRead(qint64 feedId)
{
    SqlStatement st(m_db,
                    QStringLiteral("INSERT INTO article_flags(article_id, read) SELECT fa.article_id, 1 FROM "
                                   "feed_articles fa LEFT JOIN article_flags af ON af.article_id = "
                                   "fa.article_id WHERE fa.feed_id = ?1 AND coalesce(af.read, 0) = 0 "
                                   "ON CONFLICT(article_id) DO UPDATE SET read = 1"));
    st.bind(1, feedId);
    st.run();
    return m_db.changes();
}

} // namespace dateline
