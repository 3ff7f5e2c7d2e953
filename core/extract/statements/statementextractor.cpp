#include "extract/statements/statementextractor.h"

namespace dateline {

QList<Statement> StatementExtractor::extract(const Article &article)
{
    Q_UNUSED(article);
    return {};
}

} // namespace dateline
