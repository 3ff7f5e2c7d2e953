#pragma once

#include "importsummary.h"
#include "model/article.h"

#include <QFuture>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <atomic>

namespace dateline::ui {

// Imports files and folders (recursively) and runs the extractors over every
// new article, all in a worker thread; results come back to the thread that
// owns the job as signals. A file that fails is refused with its reason and
// the run goes on.
class ImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)
public:
    explicit ImportJob(QObject *parent = nullptr);
    // Cancels a running import and waits for the worker to stop.
    ~ImportJob() override;

    // Starts a run; knownHashes are the content hashes already in the
    // library, reported as duplicates. Returns false while a run is going on.
    bool start(const QStringList &paths, const QSet<QString> &knownHashes);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total);
    // New articles with their extraction, in batches as files finish.
    void articlesReady(const QList<dateline::Article> &articles);
    void finished(const dateline::ui::ImportSummary &summary);

private:
    void run(const QStringList &paths, QSet<QString> knownHashes);
    // Queues f to run on this object's thread.
    template<typename F> void post(F &&f);

    std::atomic_bool m_cancel {false};
    bool m_running = false;
    QFuture<void> m_future;
};

} // namespace dateline::ui
