// Bad input is answered quickly with a one-line reason, never a crash.
#include "import/importer.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <unistd.h>

#include <gtest/gtest.h>

using namespace dateline;
using dateline::test::fixturePath;

TEST(ImporterBadInput, EmptyFile)
{
    const ImportResult r = Importer::importFile(fixturePath(QStringLiteral("import/empty.txt")));
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.articles.isEmpty());
    EXPECT_TRUE(r.error.contains(QStringLiteral("empty")));
}

TEST(ImporterBadInput, BinaryFile)
{
    const ImportResult r = Importer::importFile(fixturePath(QStringLiteral("import/image.png")));
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("binary")));
}

TEST(ImporterBadInput, MissingPathAndDirectory)
{
    EXPECT_TRUE(
        Importer::importFile(QStringLiteral("/no/such/file.txt")).error.contains(QStringLiteral("no such file")));
    EXPECT_TRUE(
        Importer::importFile(fixturePath(QStringLiteral("import"))).error.contains(QStringLiteral("directory")));
}

TEST(ImporterBadInput, FileAboveSizeLimitIsRefusedUnread)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile f(dir.filePath(QStringLiteral("big.txt")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    // Sparse: the limit is checked before reading, so size is what matters.
    ASSERT_TRUE(f.resize(200LL * 1024 * 1024));
    f.close();
    ImportOptions options;
    const ImportResult r = Importer::importFile(f.fileName(), options);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("limit"))) << r.error.toStdString();
}

TEST(ImporterBadInput, FileOfExactlyTheLimitIsReadWhole)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QByteArray text = "Talks resume in Geneva\n\n";
    for (int i = 0; text.size() < 9000; ++i)
        text += "Paragraph " + QByteArray::number(i) + " of a long story about the talks.\n\n";
    text += "The last paragraph.\n";
    QFile f(dir.filePath(QStringLiteral("story.txt")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
    f.close();
    ImportOptions options;
    options.maxFileBytes = text.size();
    const ImportResult r = Importer::importFile(f.fileName(), options);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    ASSERT_EQ(r.articles.size(), 1);
    EXPECT_EQ(r.articles.first().paragraphs.last(), QStringLiteral("The last paragraph."));
    options.maxFileBytes = text.size() - 1;
    EXPECT_TRUE(Importer::importFile(f.fileName(), options).error.contains(QStringLiteral("limit")));
}

TEST(ImporterBadInput, UnreadableFile)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root reads every file";
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("secret.txt")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("Headline\n\nBody\n");
    f.close();
    f.setPermissions(QFileDevice::WriteOwner);
    EXPECT_TRUE(Importer::importFile(f.fileName()).error.contains(QStringLiteral("cannot read")));
}
