#include "importjob.h"

#include "extract/extractor.h"
#include "import/importer.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace dateline::ui {

namespace {

// Folders are walked without following symlinks, so a link loop cannot make
// the list endless; hidden files (editor backups, .DS_Store) are skipped.
QStringList collectFiles(const QStringList &paths, const std::atomic_bool &cancel)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << path;
            continue;
        }
        QStringList inFolder;
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext() && !cancel)
            inFolder << it.next();
        inFolder.sort();
        files += inFolder;
    }
    return files;
}

QString displayName(const Article &a)
{
    return a.headline.isEmpty() ? QFileInfo(a.source).fileName() : a.headline;
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

bool ImportJob::start(const QStringList &paths, const QSet<QString> &knownHashes)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancel = false;
    m_future = QtConcurrent::run([this, paths, knownHashes] { run(paths, knownHashes); });
    return true;
}

void ImportJob::cancel()
{
    m_cancel = true;
}

void ImportJob::run(const QStringList &paths, QSet<QString> knownHashes)
{
    ImportSummary summary;
    const QStringList files = collectFiles(paths, m_cancel);
    const int total = int(files.size());
    post([this, total] { Q_EMIT progress(0, total); });

    int done = 0;
    for (const QString &file : files) {
        if (m_cancel)
            break;
        QList<Article> fresh;
        try {
            ImportResult result = Importer::importFile(file);
            for (Article &article : result.articles) {
                const QString hash = article.contentHash();
                if (knownHashes.contains(hash)) {
                    summary.duplicates.append({file, displayName(article)});
                    continue;
                }
                knownHashes.insert(hash);
                article.extraction = Extractor::extract(article);
                summary.imported.append({file, displayName(article)});
                fresh.append(std::move(article));
            }
            if (!result.ok())
                summary.refused.append({file, result.error});
            else if (result.articles.isEmpty())
                summary.refused.append({file, tr("no article found")});
        } catch (const std::exception &e) {
            // Whatever went wrong inside one file stays with that file.
            summary.refused.append({file, tr("import failed: %1").arg(QString::fromLocal8Bit(e.what()))});
        }
        ++done;
        post([this, done, total, fresh = std::move(fresh)] {
            if (!fresh.isEmpty())
                Q_EMIT articlesReady(fresh);
            Q_EMIT progress(done, total);
        });
    }
    summary.cancelled = m_cancel;
    post([this, summary = std::move(summary)] {
        m_running = false;
        Q_EMIT finished(summary);
    });
}

} // namespace dateline::ui
