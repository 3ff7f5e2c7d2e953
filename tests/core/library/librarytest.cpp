// Storing articles: round trip, dedup, the full-text indexes kept in step
// through inserts, re-extraction and deletes, stats and check.
#include "librarytestdata.h"
#include "testpaths.h"

#include "extract/extractor.h"
#include "library/libraryerror.h"
#include "library/librarywriter.h"
#include "library/sqlstatement.h"
#include "library/transaction.h"

#include <gtest/gtest.h>

using namespace dateline;
using dateline::test::makeArticle;
using dateline::test::makeCountry;
using dateline::test::makeStatement;

namespace {

Article sampleArticle()
{
    Article a = makeArticle(QStringLiteral("Erdoğan meets envoy"),
                            {QStringLiteral("ANKARA - Turkish President Recep Tayyip Erdoğan received the envoy."),
                             QStringLiteral("\u201cWe are ready to talk,\u201d Erdoğan said.")},
                            QStringLiteral("2024-03-05T10:00:00Z"));
    a.authors = QStringList {QStringLiteral("Ayşe Kaya"), QStringLiteral("John Doe")};
    a.categories = QStringList {QStringLiteral("World")};
    a.section = QStringLiteral("Politics");
    a.standfirst = QStringLiteral("Talks in Ankara");
    a.dateline = QStringLiteral("ANKARA");
    a.agency = QStringLiteral("Anadolu Agency");
    a.language = QStringLiteral("en");
    a.extraction.statements << makeStatement(QStringLiteral("Recep Tayyip Erdoğan"), QStringLiteral("Erdoğan"),
                                             QStringLiteral("We are ready to talk"), 1);
    a.extraction.countries << makeCountry(QStringLiteral("TR"), QStringLiteral("Turkish"));
    AmbassadorMention m;
    m.country = QStringLiteral("FR");
    m.host = QStringLiteral("TR");
    m.role = QStringLiteral("envoy");
    m.text = QStringLiteral("the envoy");
    m.start = 50;
    m.end = 59;
    a.extraction.ambassadors << m;
    return a;
}

} // namespace

TEST(Library, StoresAndReadsBackEveryField)
{
    test::TempLibrary t;
    const Article a = sampleArticle();
    const QList<qint64> ids = test::storeAll(t.library(), {a});
    ASSERT_GT(ids.first(), 0);
    const std::optional<StoredArticle> stored = t.library().article(ids.first());
    ASSERT_TRUE(stored.has_value());
    const Article &b = stored->article;
    EXPECT_EQ(b.headline, a.headline);
    EXPECT_EQ(b.standfirst, a.standfirst);
    EXPECT_EQ(b.section, a.section);
    EXPECT_EQ(b.authors, a.authors);
    EXPECT_EQ(b.categories, a.categories);
    EXPECT_EQ(b.published, a.published);
    EXPECT_EQ(b.dateline, a.dateline);
    EXPECT_EQ(b.agency, a.agency);
    EXPECT_EQ(b.paragraphs, a.paragraphs);
    EXPECT_EQ(b.extraction.statements, a.extraction.statements);
    EXPECT_EQ(b.extraction.countries, a.extraction.countries);
    EXPECT_EQ(b.extraction.ambassadors, a.extraction.ambassadors);
    EXPECT_EQ(stored->extractorVersion, Extractor::kVersion);
    EXPECT_FALSE(t.library().article(ids.first() + 1000).has_value());
}

