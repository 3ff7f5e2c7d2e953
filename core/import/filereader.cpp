#include "import/filereader.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace dateline {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

FileReader::Result failure(const QString &error)
{
    return {QByteArray(), error};
}

FileReader::Result tooLarge(qint64 size, qint64 maxBytes)
{
    return failure(
        QStringLiteral("file is %1, above the %2 limit (see --max-size)").arg(megabytes(size), megabytes(maxBytes)));
}

FileReader::Result grewPastLimit(qint64 maxBytes)
{
    return failure(QStringLiteral("file is above the %1 limit (see --max-size)").arg(megabytes(maxBytes)));
}

// The buffer starts at the size the file has, plus the byte that shows it
// has not grown: reading up to the limit would allocate the whole limit
// (64 MB) for every file, and mapping and unmapping that much memory per
// file stalls every thread of the import.
qint64 initialCapacity(qint64 size, qint64 maxBytes)
{
    return qBound(qint64(4096), size + 1, maxBytes + 1);
}

// Any path QFile knows, Qt resources (":/...") among them.
FileReader::Result readWithQFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(QStringLiteral("no such file"));
    if (info.isDir())
        return failure(QStringLiteral("is a directory"));
    if (!info.isFile())
        return failure(QStringLiteral("not a regular file"));
    if (info.size() > maxBytes)
        return tooLarge(info.size(), maxBytes);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return failure(QStringLiteral("cannot read: %1").arg(file.errorString()));
    const qint64 limit = maxBytes + 1;
    QByteArray data;
    qint64 capacity = initialCapacity(info.size(), maxBytes);
    for (;;) {
        const qint64 have = data.size();
        data.resize(capacity);
        const qint64 got = file.read(data.data() + have, capacity - have);
        if (got <= 0) {
            data.resize(have);
            break;
        }
        data.resize(have + got);
        if (data.size() >= limit)
            break;
        if (data.size() == capacity)
            capacity = qMin(limit, capacity * 2);
    }
    if (file.error() != QFileDevice::NoError)
        return failure(QStringLiteral("cannot read: %1").arg(file.errorString()));
    // Files that grew while being read, and special files that report no
    // size, are refused by the byte past the limit.
    if (data.size() > maxBytes)
        return grewPastLimit(maxBytes);
    return {data, QString()};
}

#ifdef Q_OS_UNIX

class FileDescriptor
{
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    {
    }
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;

    int get() const { return m_fd; }

private:
    int m_fd;
};

QString cannotRead(int error)
{
    return QStringLiteral("cannot read: %1").arg(qt_error_string(error));
}

FileReader::Result readNative(const QString &path, qint64 maxBytes)
{
    const QByteArray native = QFile::encodeName(path);
    // Non-blocking, so a named pipe is refused below instead of waiting
    // for a writer; reading a regular file ignores the flag.
    FileDescriptor fd(::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
    if (fd.get() < 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR || native.isEmpty())
            return failure(QStringLiteral("no such file"));
        return failure(cannotRead(error));
    }
    struct stat info
    {
    };
    if (::fstat(fd.get(), &info) != 0)
        return failure(cannotRead(errno));
    if (S_ISDIR(info.st_mode))
        return failure(QStringLiteral("is a directory"));
    if (!S_ISREG(info.st_mode))
        return failure(QStringLiteral("not a regular file"));
    if (info.st_size > maxBytes)
        return tooLarge(info.st_size, maxBytes);

    const qint64 limit = maxBytes + 1;
    QByteArray data;
    qint64 capacity = initialCapacity(info.st_size, maxBytes);
    qint64 have = 0;
    for (;;) {
        data.resize(capacity);
        const ssize_t got = ::read(fd.get(), data.data() + have, size_t(capacity - have));
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return failure(cannotRead(errno));
        }
        const qint64 wanted = capacity - have;
        have += got;
        if (got == 0 || have >= limit)
            break;
        // A regular file returns less than asked only at its end: no
        // second call to hear that.
        if (got < wanted && have >= info.st_size)
            break;
        if (have == capacity)
            capacity = qMin(limit, capacity * 2);
    }
    data.resize(have);
    if (data.size() > maxBytes)
        return grewPastLimit(maxBytes);
    return {data, QString()};
}

#endif

} // namespace

FileReader::Result FileReader::read(const QString &path, qint64 maxBytes)
{
#ifdef Q_OS_UNIX
    if (!path.startsWith(QLatin1Char(':')))
        return readNative(path, maxBytes);
#endif
    return readWithQFile(path, maxBytes);
}

} // namespace dateline
