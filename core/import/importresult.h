#pragma once

#include "model/article.h"

#include <QList>
#include <QString>

namespace dateline {

// What one importer made of one document. An error with articles means the
// document broke part-way (truncated XML): what came before the break is kept.
struct ImportResult
{
    QList<Article> articles;
    QString error; // one line, empty on success

    bool ok() const { return error.isEmpty(); }

    static ImportResult failure(QString reason)
    {
        ImportResult r;
        r.error = std::move(reason);
        return r;
    }
};

} // namespace dateline