TEST(Library, StoresTheSameArticleOnce)
{
    test::TempLibrary t;
    Article a = sampleArticle();
    Article sameTextOtherSpacing = a;
    sameTextOtherSpacing.source = QStringLiteral("/elsewhere/copy.html");
    sameTextOtherSpacing.paragraphs[0] = QStringLiteral("  ANKARA -  Turkish President Recep Tayyip ERDOĞAN "
                                                        "received the envoy. ");
    Article feedItem = makeArticle(QStringLiteral("Feed item"), {QStringLiteral("First version.")});
    feedItem.guid = QStringLiteral("urn:item:42");
    Article feedItemEdited = feedItem;
    feedItemEdited.paragraphs = QStringList {QStringLiteral("Edited version of the item.")};
    Article linked = makeArticle(QStringLiteral("Linked"), {QStringLiteral("Body.")});
    linked.link = QStringLiteral("https://example.org/a");
    Article linkedAgain = makeArticle(QStringLiteral("Linked, retitled"), {QStringLiteral("Body, changed.")});
    linkedAgain.link = linked.link;

    const QList<qint64> ids
        = test::storeAll(t.library(), {a, a, sameTextOtherSpacing, feedItem, feedItemEdited, linked, linkedAgain});
    EXPECT_GT(ids[0], 0);
    EXPECT_EQ(ids[1], 0);
    EXPECT_EQ(ids[2], 0);
    EXPECT_GT(ids[3], 0);
    EXPECT_EQ(ids[4], 0);
    EXPECT_GT(ids[5], 0);
    EXPECT_EQ(ids[6], 0);
    // A second import, in a later transaction, is a duplicate too.
    EXPECT_EQ(test::storeAll(t.library(), {a}).first(), 0);
    const LibraryStats s = t.library().stats();
    EXPECT_EQ(s.articles, 3);
    EXPECT_EQ(s.statements, 1);
    EXPECT_EQ(s.persons, 1);
}

TEST(Library, IndexesStayInStepThroughInsertsReindexAndDeletes)
{
    test::TempLibrary t;
    Library &lib = t.library();
    QList<Article> articles;
    for (int i = 0; i < 30; ++i) {
        Article a
            = makeArticle(QStringLiteral("Story %1").arg(i), {QStringLiteral("Paragraph about grain %1.").arg(i)});
        a.extraction.statements << makeStatement(QStringLiteral("Speaker %1").arg(i % 3), QStringLiteral("Speaker"),
                                                 QStringLiteral("grain exports will resume %1").arg(i));
        articles << a;
    }
    const QList<qint64> ids = test::storeAll(lib, articles);
    EXPECT_TRUE(lib.check().isEmpty()) << lib.check().join(QLatin1Char('\n'));

    SearchFilter f;
    f.query = QStringLiteral("grain");
    EXPECT_EQ(lib.searchArticles(f).total, 30);
    EXPECT_EQ(lib.searchStatements(f).total, 30);

    // Delete a third: articles, statements and both indexes lose them.
    for (int i = 0; i < 10; ++i)
        EXPECT_TRUE(lib.removeArticle(ids[i]));
    EXPECT_FALSE(lib.removeArticle(ids[0]));
    EXPECT_EQ(lib.searchArticles(f).total, 20);
    EXPECT_EQ(lib.searchStatements(f).total, 20);
    EXPECT_EQ(lib.stats().statements, 20);
    EXPECT_TRUE(lib.check().isEmpty()) << lib.check().join(QLatin1Char('\n'));

    // Re-extraction replaces statements (today's extractors find none in
    // these texts), and the statement index follows.
    lib.database().exec(QStringLiteral("UPDATE articles SET extractor_version = 0"));
    EXPECT_EQ(lib.stats().staleArticles, 20);
    EXPECT_EQ(lib.reindex(false), 20);
    EXPECT_EQ(lib.stats().staleArticles, 0);
    EXPECT_EQ(lib.reindex(false), 0);
    SearchFilter old;
    old.query = QStringLiteral("resume"); // only in the hand-made statements
    EXPECT_EQ(lib.searchStatements(old).total, 0);
    EXPECT_EQ(lib.searchArticles(f).total, 20);
    EXPECT_TRUE(lib.check().isEmpty()) << lib.check().join(QLatin1Char('\n'));
}

