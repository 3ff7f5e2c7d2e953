#include "extract/statements/statementextractor.h"

#include "extract/statements/statementbuilder.h"

namespace dateline {

QList<Statement> StatementExtractor::extract(const Article &article)
{
    StatementBuilder builder;
    // Titles in the caption or standfirst introduce people ("Russian
    // President Vladimir Putin") whom the body may call only "Putin".
    builder.learn(article.caption);
    builder.learn(article.headline);
    builder.learn(article.standfirst);
    for (int i = 0; i < article.paragraphs.size(); ++i)
        builder.addParagraph(article.paragraphs, i);
    return builder.finish();
}

} // namespace dateline
