#pragma once

#include "model/annotation.h"

#include <QString>

namespace dateline {

// A note or highlight found by AnnotationStore::search, with its article.
struct NoteHit
{
    qint64 articleId = 0;
    QString headline;
    UserAnnotation annotation;
    QString snippet; // matched words between [ and ]
};

} // namespace dateline
