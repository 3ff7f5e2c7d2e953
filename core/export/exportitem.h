#pragma once

#include "model/annotation.h"
#include "model/article.h"

#include <QList>

namespace dateline {

// One article to export, with its extraction (inside Article) and the
// reader's own annotations on it.
struct ExportItem
{
    Article article;
    QList<UserAnnotation> annotations;
};

} // namespace dateline
