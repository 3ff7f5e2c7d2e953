#include "export/exporter.h"
#include "exportsamples.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dateline;

TEST(Exporter, FormatNames)
{
    EXPECT_EQ(exportFormatFromString(QStringLiteral("html")), ExportFormat::Html);
    EXPECT_EQ(exportFormatFromString(QStringLiteral("MD")), ExportFormat::Markdown);
    EXPECT_EQ(exportFormatFromString(QStringLiteral("jsonld")), ExportFormat::JsonLd);
    EXPECT_EQ(exportFormatFromString(QStringLiteral("csv")), ExportFormat::Csv);
    EXPECT_FALSE(exportFormatFromString(QStringLiteral("pdf")).has_value());
    for (const ExportFormat f : {ExportFormat::Html, ExportFormat::Markdown, ExportFormat::JsonLd, ExportFormat::Csv})
        EXPECT_EQ(exportFormatFromString(toString(f)), f);
}

TEST(Exporter, WritesEveryFormat)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const ExportFormat f : {ExportFormat::Html, ExportFormat::Markdown, ExportFormat::JsonLd, ExportFormat::Csv}) {
        const QString path = dir.filePath(QStringLiteral("out.") + fileSuffix(f));
        const ExportResult r = Exporter::write(f, {test::sampleItem()}, path);
        EXPECT_TRUE(r.ok()) << r.error;
        EXPECT_EQ(test::readFile(path), Exporter::render(f, {test::sampleItem()}));
    }
    // Only the finished files are left: no temporary files beside them.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 4);
}

TEST(Exporter, MissingFolderIsAClearError)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/out.html"));
    const ExportResult r = Exporter::write(ExportFormat::Html, {test::sampleItem()}, path);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("does not exist"))) << r.error;
    EXPECT_FALSE(QFile::exists(path));
}

TEST(Exporter, FolderAsTargetIsAClearError)
{
    QTemporaryDir dir;
    const ExportResult r = Exporter::write(ExportFormat::Csv, {}, dir.path());
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("is a folder"))) << r.error;
    EXPECT_FALSE(Exporter::write(ExportFormat::Csv, {}, QString()).ok());
}

TEST(Exporter, UnwritableFolderKeepsTheOldFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.csv"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("previous export");
    }
    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    if (QFile(dir.filePath(QStringLiteral("probe"))).open(QIODevice::WriteOnly)) {
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        GTEST_SKIP() << "running with privileges that ignore folder permissions";
    }
    const ExportResult r = Exporter::write(ExportFormat::Csv, {test::sampleItem()}, path);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("cannot write"))) << r.error;
    EXPECT_EQ(test::readFile(path), QByteArray("previous export"));
}

TEST(Exporter, FolderWithoutFileCreationIsAClearError)
{
    // /proc refuses new files even to root, so this runs under any user.
    if (!QFileInfo(QStringLiteral("/proc/self")).exists())
        GTEST_SKIP() << "no /proc on this system";
    const ExportResult r
        = Exporter::write(ExportFormat::Markdown, {test::sampleItem()}, QStringLiteral("/proc/dateline-export.md"));
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("cannot write /proc/dateline-export.md: "))) << r.error;
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("/proc/dateline-export.md")));
}
