#pragma once

#include <QByteArray>
#include <QString>

namespace dateline {

// Reads a whole file for import, refusing what is not a regular file or is
// above a size limit, with a one-line reason. An import reads thousands of
// small files; on Unix this costs four system calls per file (open, fstat,
// read, close), where QFileInfo and QFile took eleven, and on a virtual
// machine those calls cost more than parsing a wire story.
class FileReader final
{
public:
    struct Result
    {
        QByteArray data;
        QString error; // empty when data holds the whole file
    };

    static Result read(const QString &path, qint64 maxBytes);
};

} // namespace dateline
