#pragma once

#include <QList>
#include <QString>

namespace dateline::ui {

// What one import run did with each file, for the summary dialog.
struct ImportSummary
{
    struct Entry
    {
        QString path;
        QString detail; // how many articles, or why the file was refused
        int articles = 0;
    };

    QList<Entry> imported; // files that brought new articles
    QList<Entry> duplicates; // files whose articles the library already held
    QList<Entry> refused; // files that gave no article, or broke part-way
    bool cancelled = false;

    int importedArticles() const { return count(imported); }
    int duplicateArticles() const { return count(duplicates); }

private:
    static int count(const QList<Entry> &entries)
    {
        int n = 0;
        for (const Entry &e : entries)
            n += e.articles;
        return n;
    }
};

} // namespace dateline::ui
