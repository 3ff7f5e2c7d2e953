#pragma once

#include <QList>
#include <QString>

namespace dateline {

// A statement found by a search, with what it takes to show it and to lead
// back to its place: paragraph and UTF-16 span in the article.
struct StatementHit
{
    qint64 statementId = 0;
    qint64 articleId = 0;
    QString headline;
    QString published;
    QString speaker;
    QString text;
    QString snippet;
    int paragraph = 0;
    int start = 0;
    int end = 0;
};

// An article found by a search.
struct ArticleHit
{
    qint64 articleId = 0;
    QString headline;
    QString published;
    QString source;
    QString snippet;
};

// One page of results and how many there are in all.
template<typename Hit> struct SearchResults
{
    qint64 total = 0;
    QList<Hit> hits;
};

using StatementResults = SearchResults<StatementHit>;
using ArticleResults = SearchResults<ArticleHit>;

} // namespace dateline
