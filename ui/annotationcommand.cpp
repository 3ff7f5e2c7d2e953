#include "annotationcommand.h"

#include "annotationworker.h"

namespace dateline::ui {

AnnotationCommand::AnnotationCommand(AnnotationWorker *worker, qint64 articleId, std::optional<UserAnnotation> before,
                                     std::optional<UserAnnotation> after, const QString &text)
    : QUndoCommand(text)
    , m_worker(worker)
    , m_articleId(articleId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void AnnotationCommand::undo()
{
    apply(m_after, m_before);
}

void AnnotationCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    apply(m_before, m_after);
}

void AnnotationCommand::apply(const std::optional<UserAnnotation> &from, const std::optional<UserAnnotation> &to)
{
    if (from && !to)
        m_worker->remove(m_articleId, from->id);
    else if (!from && to)
        m_worker->restore(m_articleId, *to);
    else if (from && to)
        m_worker->update(m_articleId, to->id, to->color, to->note);
}

} // namespace dateline::ui
