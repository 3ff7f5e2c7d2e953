// The import pipeline: parallel parsing, one writer, a summary that names
// refused files, dedup across files, progress and cancel.
#include "librarytestdata.h"
#include "testpaths.h"

#include "library/importpipeline.h"
#include "library/libraryerror.h"
#include "library/sqlstatement.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dateline;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray story(int i)
{
    return QStringLiteral("Story number %1 about the harbour\n\nThe harbour of town %1 reopened on Monday.\n\n"
                          "Officials expect trade to recover within weeks.\n")
        .arg(i)
        .toUtf8();
}

} // namespace

TEST(ImportPipeline, ImportsAFolderAndReportsTheBrokenFile)
{
    test::TempLibrary t;
    QTemporaryDir input;
    for (int i = 0; i < 12; ++i)
        writeFile(input.filePath(QStringLiteral("news/%1/story%2.txt").arg(i % 3).arg(i)), story(i));
    writeFile(input.filePath(QStringLiteral("news/copy.txt")), story(4)); // same story again
    writeFile(input.filePath(QStringLiteral("news/empty.txt")), QByteArray());
    writeFile(input.filePath(QStringLiteral("news/photo.png")), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));

    ImportPipeline pipeline(t.library());
    pipeline.setThreadCount(3);
    pipeline.setBatchSize(5);
    QList<ImportProgress> reports;
    pipeline.setProgressCallback([&](const ImportProgress &p) { reports << p; });
    const ImportSummary s
        = pipeline.run({input.filePath(QStringLiteral("news")), input.filePath(QStringLiteral("missing.txt"))});

    EXPECT_FALSE(s.cancelled);
    EXPECT_EQ(s.files, 15);
    EXPECT_EQ(s.imported, 12);
    EXPECT_EQ(s.duplicates, 1);
    QStringList refused;
    for (const RefusedFile &r : s.refused)
        refused << QFileInfo(r.path).fileName() + QStringLiteral(": ") + r.reason;
    refused.sort();
    ASSERT_EQ(refused.size(), 3) << refused.join(QLatin1Char('\n'));
    EXPECT_TRUE(refused[0].startsWith(QStringLiteral("empty.txt: the file is empty"))) << refused[0];
    EXPECT_TRUE(refused[1].startsWith(QStringLiteral("missing.txt: no such file"))) << refused[1];
    EXPECT_TRUE(refused[2].startsWith(QStringLiteral("photo.png: binary"))) << refused[2];

    ASSERT_EQ(reports.size(), 15);
    EXPECT_EQ(reports.last().filesDone, 15);
    EXPECT_EQ(reports.last().filesTotal, 15);
    EXPECT_EQ(reports.last().bytesDone, reports.last().bytesTotal);
    EXPECT_EQ(reports.last().imported, 12);
    EXPECT_FALSE(reports.first().currentFile.isEmpty());

    EXPECT_EQ(t.library().stats().articles, 12);
    EXPECT_EQ(t.library().stats().paragraphs, 24);
    SearchFilter f;
    f.query = QStringLiteral("harbour");
    EXPECT_EQ(t.library().searchArticles(f).total, 12);
    EXPECT_TRUE(t.library().check().isEmpty());

    // Importing the folder again stores nothing new.
    ImportPipeline again(t.library());
    const ImportSummary s2 = again.run({input.filePath(QStringLiteral("news"))});
    EXPECT_EQ(s2.imported, 0);
    EXPECT_EQ(s2.duplicates, 13);
    EXPECT_EQ(t.library().stats().articles, 12);
}

TEST(ImportPipeline, ArticleIdsFollowTheSortedFileListWhicheverWorkerIsFirst)
{
    test::TempLibrary t;
    QTemporaryDir input;
    QStringList paths;
    for (int i = 0; i < 120; ++i) {
        // Every seventh story is long, so the workers finish out of turn.
        QByteArray text = story(i);
        for (int p = 0; i % 7 == 0 && p < 400; ++p)
            text += "The harbour master said ships were waiting outside town " + QByteArray::number(p) + ".\n\n";
        const QString path
            = input.filePath(QStringLiteral("d%1/story%2.txt").arg(i % 4).arg(i, 3, 10, QLatin1Char('0')));
        writeFile(path, text);
        paths << QFileInfo(path).filePath();
    }
    paths.sort();

    ImportPipeline pipeline(t.library());
    pipeline.setThreadCount(4);
    pipeline.setBatchSize(9);
    ASSERT_EQ(pipeline.run({input.path()}).imported, 120);

    SqlStatement sources(t.library().database(), QStringLiteral("SELECT id, source FROM articles ORDER BY id"));
    QStringList stored;
    qint64 expectedId = 1;
    while (sources.step()) {
        EXPECT_EQ(sources.integer(0), expectedId++);
        stored << sources.text(1);
    }
    EXPECT_EQ(stored, paths);
}

