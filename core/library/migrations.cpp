#include "library/migrations.h"

#include "library/database.h"
#include "library/libraryerror.h"
#include "library/transaction.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

namespace dateline {

namespace {

const QString kFolder = QStringLiteral(":/dateline/sql");

// Version number -> resource path, from the NNN_ prefix of each file name.
QMap<int, QString> migrationFiles()
{
    QMap<int, QString> files;
    const QStringList names = QDir(kFolder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        bool ok = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok && version > 0)
            files.insert(version, kFolder + QLatin1Char('/') + name);
    }
    return files;
}

// The schema a new library starts with (see schema.sql).
const QString kSchema = QStringLiteral(":/dateline/sql/schema.sql");

QString readMigration(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw LibraryError(QStringLiteral("the schema file %1 is missing from this build").arg(path));
    return QString::fromUtf8(file.readAll());
}

// The version schema.sql brings a new library to, from the user_version
// it sets; 0 when it sets none.
int schemaVersion(const QString &schema)
{
    static const QRegularExpression pragma(QStringLiteral("^PRAGMA user_version = (\\d+);"),
                                           QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pragma.match(schema);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

QString Migrations::schemaSql()
{
    return readMigration(kSchema);
}

QList<int> Migrations::versions()
{
    return migrationFiles().keys();
}

int Migrations::latestVersion()
{
    const QMap<int, QString> files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

void Migrations::apply(Database &db, int target)
{
    const QMap<int, QString> files = migrationFiles();
    const int latest = files.isEmpty() ? 0 : files.lastKey();
    if (target < 0 || target > latest)
        target = latest;

    const int current = db.userVersion();
    if (current > latest)
        throw LibraryError(QStringLiteral("the library at %1 was written by a newer Dateline (schema %2, this "
                                          "version knows %3); it was left untouched")
                               .arg(db.path())
                               .arg(current)
                               .arg(latest));
    if (current == 0
        && db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")) > 0)
        throw LibraryError(QStringLiteral("%1 is an SQLite database but not a Dateline library; it was left untouched")
                               .arg(db.path()));

    // A migration rewrites tables; on a damaged file that could lose what
    // is still readable, so the file must be sound first.
    if (current > 0 && current < target)
        db.quickCheck();

    // A new file gives back the pages full-text merges and deletes free
    // (Database::releaseFreePages) instead of keeping them; only possible
    // before its first table.
    // In WAL mode from then on, its schema steps commit without the
    // rollback journal's file syncs (about thirty for a new library; on a
    // busy disk most of the time opening took). The header that switch
    // writes fixes auto_vacuum, so it comes second.
    if (current == 0) {
        db.exec(QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL"));
        db.enableWriteAheadLog();
    }

    // A new library starts from the schema the steps would leave, created
    // at once: the steps create, rebuild and drop tables a new library
    // never needs, most of the time opening one took.
    int from = current;
    if (current == 0 && target > 0) {
        const QString schema = schemaSql();
        const int version = schemaVersion(schema);
        if (version > 0 && version <= target) {
            Transaction transaction(db);
            try {
                db.exec(schema);
            } catch (const LibraryError &e) {
                throw LibraryError(QStringLiteral("creating the library's schema failed: %1").arg(e.message()));
            }
            transaction.commit();
            from = version;
        }
    }

    // Every step in turn: each one assumes the schema its predecessor left.
    for (int version = from + 1; version <= target; ++version) {
        if (!files.contains(version))
            throw LibraryError(QStringLiteral("schema step %1 is missing from this build").arg(version));
        const QString sql = readMigration(files.value(version));
        Transaction transaction(db);
        try {
            db.exec(sql);
        } catch (const LibraryError &e) {
            throw LibraryError(
                QStringLiteral("upgrading the library to schema %1 failed: %2").arg(version).arg(e.message()));
        }
        db.setUserVersion(version);
        transaction.commit();
    }

    // Schema 8 stores about a third less than 7; an upgraded file would keep
    // the freed pages until new articles filled them. Rebuilt once (seconds
    // at 100,000 articles), it is as small as a new library and gives pages
    // back later as a new one does. VACUUM needs room for a copy; where it
    // fails the library stays as the upgrade left it, sound and complete.
    constexpr int kCompactSchema = 8;
    if (current > 0 && current < kCompactSchema && target >= kCompactSchema) {
        try {
            db.exec(QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL"));
            db.exec(QStringLiteral("VACUUM"));
        } catch (const LibraryError &) {
        }
    } else if (from < target) {
        // Steps drop what earlier steps created, a new library's too.
        db.releaseFreePages();
    }
}

} // namespace dateline
