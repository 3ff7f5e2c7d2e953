#pragma once

#include <QString>
#include <QStringList>

namespace dateline::ui {

// One line of the article list as the library query returns it: enough to
// show and sort the row without loading the article.
struct ArticleRow
{
    qint64 id = 0;
    QString headline;
    QString published;
    QString agency;
    QString source; // file path or URL
    QString link; // the article's URL when known
    QString feed; // the title of the subscribed feed it came from, if any
    QString standfirst;
    QStringList speakers; // distinct, in order of first statement
    QStringList countries; // distinct codes, most mentioned first
};

// Which articles the list shows and in what order.
struct ArticleQuery
{
    // The library pane's entries: all, one source (agency), articles that
    // mention one country (ISO code), articles with notes.
    enum class Scope { All, Source, Country, Starred, Notes };
    Scope scope = Scope::All;
    QString scopeValue;
    QString filter; // plain text in headline, agency or source
    int sortColumn = 1; // ArticleListModel::Column
    bool descending = true;
};

} // namespace dateline::ui
