#pragma once

#include "model/article.h"

#include <QString>

namespace dateline {

// An article as the library holds it: its row id and bookkeeping beside the
// article itself (paragraphs and stored extraction included).
struct StoredArticle
{
    qint64 id = 0;
    Article article;
    QString importedAt;
    int extractorVersion = 0;
};

} // namespace dateline
