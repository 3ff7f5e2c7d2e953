#pragma once

#include "extract/statements/statementextractor.h"
#include "testpaths.h"

#include <QStringList>

#include <initializer_list>

namespace dateline::test {

// An article made of the given UTF-8 paragraphs.
inline Article story(std::initializer_list<const char *> paragraphs)
{
    Article a;
    for (const char *p : paragraphs)
        a.paragraphs << QString::fromUtf8(p);
    return a;
}

inline QList<Statement> statementsOf(std::initializer_list<const char *> paragraphs)
{
    return StatementExtractor::extract(story(paragraphs));
}

inline QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace dateline::test
