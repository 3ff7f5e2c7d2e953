// Reading a file for import: the whole file or a one-line reason, never a
// blocked thread.
#include "import/filereader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

using namespace dateline;

namespace {

QByteArray bytesOf(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char('a' + i % 26);
    return data;
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    return f.fileName();
}

} // namespace

TEST(FileReader, ReadsFilesOfEverySizeWhole)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // Empty, below the first buffer, at its edge and many times past it.
    for (const qsizetype size : {0, 1, 4095, 4096, 4097, 100000, 3 * 1024 * 1024 + 7}) {
        const QByteArray data = bytesOf(size);
        const QString path = write(dir, QStringLiteral("f%1.txt").arg(size), data);
        ASSERT_FALSE(path.isEmpty());
        const FileReader::Result r = FileReader::read(path, 64 * 1024 * 1024);
        EXPECT_TRUE(r.error.isEmpty()) << size << ": " << r.error.toStdString();
        EXPECT_EQ(r.data, data) << size;
    }
}

TEST(FileReader, SizeLimitIsInclusive)
{
    QTemporaryDir dir;
    const QByteArray data = bytesOf(5000);
    const QString path = write(dir, QStringLiteral("story.txt"), data);
    EXPECT_EQ(FileReader::read(path, 5000).data, data);
    const FileReader::Result over = FileReader::read(path, 4999);
    EXPECT_TRUE(over.data.isEmpty());
    EXPECT_TRUE(over.error.contains(QStringLiteral("limit"))) << over.error.toStdString();
}

TEST(FileReader, MissingPathsAndFolders)
{
    QTemporaryDir dir;
    EXPECT_EQ(FileReader::read(dir.filePath(QStringLiteral("missing.txt")), 1000).error,
              QStringLiteral("no such file"));
    EXPECT_EQ(FileReader::read(dir.filePath(QStringLiteral("missing/deeper.txt")), 1000).error,
              QStringLiteral("no such file"));
    EXPECT_EQ(FileReader::read(QString(), 1000).error, QStringLiteral("no such file"));
    EXPECT_EQ(FileReader::read(dir.path(), 1000).error, QStringLiteral("is a directory"));
    // A path that goes through a file, not a folder.
    const QString file = write(dir, QStringLiteral("plain.txt"), "text");
    EXPECT_EQ(FileReader::read(file + QStringLiteral("/inside.txt"), 1000).error, QStringLiteral("no such file"));
}

TEST(FileReader, SpecialFilesAreRefusedWithoutBlocking)
{
    QTemporaryDir dir;
    // A named pipe with no writer: opening it for reading would wait forever.
    const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("pipe")));
    ASSERT_EQ(::mkfifo(fifo.constData(), 0600), 0);
    EXPECT_EQ(FileReader::read(QFile::decodeName(fifo), 1000).error, QStringLiteral("not a regular file"));
    // A device that never ends.
    EXPECT_EQ(FileReader::read(QStringLiteral("/dev/zero"), 1000).error, QStringLiteral("not a regular file"));
}

TEST(FileReader, UnreadableFileSaysWhy)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root reads every file";
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("secret.txt"), "Headline\n\nBody\n");
    QFile::setPermissions(path, QFileDevice::WriteOwner);
    const FileReader::Result r = FileReader::read(path, 1000);
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("cannot read: "))) << r.error.toStdString();
    EXPECT_TRUE(r.data.isEmpty());
}

TEST(FileReader, ReadsQtResources)
{
    // The demo articles the app imports on first start are resources.
    const QString path = QStringLiteral(":/dateline/sql/001_initial.sql");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << "no resource to read";
    const FileReader::Result r = FileReader::read(path, 64 * 1024 * 1024);
    EXPECT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    EXPECT_EQ(r.data, file.readAll());
    EXPECT_EQ(FileReader::read(QStringLiteral(":/dateline/no-such-resource"), 1000).error,
              QStringLiteral("no such file"));
}
