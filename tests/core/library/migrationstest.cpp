// Every schema version a user may have on disk upgrades to the latest, and
// keeps its rows searchable.
#include "library/migrations.h"
#include "library/annotationstore.h"
#include "library/countryspans.h"
#include "library/database.h"
#include "library/library.h"
#include "library/librarywriter.h"
#include "library/paragraphtext.h"
#include "library/searchfilter.h"
#include "library/sqlstatement.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace dateline;

namespace {

QString contentHash(const QString &headline, const QStringList &paragraphs)
{
    Article a;
    a.headline = headline;
    a.paragraphs = paragraphs;
    return a.contentHash();
}

} // namespace

TEST(Migrations, NumberedFilesAreCompiledIn)
{
    EXPECT_GE(Migrations::latestVersion(), 2);
    const QList<int> versions = Migrations::versions();
    ASSERT_GE(versions.size(), 2);
    EXPECT_EQ(versions.first(), 1);
    EXPECT_EQ(versions.last(), Migrations::latestVersion());
    // Numbered without gaps: each step builds on the one before.
    EXPECT_EQ(versions.size(), Migrations::latestVersion());
}

TEST(Migrations, UpgradesFromEveryEarlierVersion)
{
    const int latest = Migrations::latestVersion();
    // Every version a library can be at: none yet, or any step this build has.
    QList<int> earlier = Migrations::versions();
    earlier.removeLast();
    earlier.prepend(0);
    for (const int version : std::as_const(earlier)) {
        SCOPED_TRACE(version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        {
            Database db = Database::open(path);
            Migrations::apply(db, version);
            ASSERT_EQ(db.userVersion(), version);
            if (version >= 1) {
                // Rows written by that version, through its own columns:
                // up to version 2 paragraphs had a table of their own and
                // triggers kept the indexes; from 3 on the body holds them
                // and the writer indexes, which the test does by a rebuild.
                const QStringList first {QStringLiteral("The ceasefire held overnight.")};
                const QStringList second {QStringLiteral("Erdoğan spoke."),
                                          QStringLiteral("First line\n\nsecond line."),
                                          QStringLiteral("“We want peace,” he said.")};
                const bool bodyHoldsParagraphs = version >= 3;
                SqlStatement article(db,
                                     bodyHoldsParagraphs
                                         ? QStringLiteral("INSERT INTO articles(id, headline, published, body, "
                                                          "paragraph_lengths, content_hash, imported_at) "
                                                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, '2024-01-01')")
                                         : QStringLiteral("INSERT INTO articles(id, headline, published, body, "
                                                          "content_hash, imported_at) "
                                                          "VALUES (?1, ?2, ?3, ?4, ?6, '2024-01-01')"));
                const auto addArticle = [&](int id, const QString &headline, const QString &published,
                                            const QStringList &paragraphs) {
                    article.bind(1, id).bind(2, headline).bind(3, published).bind(4, ParagraphText::body(paragraphs));
                    if (bodyHoldsParagraphs)
                        article.bind(5, ParagraphText::lengths(paragraphs));
                    // The content hash as that version stored it: hex text
                    // before 8, the digest's bytes from 8 on.
                    const QString hash = contentHash(headline, paragraphs);
                    if (version >= 8)
                        article.bindBlob(6, QByteArray::fromHex(hash.toLatin1()));
                    else
                        article.bind(6, hash);
                    article.run();
                    article.reset();
                    if (bodyHoldsParagraphs)
                        return;
                    SqlStatement paragraph(db,
                                           QStringLiteral("INSERT INTO paragraphs(article_id, position, text) "
                                                          "VALUES (?1, ?2, ?3)"));
                    for (int i = 0; i < paragraphs.size(); ++i) {
                        paragraph.bind(1, id).bind(2, i).bind(3, paragraphs.at(i));
                        paragraph.run();
                        paragraph.reset();
                    }
                };
                addArticle(1, QStringLiteral("Ceasefire holds"), QStringLiteral(""), first);
                addArticle(2, QStringLiteral("Talks in Ankara"), QStringLiteral("2023-07-21T09:00:00Z"), second);
                db.exec(QStringLiteral("INSERT INTO annotations(article_id, exact, span_start, span_end, note, "
                                       "created_at, updated_at) VALUES (1, 'held', 31, 35, 'Fragile truce', "
                                       "'2024-01-01', '2024-01-01')"));
                // A speaker, a date and countries the statement filters use;
                // from version 3 on the statement also carries them as words.
                // From version 6 on a mention's id is its place in the
                // article, statements live in statement_rows (text and speaker
                // NULL when derived) and facets are derived, not stored.
                // From version 8 on an article's mentions of one country
                // are one row and statement labels are ids.
                const bool derived = version >= 6;
                const bool packed = version >= 8;
                db.exec(QStringLiteral("INSERT INTO persons(id, name, kind, key) VALUES (5, 'Recep Tayyip Erdoğan', "
                                       "'person', 'recep tayyip erdogan');"));
                // The second mention's words are not its span: kept as written.
                if (packed) {
                    using M = CountrySpans::Mention;
                    SqlStatement country(db,
                                         QStringLiteral("INSERT INTO article_countries(article_id, code, first, "
                                                        "mentions, spans) VALUES (2, ?1, ?2, ?3, ?4)"));
                    QList<M> turkey;
                    turkey << M {0, CountryMentionKind::Name, 0, 0, 7, std::nullopt}
                           << M {1, CountryMentionKind::Demonym, 1, 0, 5, QStringLiteral("Türkiye")};
                    QList<M> syria;
                    syria << M {2, CountryMentionKind::Name, 1, 6, 10, std::nullopt};
                    country.bind(1, QStringLiteral("TR")).bind(2, 0).bind(3, 2);
                    country.bindBlob(4, CountrySpans::encode(turkey));
                    country.run();
                    country.reset();
                    country.bind(1, QStringLiteral("SY")).bind(2, 2).bind(3, 1);
                    country.bindBlob(4, CountrySpans::encode(syria));
                    country.run();
                } else {
                    db.exec(derived
                                ? QStringLiteral("INSERT INTO country_mentions(article_id, id, code, surface, kind, "
                                                 "paragraph, span_start, span_end) VALUES "
                                                 "(2, 0, 'TR', 'Erdoğan', 'name', 0, 0, 7), "
                                                 "(2, 1, 'TR', 'Türkiye', 'demonym', 1, 0, 5), "
                                                 "(2, 2, 'SY', 'line', 'name', 1, 6, 10);")
                                : QStringLiteral("INSERT INTO country_mentions(article_id, code, surface, kind, "
                                                 "paragraph, span_start, span_end) VALUES "
                                                 "(2, 'TR', 'Erdoğan', 'name', 0, 0, 7), "
                                                 "(2, 'TR', 'Türkiye', 'demonym', 1, 0, 5), "
                                                 "(2, 'SY', 'line', 'name', 1, 6, 10);"));
                }
                // An ambassador whose words are the paragraph span.
                db.exec(packed ? QStringLiteral("INSERT INTO ambassador_mentions(article_id, id, country, host, role, "
                                                "surface, paragraph, span_start, span_end) VALUES (2, 0, 'TR', 'SY', "
                                                "'ambassador', NULL, 0, 0, 7)")
                               : QStringLiteral("INSERT INTO ambassador_mentions(article_id, country, host, role, "
                                                "surface, paragraph, span_start, span_end) VALUES (2, 'TR', 'SY', "
                                                "'ambassador', 'Erdoğan', 0, 0, 7)"));
                // From version 9 on one full-text index holds articles and
                // their statements, which statement_positions places in it.
                const bool oneIndex = version >= 9;
                db.exec(
                    packed ? QStringLiteral("INSERT INTO statement_labels(id, text) VALUES (1, 'Erdoğan'), "
                                            "(2, 'President'), (3, 'said'), (4, 'mixed');"
                                            "INSERT INTO statement_rows(id, article_id, person_id, speaker, "
                                            "surface_label, role_label, verb_label, kind_label, text, paragraph, "
                                            "span_start, span_end) VALUES (9, 2, 5, NULL, 1, 2, 3, 4, NULL, 2, 1, "
                                            "14);")
                            + (oneIndex
                                   ? QStringLiteral(
                                       "INSERT INTO statement_positions(article_id, positions) SELECT r.article_id, "
                                       "dateline_statement_positions(a.body, a.paragraph_lengths, r.id, "
                                       "coalesce(r.person_id, 0), r.paragraph, r.span_start, r.span_end, "
                                       "'Recep Tayyip Erdoğan', r.text) FROM statement_rows r JOIN articles a ON "
                                       "a.id = r.article_id GROUP BY r.article_id;"
                                       "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');")
                                   : QStringLiteral("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');"
                                                    "INSERT INTO statements_fts(statements_fts) VALUES ('rebuild');"))
                        : derived
                        ? QStringLiteral("INSERT INTO statement_rows(id, article_id, person_id, speaker, surface, "
                                         "role, verb, kind, text, paragraph, span_start, span_end) VALUES (9, "
                                         "2, 5, NULL, 'Erdoğan', 'President', 'said', 'mixed', NULL, 2, 1, 14);"
                                         "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');"
                                         "INSERT INTO statements_fts(statements_fts) VALUES ('rebuild');")
                        : bodyHoldsParagraphs
                        ? QStringLiteral("INSERT INTO statements(id, article_id, person_id, speaker, surface, role, "
                                         "verb, kind, text, paragraph, span_start, span_end, facets) VALUES (9, 2, 5, "
                                         "'Recep Tayyip Erdoğan', 'Erdoğan', 'President', 'said', 'mixed', 'We want "
                                         "peace', 2, 1, 14, 'p5 y2023 m202307 d20230721 ctr csy');"
                                         "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');"
                                         "INSERT INTO statements_fts(statements_fts) VALUES ('rebuild');")
                        : QStringLiteral("INSERT INTO statements(id, article_id, person_id, speaker, surface, role, "
                                         "verb, kind, text, paragraph, span_start, span_end) VALUES (9, 2, 5, "
                                         "'Recep Tayyip Erdoğan', 'Erdoğan', 'President', 'said', 'mixed', 'We want "
                                         "peace', 2, 1, 14);"));
            }
        }
        Library library = Library::open(path);
        EXPECT_EQ(library.database().userVersion(), latest);
        // New or upgraded, the file gives freed pages back and keeps none.
        EXPECT_EQ(library.database().queryInt(QStringLiteral("PRAGMA auto_vacuum")), 2);
        EXPECT_EQ(library.database().queryInt(QStringLiteral("PRAGMA freelist_count")), 0);
        EXPECT_TRUE(library.check().isEmpty()) << library.check().join(QLatin1Char('\n')).toStdString();
        if (version >= 1) {
            SearchFilter f;
            f.query = QStringLiteral("overnight");
            const ArticleResults r = library.searchArticles(f);
            ASSERT_EQ(r.total, 1);
            EXPECT_EQ(r.hits.first().headline, QStringLiteral("Ceasefire holds"));
            ASSERT_TRUE(library.article(1).has_value());
            EXPECT_EQ(library.article(1)->article.paragraphs,
                      QStringList {QStringLiteral("The ceasefire held overnight.")});
            // Notes written before the notes index existed are found.
            const QList<NoteHit> notes = AnnotationStore(library.database()).search(QStringLiteral("truce"));
            ASSERT_EQ(notes.size(), 1);
            EXPECT_EQ(notes.first().annotation.exact, QStringLiteral("held"));
            const QStringList paragraphs
                = {QStringLiteral("Erdoğan spoke."), QStringLiteral("First line\n\nsecond line."),
                   QStringLiteral("“We want peace,” he said.")};
            ASSERT_TRUE(library.article(2).has_value());
            EXPECT_EQ(library.article(2)->article.paragraphs, paragraphs);
            EXPECT_EQ(library.paragraph(2, 1), paragraphs.at(1));
            EXPECT_EQ(library.paragraph(2, 2), paragraphs.at(2));
            EXPECT_EQ(library.stats().paragraphs, 4);
            EXPECT_EQ(library.stats().countryMentions, 3);
            EXPECT_EQ(library.stats().countries, 2);
            const std::optional<StoredArticle> stored = library.article(2);
            ASSERT_TRUE(stored.has_value());
            const Extraction &e = stored->article.extraction;
            QList<CountryMention> mentions;
            mentions
                << CountryMention {QStringLiteral("TR"), QStringLiteral("Erdoğan"), CountryMentionKind::Name, 0, 0, 7}
                << CountryMention {QStringLiteral("TR"),
                                   QStringLiteral("Türkiye"),
                                   CountryMentionKind::Demonym,
                                   1,
                                   0,
                                   5}
                << CountryMention {QStringLiteral("SY"), QStringLiteral("line"), CountryMentionKind::Name, 1, 6, 10};
            EXPECT_EQ(e.countries, mentions);
            ASSERT_EQ(e.statements.size(), 1);
            EXPECT_EQ(e.statements.first().text, QStringLiteral("We want peace"));
            EXPECT_EQ(e.statements.first().speaker, QStringLiteral("Recep Tayyip Erdoğan"));
            EXPECT_EQ(e.statements.first().speakerSurface, QStringLiteral("Erdoğan"));
            EXPECT_EQ(e.statements.first().speakerRole, QStringLiteral("President"));
            EXPECT_EQ(e.statements.first().verb, QStringLiteral("said"));
            EXPECT_EQ(e.statements.first().kind, StatementKind::Mixed);
            ASSERT_EQ(e.ambassadors.size(), 1);
            EXPECT_EQ(e.ambassadors.first().text, QStringLiteral("Erdoğan"));
            EXPECT_EQ(e.ambassadors.first().host, QStringLiteral("SY"));

            // Importing an article again finds it by its content hash,
            // whichever form that version stored.
            Article again;
            again.headline = QStringLiteral("Talks in Ankara");
            again.paragraphs = paragraphs;
            const LibraryWriter::Result rewritten = LibraryWriter(library.database()).store(again, 1);
            EXPECT_EQ(rewritten.outcome, LibraryWriter::Outcome::Duplicate);
            EXPECT_EQ(rewritten.articleId, 2);

            SearchFilter s;
            s.query = QStringLiteral("peace");
            s.speaker = QStringLiteral("erdogan");
            s.country = QStringLiteral("SY");
            s.from = QDate(2023, 7, 1);
            s.to = QDate(2023, 7, 31);
            const StatementResults found = library.searchStatements(s);
            ASSERT_EQ(found.total, 1);
            EXPECT_EQ(found.hits.first().statementId, 9);
            EXPECT_EQ(found.hits.first().snippet, QStringLiteral("We want [peace]"));
            s.country = QStringLiteral("FR");
            EXPECT_EQ(library.searchStatements(s).total, 0);
            s.country = QStringLiteral("TR");
            s.to = QDate(2023, 7, 20);
            EXPECT_EQ(library.searchStatements(s).total, 0);
        }
    }
}

TEST(Migrations, OpeningTwiceChangesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    {
        Library::open(path);
    }
    Library again = Library::open(path);
    EXPECT_EQ(again.database().userVersion(), Migrations::latestVersion());
}

TEST(Migrations, AnOlderLibraryIsKnownToNeedAnUpgradeBeforeItOpens)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    EXPECT_FALSE(Library::needsUpgrade(path)) << "no file yet";
    {
        Database db = Database::open(path);
        Migrations::apply(db, Migrations::latestVersion() - 1);
    }
    EXPECT_TRUE(Library::needsUpgrade(path));
    {
        Library::open(path);
    }
    EXPECT_FALSE(Library::needsUpgrade(path));

    const QString other = dir.filePath(QStringLiteral("notes.txt"));
    QFile text(other);
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("not a library at all, but long enough to have a header's worth of bytes in it");
    text.close();
    EXPECT_FALSE(Library::needsUpgrade(other));
}