TEST(Library, CheckFindsAnIndexOutOfStep)
{
    test::TempLibrary t;
    Library &lib = t.library();
    test::storeAll(lib, {sampleArticle()});
    ASSERT_TRUE(lib.check().isEmpty());
    // Change the content behind the index's back: the speakers column the
    // statements give no longer is what was indexed.
    lib.database().exec(QStringLiteral("UPDATE statement_rows SET speaker = 'Someone Else'"));
    QStringList problems = lib.check();
    ASSERT_FALSE(problems.isEmpty());
    EXPECT_TRUE(problems.join(QLatin1Char('\n')).contains(QStringLiteral("articles_fts")));
}

TEST(Library, CheckFindsStatementPositionsOutOfStep)
{
    test::TempLibrary t;
    Library &lib = t.library();
    test::storeAll(lib, {sampleArticle()});
    ASSERT_TRUE(lib.check().isEmpty());
    lib.database().exec(QStringLiteral("UPDATE statement_rows SET paragraph = 0"));
    const QStringList problems = lib.check();
    ASSERT_EQ(problems.size(), 1) << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(problems.first().startsWith(QStringLiteral("statement positions"))) << problems.first().toStdString();
}

TEST(Library, AWriterFailureRollsTheBatchBack)
{
    test::TempLibrary t;
    Library &lib = t.library();
    try {
        Transaction tr(lib.database());
        LibraryWriter writer(lib.database());
        writer.store(sampleArticle(), 1);
        lib.database().exec(
            QStringLiteral("INSERT INTO statement_rows(article_id, text, paragraph, span_start, span_end) "
                           "VALUES (999, 'orphan', 0, 0, 1)"));
        tr.commit();
        ADD_FAILURE() << "a statement of a missing article was accepted";
    } catch (const LibraryError &) {
    }
    EXPECT_EQ(lib.stats().articles, 0);
    EXPECT_TRUE(lib.check().isEmpty());
}

TEST(Library, ReadersSeeCommittedRowsWhileTheWriterWorks)
{
    test::TempLibrary t;
    test::storeAll(t.library(), {sampleArticle()});
    Library reader = Library::open(t.path());

    Transaction open(t.library().database());
    LibraryWriter writer(t.library().database());
    writer.store(makeArticle(QStringLiteral("Uncommitted"), {QStringLiteral("Pending words.")}), 1);

    // WAL: the reader neither waits for the writer nor sees its open batch.
    SearchFilter f;
    f.query = QStringLiteral("pending");
    EXPECT_EQ(reader.searchArticles(f).total, 0);
    EXPECT_EQ(reader.stats().articles, 1);
    open.commit();
    EXPECT_EQ(reader.searchArticles(f).total, 1);
    EXPECT_EQ(reader.stats().articles, 2);
}

