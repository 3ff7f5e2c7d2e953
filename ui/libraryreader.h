#pragma once

#include "articlerow.h"
#include "articlesortkeys.h"
#include "library/library.h"
#include "library/searchresults.h"
#include "library/storedarticle.h"
#include "librarythread.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <optional>

namespace dateline::ui {

// Reads the library on a thread of its own, with its own connection, so the
// GUI thread never waits on SQLite. Requests are queued to the thread and
// answered, in order, by signals on the thread that owns the reader. The
// article list's pages come from a second thread and connection: the first
// sort by a non-date column builds its keys there for seconds at 100,000
// articles, and articles, searches and views must not wait behind it.
class LibraryReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryReader)
public:
    explicit LibraryReader(QObject *parent = nullptr);
    // Stops the thread after the request it is working on.
    ~LibraryReader() override;

    // Opens (creating and upgrading) the library: opened or failed follows.
    void open(const QString &path);
    // One page of the list; total is counted with the first page only
    // (offset 0), otherwise -1.
    void fetchRows(quint64 generation, const ArticleQuery &query, int offset, int limit);
    void loadArticle(qint64 id);
    // A search that a newer one (higher generation) has replaced before it
    // started is skipped without touching the database.
    void searchStatements(quint64 generation, const dateline::SearchFilter &filter);
    void searchArticles(quint64 generation, const SearchFilter &filter);
    // Runs work with the open library on the reader thread; the function it
    // returns then runs on the owner's thread, unless context is gone by then.
    // For views with queries of their own (the speaker view).
    void run(QObject *context, std::function<std::function<void()>(Library &)> work);

Q_SIGNALS:
    void opened(qint64 articles);
    void failed(const QString &message);
    void rowsFetched(quint64 generation, int offset, const QList<dateline::ui::ArticleRow> &rows, qint64 total);
    void articleLoaded(const dateline::StoredArticle &article);
    void statementsFound(quint64 generation, const dateline::StatementResults &results);
    void articlesFound(quint64 generation, const dateline::ArticleResults &results);

private:
    // Runs work on the reader thread when the library is open.
    template<typename F> void onThread(F &&work);
    // Runs work on the list thread when the library is open there.
    template<typename F> void onListThread(F &&work);
    // Queues f to run on the owner's thread.
    template<typename F> void post(F &&f);
    QList<ArticleRow> queryRows(const ArticleQuery &query, int offset, int limit);
    qint64 countRows(const ArticleQuery &query);

    ArticleSortKeys m_sortKeys; // touched on m_list's thread only
    LibraryThread m_db;
    LibraryThread m_list; // the article list's pages and sort keys
    std::atomic<quint64> m_latestSearch {0};
};

} // namespace dateline::ui
