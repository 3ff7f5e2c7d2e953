// The SQLite wrappers and how a library file is opened: pragmas, RAII
// transactions and statements, and refusing files that are not libraries
// without touching them.
#include "librarytestdata.h"
#include "testpaths.h"

#include "library/database.h"
#include "library/library.h"
#include "library/libraryerror.h"
#include "library/migrations.h"
#include "library/sqlstatement.h"
#include "library/transaction.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dateline;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Opening must fail with a message containing `expected` and leave the
// file byte for byte as it was, with no journal beside it.
void expectRefusedUntouched(const QString &path, const QString &expected)
{
    const QByteArray before = test::readFile(path);
    try {
        Library::open(path);
        ADD_FAILURE() << "opened " << path;
    } catch (const LibraryError &e) {
        EXPECT_TRUE(e.message().contains(expected)) << e.message();
        EXPECT_TRUE(e.message().contains(path)) << e.message();
    }
    EXPECT_EQ(test::readFile(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

} // namespace

TEST(Database, AppliesTheConnectionPragmas)
{
    test::TempLibrary t;
    Database &db = t.library().database();
    EXPECT_EQ(db.queryText(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    EXPECT_EQ(db.queryInt(QStringLiteral("PRAGMA foreign_keys")), 1);
    EXPECT_EQ(db.queryInt(QStringLiteral("PRAGMA synchronous")), 1); // NORMAL
    EXPECT_GT(db.queryInt(QStringLiteral("PRAGMA busy_timeout")), 0);
    EXPECT_EQ(db.userVersion(), Migrations::latestVersion());
}

TEST(Database, TransactionRollsBackUnlessCommitted)
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("t.sqlite")));
    db.exec(QStringLiteral("CREATE TABLE t(x INTEGER)"));
    {
        Transaction t(db);
        db.exec(QStringLiteral("INSERT INTO t VALUES (1)"));
    }
    EXPECT_EQ(db.queryInt(QStringLiteral("SELECT count(*) FROM t")), 0);
    try {
        Transaction t(db);
        db.exec(QStringLiteral("INSERT INTO t VALUES (2)"));
        db.exec(QStringLiteral("INSERT INTO no_such_table VALUES (3)"));
        t.commit();
    } catch (const LibraryError &) {
    }
    EXPECT_EQ(db.queryInt(QStringLiteral("SELECT count(*) FROM t")), 0);
    {
        Transaction t(db);
        db.exec(QStringLiteral("INSERT INTO t VALUES (4)"));
        t.commit();
    }
    EXPECT_EQ(db.queryInt(QStringLiteral("SELECT sum(x) FROM t")), 4);
}

TEST(Database, StatementIsReusedAndResetClearsBindings)
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("t.sqlite")));
    db.exec(QStringLiteral("CREATE TABLE t(x INTEGER, s TEXT)"));
    SqlStatement insert(db, QStringLiteral("INSERT INTO t VALUES (?1, ?2)"));
    insert.bind(1, 7).bind(2, QStringLiteral("Erdoğan"));
    insert.run();
    insert.bind(1, 8); // ?2 left unbound: NULL, not the previous row's text
    insert.run();
    SqlStatement select(db, QStringLiteral("SELECT x, s FROM t ORDER BY x"));
    ASSERT_TRUE(select.step());
    EXPECT_EQ(select.text(1), QStringLiteral("Erdoğan"));
    ASSERT_TRUE(select.step());
    EXPECT_TRUE(select.isNull(1));
    EXPECT_FALSE(select.step());

    EXPECT_THROW(SqlStatement(db, QStringLiteral("SELEC nonsense")), LibraryError);
}

TEST(Database, RefusesAFileThatIsNotSqlite)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    writeFile(path, QByteArray("These are my notes, not a database.\n").repeated(200));
    expectRefusedUntouched(path, QStringLiteral("not an SQLite database"));
}

TEST(Database, RefusesADamagedLibrary)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    {
        // An older schema, so that opening means migrating: the moment a
        // damaged file must be refused rather than written to.
        Database db = Database::open(path);
        Migrations::apply(db, 1);
        db.exec(QStringLiteral("INSERT INTO articles(headline, body, content_hash, imported_at) VALUES "
                               "('Talks resume', 'Words.', 'h', '2024-01-01')"));
        db.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 400) "
                               "INSERT INTO paragraphs SELECT 1, i, 'Paragraph text ' || i FROM n"));
    }
    QByteArray bytes = test::readFile(path);
    ASSERT_GT(bytes.size(), 8 * 4096);
    // Wreck the last pages (paragraph rows): the schema still loads, so
    // only the quick check before migrating can notice.
    for (qsizetype i = bytes.size() - 3 * 4096; i < bytes.size(); ++i)
        bytes[i] = char(0xA5 ^ (i & 0xFF));
    writeFile(path, bytes);
    expectRefusedUntouched(path, QStringLiteral("damaged"));
}

TEST(Database, RefusesAnotherApplicationsDatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        Database db = Database::open(path);
        db.exec(QStringLiteral("PRAGMA journal_mode = DELETE; CREATE TABLE contacts(name TEXT)"));
    }
    expectRefusedUntouched(path, QStringLiteral("not a Dateline library"));
}

TEST(Database, RefusesALibraryFromANewerVersion)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    {
        Library library = Library::open(path);
        library.database().setUserVersion(Migrations::latestVersion() + 1);
        library.database().exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    expectRefusedUntouched(path, QStringLiteral("newer Dateline"));
}

TEST(Database, ReportsAFolderThatCannotBeCreated)
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("file"));
    writeFile(blocker, "x");
    try {
        Library::open(blocker + QStringLiteral("/sub/library.sqlite"));
        ADD_FAILURE() << "opened a library below a regular file";
    } catch (const LibraryError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("cannot create the folder"))) << e.message();
    }
}

TEST(Database, ReportsAReadOnlyFolder)
{
    QTemporaryDir dir;
    const QString locked = dir.filePath(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(locked));
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
    if (QFileInfo(locked).isWritable())
        GTEST_SKIP() << "running with rights that ignore folder permissions";
    try {
        Library::open(locked + QStringLiteral("/library.sqlite"));
        ADD_FAILURE() << "opened a library in a read-only folder";
    } catch (const LibraryError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("not writable"))) << e.message();
    }
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST(Database, ReadOnlyConnectionsReadAndRefuseWrites)
{
    test::TempLibrary t;
    test::storeAll(t.library(), {test::makeArticle(QStringLiteral("Talks resume"), {QStringLiteral("Words.")})});
    Database reader = Database::open(t.path(), Database::Mode::ReadOnly);
    EXPECT_EQ(reader.queryInt(QStringLiteral("SELECT count(*) FROM articles")), 1);
    EXPECT_THROW(reader.exec(QStringLiteral("DELETE FROM articles")), LibraryError);
    EXPECT_EQ(t.library().stats().articles, 1);

    QTemporaryDir dir;
    const QString absent = dir.filePath(QStringLiteral("absent.sqlite"));
    EXPECT_THROW(Database::open(absent, Database::Mode::ReadOnly), LibraryError);
    EXPECT_FALSE(QFile::exists(absent));
}

TEST(Database, RefusesAFileWhoseSchemaIsUnreadable)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    {
        Library library = Library::open(path);
        library.database().exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    QByteArray bytes = test::readFile(path);
    // The 100-byte header survives; the schema pages behind it do not.
    for (qsizetype i = 100; i < bytes.size(); ++i)
        bytes[i] = char(0x5A ^ (i & 0x7F));
    writeFile(path, bytes);
    expectRefusedUntouched(path, QStringLiteral("damaged"));
}
