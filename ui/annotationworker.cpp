#include "annotationworker.h"

#include "library/annotationstore.h"
#include "library/libraryerror.h"

#include <QThread>

namespace dateline::ui {

AnnotationWorker::AnnotationWorker(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new QObject)
{
    m_thread->setObjectName(QStringLiteral("AnnotationWorker"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

AnnotationWorker::~AnnotationWorker()
{
    // The connection is closed on the thread that used it.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_library.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

template<typename F> void AnnotationWorker::post(F &&f)
{
    QMetaObject::invokeMethod(this, std::forward<F>(f), Qt::QueuedConnection);
}

template<typename F> void AnnotationWorker::onThread(F &&work)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, work = std::forward<F>(work)] {
            if (!m_library)
                return;
            try {
                work();
            } catch (const LibraryError &e) {
                post([this, message = e.message()] { Q_EMIT failed(message); });
            }
        },
        Qt::QueuedConnection);
}

void AnnotationWorker::open(const QString &path)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, path] {
            try {
                m_library.reset();
                m_library.emplace(Library::open(path));
            } catch (const LibraryError &e) {
                m_library.reset();
                post([this, message = e.message()] { Q_EMIT failed(message); });
            }
        },
        Qt::QueuedConnection);
}

void AnnotationWorker::reload(qint64 articleId)
{
    QList<UserAnnotation> list = AnnotationStore(m_library->database()).list(articleId);
    post([this, articleId, list = std::move(list)] { Q_EMIT loaded(articleId, list); });
}

void AnnotationWorker::load(qint64 articleId)
{
    onThread([this, articleId] { reload(articleId); });
}

void AnnotationWorker::add(qint64 articleId, int start, int end, const QString &color, const QString &note)
{
    onThread([this, articleId, start, end, color, note] {
        const std::optional<UserAnnotation> a
            = AnnotationStore(m_library->database()).add(articleId, start, end, color, note);
        if (a)
            post([this, articleId, a = *a] { Q_EMIT added(articleId, a); });
        reload(articleId);
    });
}

void AnnotationWorker::restore(qint64 articleId, const UserAnnotation &annotation)
{
    onThread([this, articleId, annotation] {
        AnnotationStore(m_library->database()).insert(articleId, annotation);
        reload(articleId);
    });
}

void AnnotationWorker::update(qint64 articleId, qint64 id, const QString &color, const QString &note)
{
    onThread([this, articleId, id, color, note] {
        AnnotationStore(m_library->database()).update(id, color, note);
        reload(articleId);
    });
}

void AnnotationWorker::remove(qint64 articleId, qint64 id)
{
    onThread([this, articleId, id] {
        AnnotationStore(m_library->database()).remove(id);
        reload(articleId);
    });
}

void AnnotationWorker::search(quint64 generation, const QString &text)
{
    onThread([this, generation, text] {
        QList<NoteHit> hits = AnnotationStore(m_library->database()).search(text);
        post([this, generation, hits = std::move(hits)] { Q_EMIT found(generation, hits); });
    });
}

} // namespace dateline::ui
