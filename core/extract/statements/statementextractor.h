#pragma once

#include "model/article.h"

#include <QList>

namespace dateline {

// Finds statements (direct, mixed, indirect) and resolves their speakers.
class StatementExtractor final
{
public:
    static QList<Statement> extract(const Article &article);
};

} // namespace dateline