namespace {

// The schema's statements as SQLite keeps them, without the tables
// full-text indexes make for themselves, in an order that can create them:
// tables, indexes, views, full-text indexes, triggers. (Their order in the
// file itself depends on the steps taken: VACUUM rewrites it.)
QStringList schemaOf(Database &db)
{
    const QString sql
        = QStringLiteral("SELECT sql || ';' FROM sqlite_schema s WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
                         "AND NOT EXISTS (SELECT 1 FROM sqlite_schema v WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%' "
                         "                AND s.type = 'table' AND s.name LIKE v.name || '\\_%' ESCAPE '\\') "
                         "ORDER BY CASE WHEN sql LIKE 'CREATE VIRTUAL TABLE%' THEN 3 "
                         "              ELSE (SELECT i FROM (SELECT 0 AS i, 'table' AS t UNION ALL SELECT 1, 'index' "
                         "                                   UNION ALL SELECT 2, 'view' UNION ALL SELECT 4, 'trigger') "
                         "                    WHERE t = s.type) END, name");
    SqlStatement st(db, sql);
    QStringList statements;
    while (st.step())
        statements << st.text(0);
    statements << QStringLiteral("PRAGMA user_version = %1;").arg(db.userVersion());
    return statements;
}

// Every row of the tables that hold settings rather than articles.
QStringList settingsOf(Database &db)
{
    QStringList rows;
    for (const QString &table : {QStringLiteral("articles_fts_config"), QStringLiteral("annotations_fts_config")}) {
        SqlStatement st(db, QStringLiteral("SELECT k, v FROM %1 ORDER BY k").arg(table));
        while (st.step())
            rows << table + QLatin1Char(' ') + st.text(0) + QLatin1Char('=') + st.text(1);
    }
    return rows;
}

} // namespace

