#include "librarythread.h"

#include "library/libraryerror.h"

#include <QObject>
#include <QThread>

namespace dateline::ui {

LibraryThread::LibraryThread(const QString &name)
    : m_thread(std::make_unique<QThread>())
    , m_worker(new QObject)
{
    m_thread->setObjectName(name);
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
}

void LibraryThread::stop()
{
    m_thread->quit();
    m_thread->wait();
}

LibraryThread::~LibraryThread()
{
    stop();
    delete m_worker;
    // The thread has stopped, so nothing else can be using the connection.
    m_library.reset();
}

void LibraryThread::open(const QString &path, std::function<void()> opened, Failure failed)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, path, opened = std::move(opened), failed = std::move(failed)] {
            try {
                m_library.reset();
                m_library.emplace(Library::open(path));
                if (opened)
                    opened();
            } catch (const LibraryError &e) {
                m_library.reset();
                failed(e.message());
            }
        },
        Qt::QueuedConnection);
}

void LibraryThread::close()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { m_library.reset(); }, Qt::QueuedConnection);
}

void LibraryThread::run(std::function<void()> work, Failure failed)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, work = std::move(work), failed = std::move(failed)] {
            if (!m_library)
                return;
            try {
                work();
            } catch (const LibraryError &e) {
                failed(e.message());
            }
        },
        Qt::QueuedConnection);
}

} // namespace dateline::ui
