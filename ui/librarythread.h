#pragma once

#include "library/library.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QObject;
class QThread;

namespace dateline::ui {

// A thread with a library connection of its own, for the parts of the
// window that read or write the library (the reader, the annotations) so
// the GUI thread never waits on SQLite. Work is queued to the thread and
// runs there in order; callers send results back to their own thread.
class LibraryThread final
{
public:
    using Failure = std::function<void(const QString &message)>;

    explicit LibraryThread(const QString &name);
    // Stops the thread after the work it is doing; queued work is dropped.
    // Owners call it first in their destructor, so no work runs while their
    // members go away.
    void stop();
    ~LibraryThread();
    LibraryThread(const LibraryThread &) = delete;
    LibraryThread &operator=(const LibraryThread &) = delete;

    // Opens (creating and upgrading) the library there, closing the one
    // before; then `opened` runs there, or `failed` with the reason.
    void open(const QString &path, std::function<void()> opened, Failure failed);
    // Closes the library there; work queued after it is skipped until the
    // next open.
    void close();
    // Runs work there when a library is open; a LibraryError it throws
    // goes to `failed`, on the thread.
    void run(std::function<void()> work, Failure failed);
    // The open library, null when none: for work running on the thread.
    Library *library() { return m_library ? &*m_library : nullptr; }

private:
    std::unique_ptr<QThread> m_thread;
    QObject *m_worker = nullptr; // lives on m_thread; work is queued to it
    std::optional<Library> m_library; // touched on m_thread only
};

} // namespace dateline::ui
