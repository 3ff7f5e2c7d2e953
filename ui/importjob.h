#pragma once

#include "importsummary.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

#include <atomic>

namespace dateline::ui {

// Imports files and folders (recursively) into the library with core's
// ImportPipeline, in a worker thread with its own connection; progress and
// the summary come back to the thread that owns the job as signals. A file
// that fails is refused with its reason and the run goes on; duplicates are
// whatever the library already holds.
class ImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)
public:
    explicit ImportJob(QObject *parent = nullptr);
    // Cancels a running import and waits for the worker to stop.
    ~ImportJob() override;

    // Starts a run into the library at libraryPath. Returns false while a
    // run is going on.
    bool start(const QString &libraryPath, const QStringList &paths);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const dateline::ui::ImportSummary &summary);

private:
    void run(const QString &libraryPath, const QStringList &paths);
    // Queues f to run on this object's thread.
    template<typename F> void post(F &&f);

    std::atomic_bool m_cancel {false};
    bool m_running = false;
    QFuture<void> m_future;
};

} // namespace dateline::ui
