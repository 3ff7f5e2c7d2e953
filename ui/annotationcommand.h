#pragma once

#include "model/annotation.h"

#include <QUndoCommand>

#include <optional>

namespace dateline::ui {

class AnnotationWorker;

// One undoable change to an annotation: added (no before), removed (no
// after) or edited (both). Undo and redo send the change to the worker; the
// views follow from its loaded() signal.
class AnnotationCommand final : public QUndoCommand
{
public:
    AnnotationCommand(AnnotationWorker *worker, qint64 articleId, std::optional<UserAnnotation> before,
                      std::optional<UserAnnotation> after, const QString &text);

    // The first redo() is skipped: the change is already in the library
    // (an add is pushed once the store has given it an id).
    void setAlreadyDone() { m_skipRedo = true; }

    void undo() override;
    void redo() override;

private:
    void apply(const std::optional<UserAnnotation> &from, const std::optional<UserAnnotation> &to);

    AnnotationWorker *m_worker;
    qint64 m_articleId;
    std::optional<UserAnnotation> m_before;
    std::optional<UserAnnotation> m_after;
    bool m_skipRedo = false;
};

} // namespace dateline::ui
