#pragma once

#include "extract/statements/tokenizer.h"
#include "model/article.h"

#include <QList>

#include <vector>

namespace dateline {

// Finds statements (direct, mixed, indirect) and resolves their speakers.
class StatementExtractor final
{
public:
    static QList<Statement> extract(const Article &article);
    // The same with each paragraph already tokenised (Tokenizer::tokenize),
    // one list per paragraph; the lists are taken over.
    static QList<Statement> extract(const Article &article, std::vector<std::vector<Token>> &tokens);
};

} // namespace dateline
