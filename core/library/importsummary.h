#pragma once

#include <QList>
#include <QString>

namespace dateline {

// Where an import stands, reported after every file.
struct ImportProgress
{
    int filesDone = 0;
    int filesTotal = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    int imported = 0; // articles stored so far
    int duplicates = 0;
    QString currentFile; // the file just finished
};

// A file (or part of one) that could not be imported, and why.
struct RefusedFile
{
    QString path;
    QString reason;
};

// What an import did, for the summary line and the import dialog.
struct ImportSummary
{
    int files = 0;
    int imported = 0;
    int duplicates = 0;
    QList<RefusedFile> refused;
    bool cancelled = false;
};

} // namespace dateline
