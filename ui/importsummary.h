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
        QString detail; // the headline, or why the file was refused
    };

    QList<Entry> imported; // one per new article
    QList<Entry> duplicates; // articles already in the library (same content hash)
    QList<Entry> refused; // files that gave no article, or broke part-way
    bool cancelled = false;
};

} // namespace dateline::ui
