#include "importjob.h"

#include "library/importpipeline.h"
#include "library/library.h"
#include "library/libraryerror.h"

#include <QtConcurrent/QtConcurrentRun>

namespace dateline::ui {

namespace {

QString articles(int n)
{
    return n == 1 ? ImportJob::tr("1 article") : ImportJob::tr("%1 articles").arg(n);
}

} // namespace

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{
}

ImportJob::~ImportJob()
{
    m_cancel = true;
    m_future.waitForFinished();
}

template<typename F> void ImportJob::post(F &&f)
{
    QMetaObject::invokeMethod(this, std::forward<F>(f), Qt::QueuedConnection);
}

bool ImportJob::start(const QString &libraryPath, const QStringList &paths)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancel = false;
    m_future = QtConcurrent::run([this, libraryPath, paths] { run(libraryPath, paths); });
    return true;
}

void ImportJob::cancel()
{
    m_cancel = true;
}

void ImportJob::run(const QString &libraryPath, const QStringList &paths)
{
    ImportSummary summary;
    try {
        Library library = Library::open(libraryPath);
        ImportPipeline pipeline(library);
        // The pipeline reports after every file with running totals; the
        // difference from the last report is what this file brought.
        ImportProgress last;
        pipeline.setProgressCallback([&](const ImportProgress &p) {
            const int imported = p.imported - last.imported;
            const int duplicates = p.duplicates - last.duplicates;
            if (imported > 0)
                summary.imported.append({p.currentFile, articles(imported), imported});
            if (duplicates > 0)
                summary.duplicates.append({p.currentFile, articles(duplicates), duplicates});
            last = p;
            post([this, done = p.filesDone, total = p.filesTotal] { Q_EMIT progress(done, total); });
            if (m_cancel)
                pipeline.cancel();
        });
        if (m_cancel)
            pipeline.cancel();
        const dateline::ImportSummary result = pipeline.run(paths);
        for (const RefusedFile &refused : result.refused)
            summary.refused.append({refused.path, refused.reason, 0});
        summary.cancelled = result.cancelled || m_cancel;
    } catch (const LibraryError &e) {
        summary.refused.append({libraryPath, tr("the library failed: %1").arg(e.message()), 0});
        summary.cancelled = true;
    }
    post([this, summary = std::move(summary)] {
        m_running = false;
        Q_EMIT finished(summary);
    });
}

} // namespace dateline::ui
