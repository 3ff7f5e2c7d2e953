#pragma once

#include "import/importoptions.h"
#include "library/importsummary.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace dateline {

class Library;

// Imports files and folders into a library: worker threads read, parse and
// extract in parallel; the calling thread is the one writer and stores
// articles in batched transactions with statements prepared once. One bad
// file is refused with its reason and never stops the rest.
class ImportPipeline final
{
public:
    using ProgressCallback = std::function<void(const ImportProgress &)>;

    explicit ImportPipeline(Library &library);

    void setThreadCount(int threads) { m_threads = threads; }
    void setBatchSize(int articles) { m_batchSize = articles; }
    void setImportOptions(const ImportOptions &options) { m_options = options; }
    // Called on the writer (calling) thread after each file.
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }

    // Blocks until every file is done or the import is cancelled. Folders
    // are walked recursively. Throws LibraryError only when the library
    // itself fails (disk full); what was committed before stays.
    ImportSummary run(const QStringList &paths);
    // Safe from any thread, including the progress callback: the current
    // batch is committed and no further file is started. A cancelled
    // pipeline stays cancelled; make a new one for the next import.
    void cancel() { m_cancelled.store(true); }

private:
    Library &m_library;
    ImportOptions m_options;
    ProgressCallback m_progress;
    int m_threads = 0; // 0: one per core but the writer's
    int m_batchSize = 200;
    std::atomic<bool> m_cancelled {false};
};

} // namespace dateline
