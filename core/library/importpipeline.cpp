#include "library/importpipeline.h"

#include "extract/extractor.h"
#include "import/filereader.h"
#include "import/importer.h"
#include "library/library.h"
#include "library/libraryerror.h"
#include "library/librarywriter.h"
#include "library/sqlstatement.h"
#include "library/transaction.h"
#include "library/walcheckpointer.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QThread>

#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace dateline {

namespace {

// One file after the workers are done with it.
struct ParsedFile
{
    QString path;
    qint64 bytes = 0;
    QList<Article> articles;
    QList<LibraryWriter::Prepared> prepared; // one per article
    QString error;
};

// Lists the files only: their sizes, one stat each, are looked up while
// the workers already parse (see run()).
void collect(const QString &path, QStringList &files, QList<RefusedFile> &refused)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        QStringList found;
        // Unreadable files are listed too: the importer refuses them with a
        // reason instead of their vanishing from the summary.
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        // Sorted so that an import is repeatable: the same folder gives the
        // same article ids.
        found.sort();
        files << found;
    } else if (info.exists()) {
        files << path;
    } else {
        refused << RefusedFile {path, QStringLiteral("no such file or folder")};
    }
}

ParsedFile parse(const QString &path, const ImportOptions &options)
{
    ParsedFile out {path, 0, {}, {}, {}};
    try {
        const FileReader::Result file = FileReader::read(path, options.maxFileBytes);
        if (!file.error.isEmpty()) {
            out.error = file.error;
            return out;
        }
        out.bytes = file.data.size();
        ImportResult r = Importer::importData(file.data, path, options);
        out.error = r.error;
        for (Article &a : r.articles) {
            a.extraction = Extractor::extract(a);
            out.prepared << LibraryWriter::prepare(a);
        }
        out.articles = std::move(r.articles);
    } catch (const std::exception &e) {
        out.articles.clear();
        out.prepared.clear();
        out.error = QStringLiteral("could not be read: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    return out;
}

// An article of the open batch and the file it came from.
struct PendingArticle
{
    QString path;
    Article article;
    LibraryWriter::Prepared prepared;
};

// Hands parsed files from the workers to the writer, in the order of the
// file list whichever worker finishes first: the same folder gives the same
// article ids. Enough of them that the writer rarely waits for a worker on
// a busy machine, but only a few files' worth of bytes at a time so a
// folder of huge feeds cannot fill memory. The file the writer waits for
// is always let in, so a full queue never blocks the one it needs.
class Queue
{
public:
    explicit Queue(size_t capacity)
        : m_capacity(capacity)
    {
    }

    bool push(size_t index, ParsedFile file, const std::atomic<bool> &stop)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] {
            const bool room = m_items.size() < m_capacity && (m_items.empty() || m_bytes + file.bytes <= kMaxBytes);
            return room || index == m_next || stop.load();
        });
        if (stop.load())
            return false;
        m_bytes += file.bytes;
        m_items.emplace(index, std::move(file));
        if (index == m_next)
            m_notEmpty.notify_one();
        return true;
    }

    // A file the writer parsed itself: never waits for room, since the
    // writer is the one who makes it.
    void pushOwn(size_t index, ParsedFile file)
    {
        std::lock_guard lock(m_mutex);
        m_bytes += file.bytes;
        m_items.emplace(index, std::move(file));
    }

    // The next file in list order, waiting for it; none once the workers
    // are done without it.
    std::optional<ParsedFile> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return m_items.count(m_next) || m_producers == 0; });
        return takeNext();
    }

    // The next file in list order if it is ready, without waiting.
    std::optional<ParsedFile> tryPop()
    {
        std::lock_guard lock(m_mutex);
        return takeNext();
    }

    // A committed batch, freed by a worker between two files: freeing two
    // hundred articles' strings and lists cost the writer a twentieth of
    // its time.
    void discard(std::vector<PendingArticle> batch)
    {
        std::lock_guard lock(m_mutex);
        m_spent.push_back(std::move(batch));
    }

    std::vector<std::vector<PendingArticle>> takeSpent()
    {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_spent, {});
    }

    void setProducers(int n)
    {
        std::lock_guard lock(m_mutex);
        m_producers = n;
    }

    void producerDone()
    {
        std::lock_guard lock(m_mutex);
        --m_producers;
        m_notEmpty.notify_all();
    }

    void wakeAll()
    {
        std::lock_guard lock(m_mutex);
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

private:
    std::optional<ParsedFile> takeNext()
    {
        const auto it = m_items.find(m_next);
        if (it == m_items.end())
            return std::nullopt;
        ParsedFile f = std::move(it->second);
        m_items.erase(it);
        ++m_next;
        m_bytes -= f.bytes;
        // Whichever worker holds the next file may be waiting for room.
        m_notFull.notify_all();
        return f;
    }

    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::map<size_t, ParsedFile> m_items; // by place in the file list
    static constexpr qint64 kMaxBytes = 32 * 1024 * 1024;
    size_t m_capacity;
    qint64 m_bytes = 0;
    int m_producers = 0;
    size_t m_next = 0; // the file the writer takes next
    std::vector<std::vector<PendingArticle>> m_spent;
};

} // namespace