TEST(Library, ABulkWriterStoresWhatACheckedOneDoes)
{
    // More statements and countries than one INSERT of a bulk writer takes.
    const QStringList codes
        = {u"FR"_qs, u"DE"_qs, u"IT"_qs, u"ES"_qs, u"PT"_qs, u"NL"_qs, u"BE"_qs, u"AT"_qs, u"CH"_qs, u"PL"_qs,
           u"CZ"_qs, u"SK"_qs, u"HU"_qs, u"RO"_qs, u"BG"_qs, u"GR"_qs, u"SE"_qs, u"NO"_qs, u"DK"_qs, u"FI"_qs};
    QStringList paragraphs;
    for (int i = 0; i < 37; ++i)
        paragraphs << QStringLiteral("\u201cTalks round %1 went well,\u201d the minister said in %2.")
                          .arg(i)
                          .arg(codes.at(i % codes.size()));
    Article a = makeArticle(QStringLiteral("Thirty-seven rounds"), paragraphs, QStringLiteral("2025-01-02"));
    for (int i = 0; i < 37; ++i) {
        a.extraction.statements << makeStatement(i % 3 ? QStringLiteral("Anna Berg") : QStringLiteral("Ole Dahl"),
                                                 QStringLiteral("the minister"),
                                                 QStringLiteral("Talks round %1 went well,").arg(i), i);
    }
    for (int i = 0; i < codes.size(); ++i)
        a.extraction.countries << makeCountry(codes.at(i), QStringLiteral("\u201cTalks"), i);

    for (const LibraryWriter::Mode mode : {LibraryWriter::Mode::Checked, LibraryWriter::Mode::Bulk}) {
        SCOPED_TRACE(mode == LibraryWriter::Mode::Bulk ? "bulk" : "checked");
        test::TempLibrary t;
        Database &db = t.library().database();
        qint64 id = 0;
        {
            LibraryWriter writer(db, mode);
            // Bulk: the keys are not checked while the writer lives.
            EXPECT_EQ(db.queryInt(QStringLiteral("PRAGMA foreign_keys")), mode == LibraryWriter::Mode::Bulk ? 0 : 1);
            Transaction tr(db);
            id = writer.store(a, Extractor::kVersion).articleId;
            tr.commit();
        }
        EXPECT_EQ(db.queryInt(QStringLiteral("PRAGMA foreign_keys")), 1);
        const std::optional<StoredArticle> stored = t.library().article(id);
        ASSERT_TRUE(stored.has_value());
        EXPECT_EQ(stored->article.extraction.statements, a.extraction.statements);
        EXPECT_EQ(stored->article.extraction.countries, a.extraction.countries);
        // The statement positions name the rows' ids, and the index agrees.
        EXPECT_TRUE(t.library().check().isEmpty()) << t.library().check().join(QLatin1Char('\n')).toStdString();
        SearchFilter f;
        f.query = QStringLiteral("\"round 36 went\"");
        f.speaker = QStringLiteral("Ole Dahl");
        const StatementResults hits = t.library().searchStatements(f);
        ASSERT_EQ(hits.total, 1);
        EXPECT_EQ(hits.hits.first().paragraph, 36);
    }
}

TEST(Library, ABulkWriterInsideATransactionStillChecksTheKeys)
{
    // The pragma cannot change inside a transaction: the writer then takes
    // one row per INSERT, and the keys are checked as ever.
    test::TempLibrary t;
    Database &db = t.library().database();
    Transaction tr(db);
    LibraryWriter writer(db, LibraryWriter::Mode::Bulk);
    EXPECT_EQ(db.queryInt(QStringLiteral("PRAGMA foreign_keys")), 1);
    EXPECT_EQ(writer.store(sampleArticle(), Extractor::kVersion).outcome, LibraryWriter::Outcome::Stored);
    EXPECT_THROW(db.exec(QStringLiteral("INSERT INTO statement_rows(article_id, paragraph, span_start, span_end) "
                                        "VALUES (999, 0, 0, 1)")),
                 LibraryError);
    tr.commit();
    EXPECT_EQ(t.library().stats().articles, 1);
}

TEST(Library, SpeakersAreStoredWithTheirSpacesSimplified)
{
    test::TempLibrary t;
    Article a = makeArticle(QStringLiteral("Spaces"),
                            {QStringLiteral("\u201cWe agree,\u201d said Anna Berg."),
                             QStringLiteral("\u201cSo do we,\u201d said Ole Dahl.")});
    a.extraction.statements << makeStatement(
        QStringLiteral(" Anna \t Berg\u00a0"), QStringLiteral("Anna  Berg"), QStringLiteral("We agree,"),
        0) << makeStatement(QStringLiteral("Ole Dahl"), QStringLiteral("Ole Dahl"), QStringLiteral("So do we,"), 1);
    test::storeAll(t.library(), {a});
    SqlStatement names(t.library().database(), QStringLiteral("SELECT name FROM persons ORDER BY id"));
    QStringList stored;
    while (names.step())
        stored << names.text(0);
    EXPECT_EQ(stored, (QStringList {QStringLiteral("Anna Berg"), QStringLiteral("Ole Dahl")}));
    SqlStatement aliases(t.library().database(), QStringLiteral("SELECT count(*) FROM person_aliases"));
    ASSERT_TRUE(aliases.step());
    EXPECT_EQ(aliases.integer(0), 0); // "Anna  Berg" is the name itself
}
