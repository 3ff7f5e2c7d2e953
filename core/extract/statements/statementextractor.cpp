#include "extract/statements/statementextractor.h"

#include "extract/statements/statementbuilder.h"

namespace dateline {

namespace {

QList<Statement> extractFrom(const Article &article, std::vector<std::vector<Token>> *tokens)
{
    StatementBuilder builder;
    // Titles in the caption or standfirst introduce people ("Russian
    // President Vladimir Putin") whom the body may call only "Putin".
    builder.learn(article.caption);
    builder.learn(article.headline);
    builder.learn(article.standfirst);
    for (int i = 0; i < article.paragraphs.size(); ++i)
        builder.addParagraph(article.paragraphs, i, tokens ? &(*tokens)[size_t(i)] : nullptr);
    return builder.finish();
}

} // namespace

QList<Statement> StatementExtractor::extract(const Article &article)
{
    return extractFrom(article, nullptr);
}

QList<Statement> StatementExtractor::extract(const Article &article, std::vector<std::vector<Token>> &tokens)
{
    return extractFrom(article, &tokens);
}

} // namespace dateline
