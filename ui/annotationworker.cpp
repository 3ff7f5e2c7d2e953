#include "annotationworker.h"

#include "library/annotationstore.h"
#include "library/libraryerror.h"

namespace dateline::ui {

AnnotationWorker::AnnotationWorker(QObject *parent)
    : QObject(parent)
    , m_db(QStringLiteral("AnnotationWorker"))
{
}

AnnotationWorker::~AnnotationWorker()
{
    m_db.stop();
}

template<typename F> void AnnotationWorker::post(F &&f)
{
    QMetaObject::invokeMethod(this, std::forward<F>(f), Qt::QueuedConnection);
}

template<typename F> void AnnotationWorker::onThread(F &&work)
{
    m_db.run(std::forward<F>(work),
             [this](const QString &message) { post([this, message] { Q_EMIT failed(message); }); });
}

void AnnotationWorker::open(const QString &path)
{
    m_db.open(path, {}, [this](const QString &message) { post([this, message] { Q_EMIT failed(message); }); });
}

void AnnotationWorker::reload(qint64 articleId)
{
    QList<UserAnnotation> list = AnnotationStore(m_db.library()->database()).list(articleId);
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
            = AnnotationStore(m_db.library()->database()).add(articleId, start, end, color, note);
        if (a)
            post([this, articleId, a = *a] { Q_EMIT added(articleId, a); });
        reload(articleId);
    });
}

void AnnotationWorker::restore(qint64 articleId, const UserAnnotation &annotation)
{
    onThread([this, articleId, annotation] {
        AnnotationStore(m_db.library()->database()).insert(articleId, annotation);
        reload(articleId);
    });
}

void AnnotationWorker::update(qint64 articleId, qint64 id, const QString &color, const QString &note)
{
    onThread([this, articleId, id, color, note] {
        AnnotationStore(m_db.library()->database()).update(id, color, note);
        reload(articleId);
    });
}

void AnnotationWorker::remove(qint64 articleId, qint64 id)
{
    onThread([this, articleId, id] {
        AnnotationStore(m_db.library()->database()).remove(id);
        reload(articleId);
    });
}

void AnnotationWorker::search(quint64 generation, const QString &text)
{
    onThread([this, generation, text] {
        QList<NoteHit> hits = AnnotationStore(m_db.library()->database()).search(text);
        post([this, generation, hits = std::move(hits)] { Q_EMIT found(generation, hits); });
    });
}

} // namespace dateline::ui