TEST(Migrations, ANewLibraryHasTheSchemaTheStepsLeave)
{
    QTemporaryDir dir;
    Database stepped = Database::open(dir.filePath(QStringLiteral("stepped.sqlite")));
    Migrations::apply(stepped, 1);
    Migrations::apply(stepped);
    Database created = Database::open(dir.filePath(QStringLiteral("created.sqlite")));
    Migrations::apply(created);

    const QStringList expected = schemaOf(stepped);
    if (schemaOf(created) != expected) {
        QFile out(QStringLiteral("schema.sql.new"));
        if (out.open(QIODevice::WriteOnly))
            out.write((expected.join(QStringLiteral("\n\n")) + QLatin1Char('\n')).toUtf8());
        ADD_FAILURE() << "resources/sql/schema.sql is not what the steps leave: replace its statements with those "
                         "of "
                      << qPrintable(QFileInfo(out).absoluteFilePath());
    }
    EXPECT_EQ(created.userVersion(), Migrations::latestVersion());
    EXPECT_EQ(settingsOf(created), settingsOf(stepped));
    for (const QString &pragma : {QStringLiteral("auto_vacuum"), QStringLiteral("journal_mode")})
        EXPECT_EQ(created.queryText(QStringLiteral("PRAGMA %1").arg(pragma)),
                  stepped.queryText(QStringLiteral("PRAGMA %1").arg(pragma)))
            << qPrintable(pragma);
    EXPECT_EQ(created.queryText(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

TEST(Migrations, TheArticleIndexMergesSixteenSegmentsAtATime)
{
    // New or upgraded from the version before, a library's article index
    // has the setting that halves what an import writes; FTS5's default,
    // which it had before, stores no row.
    const QString sql = QStringLiteral("SELECT coalesce((SELECT v FROM articles_fts_config WHERE k = 'automerge'), 0)");
    QTemporaryDir dir;
    Database created = Database::open(dir.filePath(QStringLiteral("created.sqlite")));
    Migrations::apply(created);
    EXPECT_EQ(created.queryInt(sql), 16);

    Database upgraded = Database::open(dir.filePath(QStringLiteral("upgraded.sqlite")));
    Migrations::apply(upgraded, 9);
    EXPECT_EQ(upgraded.queryInt(sql), 0);
    Migrations::apply(upgraded);
    EXPECT_EQ(upgraded.queryInt(sql), 16);
}