TEST(ImportPipeline, CancelStopsAndKeepsWhatWasStored)
{
    test::TempLibrary t;
    QTemporaryDir input;
    for (int i = 0; i < 200; ++i)
        writeFile(input.filePath(QStringLiteral("story%1.txt").arg(i, 3, 10, QLatin1Char('0'))), story(i));

    ImportPipeline pipeline(t.library());
    pipeline.setThreadCount(2);
    pipeline.setBatchSize(7);
    int calls = 0;
    pipeline.setProgressCallback([&](const ImportProgress &p) {
        ++calls;
        if (p.filesDone == 10)
            pipeline.cancel();
    });
    const ImportSummary s = pipeline.run({input.path()});
    EXPECT_TRUE(s.cancelled);
    EXPECT_EQ(s.files, 10);
    EXPECT_EQ(s.imported, 10);
    EXPECT_EQ(calls, 10);
    // Everything reported as imported was committed, partial batch included.
    EXPECT_EQ(t.library().stats().articles, 10);
    EXPECT_TRUE(t.library().check().isEmpty());
}

TEST(ImportPipeline, AnArticleTheDatabaseRefusesCostsOnlyThatArticle)
{
    test::TempLibrary t;
    // A batch is stored without a savepoint per article; a failure rolls
    // it back and replays it one savepoint per article.
    t.library().database().exec(
        QStringLiteral("CREATE TRIGGER refuse_story BEFORE INSERT ON articles WHEN new.headline LIKE '%number 3 %' "
                       "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));
    QTemporaryDir input;
    for (int i = 0; i < 8; ++i)
        writeFile(input.filePath(QStringLiteral("story%1.txt").arg(i)), story(i));

    ImportPipeline pipeline(t.library());
    pipeline.setThreadCount(2);
    pipeline.setBatchSize(5);
    const ImportSummary s = pipeline.run({input.path()});
    EXPECT_EQ(s.imported, 7);
    EXPECT_EQ(s.duplicates, 0);
    ASSERT_EQ(s.refused.size(), 1);
    EXPECT_TRUE(s.refused.first().path.endsWith(QStringLiteral("story3.txt"))) << s.refused.first().path;
    EXPECT_TRUE(s.refused.first().reason.contains(QStringLiteral("refused by the test"))) << s.refused.first().reason;

    EXPECT_EQ(t.library().stats().articles, 7);
    SearchFilter f;
    f.query = QStringLiteral("harbour");
    EXPECT_EQ(t.library().searchArticles(f).total, 7);
    EXPECT_TRUE(t.library().check().isEmpty()) << t.library().check().join(QLatin1Char('\n')).toStdString();
}

TEST(ImportPipeline, TheForeignKeysHoldAndAreEnforcedAgainAfterAnImport)
{
    test::TempLibrary t;
    QTemporaryDir input;
    for (int i = 0; i < 6; ++i)
        writeFile(input.filePath(QStringLiteral("quote%1.txt").arg(i)),
                  QStringLiteral("Harbour talks in town %1\n\n\"The harbour will reopen within weeks,\" Mayor Anna "
                                 "Berg said on Monday in Norway.\n")
                      .arg(i)
                      .toUtf8());

    ImportPipeline pipeline(t.library());
    pipeline.setBatchSize(4);
    ASSERT_EQ(pipeline.run({input.path()}).imported, 6);

    Database &db = t.library().database();
    EXPECT_EQ(db.queryInt(QStringLiteral("SELECT count(*) FROM statement_rows WHERE person_id IS NOT NULL")), 6);
    EXPECT_EQ(db.queryInt(QStringLiteral("SELECT count(*) FROM article_countries")), 6);
    // Every row names an article and a person that exist...
    EXPECT_EQ(db.queryInt(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
    // ...and the connection checks the keys again once the import is done.
    EXPECT_EQ(db.queryInt(QStringLiteral("PRAGMA foreign_keys")), 1);
    EXPECT_THROW(db.exec(QStringLiteral("INSERT INTO statement_rows(article_id, paragraph, span_start, span_end) "
                                        "VALUES (999, 0, 0, 1)")),
                 LibraryError);
}