ImportPipeline::ImportPipeline(Library &library)
    : m_library(library)
{
}

ImportSummary ImportPipeline::run(const QStringList &paths)
{
    ImportSummary summary;
    QStringList listed;
    for (const QString &p : paths)
        collect(p, listed, summary.refused);
    // Read, never changed, by every thread from here on.
    const QStringList files = std::move(listed);
    const size_t fileCount = size_t(files.size());

    ImportProgress progress;
    progress.filesTotal = int(fileCount);

    // By default one core is left to the writer, the import's one thread
    // that is busy from start to end: on two cores a second parsing thread
    // took turns with it and made a 2,000-story import 15 % slower.
    const int threads = qBound(1, m_threads > 0 ? m_threads : QThread::idealThreadCount() - 1, 16);
    const int workerCount = qMax(1, qMin(threads, int(fileCount)));
    // Room for what a worker parses while the writer commits a batch (a
    // few dozen wire stories): with less it stopped for every commit.
    Queue queue(size_t(workerCount) * 64);
    queue.setProducers(workerCount);
    std::atomic<size_t> next {0};
    // Stops the workers on cancel and when the writer fails.
    std::atomic<bool> stop {false};

    std::vector<std::thread> workers;
    workers.reserve(size_t(workerCount));
    for (int w = 0; w < workerCount; ++w) {
        workers.emplace_back([&] {
            for (;;) {
                queue.takeSpent(); // freed here, off the writer's thread
                if (stop.load() || m_cancelled.load())
                    break;
                const size_t i = next.fetch_add(1);
                if (i >= fileCount)
                    break;
                if (!queue.push(i, parse(files.at(qsizetype(i)), m_options), stop))
                    break;
            }
            queue.producerDone();
        });
    }
    // Whatever happens to the writer, the workers are stopped and joined
    // before the queue and file list they use go away.
    struct Joiner
    {
        std::vector<std::thread> &threads;
        std::atomic<bool> &stop;
        Queue &queue;
        ~Joiner()
        {
            stop.store(true);
            queue.wakeAll();
            for (std::thread &t : threads)
                t.join();
        }
    } joiner {workers, stop, queue};

    // The sizes the progress counts against, one stat a file, looked up
    // here while the workers parse the first files: before they started,
    // stating a folder of 2,000 stories kept both cores waiting ~8 ms.
    for (const QString &f : files) {
        if (m_cancelled.load())
            break;
        progress.bytesTotal += QFileInfo(f).size();
    }

    Database &db = m_library.database();
    // Bulk: the foreign keys hold by construction (see LibraryWriter), and
    // the import has the connection to itself.
    LibraryWriter writer(db, LibraryWriter::Mode::Bulk);
    WalCheckpointer checkpointer(db);
    SqlStatement savepoint(db, QStringLiteral("SAVEPOINT article"));
    SqlStatement release(db, QStringLiteral("RELEASE article"));
    std::optional<Transaction> transaction;
    // The batch's articles stay at hand until it commits: a failure rolls
    // the batch back and replays it article by article.
    std::vector<PendingArticle> batch;
    // Reserved: growing it moved every article of the batch several times.
    const auto batchCapacity = size_t(qBound(1, m_batchSize, 1000));
    batch.reserve(batchCapacity);
    int batchImported = 0;
    int batchDuplicates = 0;
    // After a failure the rest of the batch goes one savepoint per
    // article. Not before: a savepoint makes FTS5 flush its pending terms
    // to a new segment, which made every article cost a segment merge.
    bool careful = false;

    const auto count = [&](LibraryWriter::Outcome outcome) {
        if (outcome == LibraryWriter::Outcome::Stored) {
            ++summary.imported;
            ++batchImported;
        } else {
            ++summary.duplicates;
            ++batchDuplicates;
        }
    };
    // One article on its own savepoint: a failing one (a constraint, a
    // value SQLite refuses) leaves no half-article and keeps the others.
    const auto storeCarefully = [&](const PendingArticle &p) {
        savepoint.run();
        try {
            count(writer.store(p.article, Extractor::kVersion, p.prepared).outcome);
            release.run();
        } catch (const LibraryError &e) {
            db.exec(QStringLiteral("ROLLBACK TO article; RELEASE article"));
            writer.discardCachedIds();
            summary.refused << RefusedFile {p.path, QStringLiteral("not stored: %1").arg(e.message())};
        }
    };
    const auto replayCarefully = [&] {
        transaction.reset(); // rolls the batch back
        writer.discardCachedIds();
        summary.imported -= batchImported;
        summary.duplicates -= batchDuplicates;
        batchImported = 0;
        batchDuplicates = 0;
        careful = true;
        transaction.emplace(db);
        for (const PendingArticle &p : batch)
            storeCarefully(p);
    };
    const auto commit = [&] {
        if (transaction) {
            transaction->commit();
            checkpointer.committed();
        }
        transaction.reset();
        queue.discard(std::exchange(batch, {}));
        batch.reserve(batchCapacity);
        batchImported = 0;
        batchDuplicates = 0;
        careful = false;
    };

    // While the file it needs next is not ready the writer parses one
    // itself instead of waiting: the workers' share of an import (reading,
    // parsing, extracting) outweighs the writer's, and on two cores a
    // writer that waited left a third of a core idle.
    const auto nextFile = [&]() -> std::optional<ParsedFile> {
        for (;;) {
            if (std::optional<ParsedFile> ready = queue.tryPop())
                return ready;
            if (m_cancelled.load())
                return queue.pop();
            const size_t i = next.fetch_add(1);
            if (i >= fileCount)
                return queue.pop();
            queue.pushOwn(i, parse(files.at(qsizetype(i)), m_options));
        }
    };

    while (std::optional<ParsedFile> file = nextFile()) {
        if (m_cancelled.load())
            break;
        if (!file->error.isEmpty())
            summary.refused << RefusedFile {file->path, file->error};
        for (qsizetype i = 0; i < file->articles.size(); ++i) {
            if (!transaction)
                transaction.emplace(db);
            PendingArticle p {file->path, std::move(file->articles[i]), std::move(file->prepared[i])};
            if (careful) {
                storeCarefully(p);
                batch.push_back(std::move(p));
            } else {
                try {
                    count(writer.store(p.article, Extractor::kVersion, p.prepared).outcome);
                    batch.push_back(std::move(p));
                } catch (const LibraryError &) {
                    batch.push_back(std::move(p));
                    replayCarefully();
                }
            }
            if (int(batch.size()) >= m_batchSize)
                commit();
        }
        ++summary.files;
        progress.filesDone = summary.files;
        progress.bytesDone += file->bytes;
        progress.imported = summary.imported;
        progress.duplicates = summary.duplicates;
        progress.currentFile = file->path;
        if (m_progress)
            m_progress(progress);
    }
    commit();
    // Segment merges free pages all through a long import.
    db.releaseFreePages();
    summary.cancelled = m_cancelled.load();
    return summary;
}

} // namespace dateline
