// Statement and article search: words, speaker (case, accents, prefix,
// alias), country, dates, source, ordering, snippets, paging and totals.
#include "librarytestdata.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace dateline;
using dateline::test::makeArticle;
using dateline::test::makeCountry;
using dateline::test::makeStatement;

namespace {

class LibrarySearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Article a = makeArticle(QStringLiteral("Erdoğan on grain"), {QStringLiteral("Erdoğan spoke in Ankara.")},
                                QStringLiteral("2023-07-20T09:00:00Z"));
        a.agency = QStringLiteral("Anadolu Agency");
        a.extraction.statements << makeStatement(QStringLiteral("Recep Tayyip Erdoğan"), QStringLiteral("Erdogan"),
                                                 QStringLiteral("The grain corridor must stay open"));
        a.extraction.countries << makeCountry(QStringLiteral("TR"), QStringLiteral("Ankara"));

        Article b = makeArticle(QStringLiteral("Kremlin replies"), {QStringLiteral("Moscow answered on Friday.")},
                                QStringLiteral("2023-07-21"));
        b.agency = QStringLiteral("Reuters");
        b.extraction.statements << makeStatement(QStringLiteral("Dmitry Peskov"), QStringLiteral("Peskov"),
                                                 QStringLiteral("The grain deal is over for now"));
        b.extraction.statements << makeStatement(QStringLiteral("Vladimir Putin"), QStringLiteral("the president"),
                                                 QStringLiteral("Russia will supply grain to Africa for free"));
        b.extraction.countries << makeCountry(QStringLiteral("RU"), QStringLiteral("Moscow"));

        Article c = makeArticle(QStringLiteral("José Martí speaks"), {QStringLiteral("Havana, later.")},
                                QStringLiteral("2024-01-02"));
        c.extraction.statements << makeStatement(QStringLiteral("José Martí"), QStringLiteral("Martí"),
                                                 QStringLiteral("Cuba will not export grain"));
        c.extraction.countries << makeCountry(QStringLiteral("CU"), QStringLiteral("Havana"));
        ids = test::storeAll(lib(), {a, b, c});
    }

    Library &lib() { return t.library(); }

    StatementResults find(const QString &query, const QString &speaker = {})
    {
        SearchFilter f;
        f.query = query;
        f.speaker = speaker;
        return lib().searchStatements(f);
    }

    static QStringList speakers(const StatementResults &r)
    {
        QStringList out;
        for (const StatementHit &h : r.hits)
            out << h.speaker;
        out.sort();
        return out;
    }

    test::TempLibrary t;
    QList<qint64> ids;
};

} // namespace

TEST_F(LibrarySearchTest, HitsCarryWhereTheStatementIs)
{
    const StatementResults r = find(QStringLiteral("corridor"));
    ASSERT_EQ(r.total, 1);
    const StatementHit &h = r.hits.first();
    EXPECT_EQ(h.articleId, ids[0]);
    EXPECT_EQ(h.headline, QStringLiteral("Erdoğan on grain"));
    EXPECT_EQ(h.published, QStringLiteral("2023-07-20T09:00:00Z"));
    EXPECT_EQ(h.speaker, QStringLiteral("Recep Tayyip Erdoğan"));
    EXPECT_EQ(h.text, QStringLiteral("The grain corridor must stay open"));
    EXPECT_TRUE(h.snippet.contains(QStringLiteral("[corridor]"))) << h.snippet;
    EXPECT_EQ(h.paragraph, 0);
    EXPECT_EQ(h.start, 1);
    EXPECT_EQ(h.end, 1 + int(h.text.size()));
}

TEST_F(LibrarySearchTest, WordsPhrasesPrefixesExclusionsAndOr)
{
    EXPECT_EQ(find(QStringLiteral("grain")).total, 4);
    EXPECT_EQ(find(QStringLiteral("\"grain deal\"")).total, 1);
    EXPECT_EQ(find(QStringLiteral("\"deal grain\"")).total, 0);
    EXPECT_EQ(find(QStringLiteral("corr*")).total, 1);
    EXPECT_EQ(find(QStringLiteral("grain -russia -cuba")).total, 2);
    EXPECT_EQ(find(QStringLiteral("corridor OR africa")).total, 2);
    EXPECT_EQ(find(QStringLiteral("GRAIN Corridor")).total, 1);
    EXPECT_EQ(find(QStringLiteral("peskov")).total, 1); // the speaker column is indexed too
}

TEST_F(LibrarySearchTest, SpeakerIgnoresCaseAndAccentsAndTakesPrefixesAndAliases)
{
    const QString grain = QStringLiteral("grain");
    EXPECT_EQ(speakers(find(grain, QStringLiteral("Recep Tayyip Erdoğan"))),
              QStringList {QStringLiteral("Recep Tayyip Erdoğan")});
    EXPECT_EQ(find(grain, QStringLiteral("erdogan")).total, 1);
    EXPECT_EQ(find(grain, QStringLiteral("ERDOĞAN")).total, 1);
    EXPECT_EQ(find(grain, QStringLiteral("erdo")).total, 1);
    EXPECT_EQ(find(grain, QStringLiteral("recep t")).total, 1);
    EXPECT_EQ(find(grain, QStringLiteral("jose marti")).total, 1);
    EXPECT_EQ(find(grain, QStringLiteral("Martí")).total, 1);
    EXPECT_EQ(find(grain, QStringLiteral("putin")).total, 1);
    EXPECT_EQ(find(grain, QStringLiteral("rdogan")).total, 0); // prefixes of words, not any substring
    EXPECT_EQ(find(grain, QStringLiteral("the president")).total, 0); // descriptions are not aliases
    EXPECT_EQ(find(grain, QStringLiteral("50%")).total, 0);
    // An alias seen as a surface form finds the person it was resolved to.
    Article d = makeArticle(QStringLiteral("Later"), {QStringLiteral("Later text.")}, QStringLiteral("2024-02-01"));
    d.extraction.statements << makeStatement(QStringLiteral("Recep Tayyip Erdoğan"), QStringLiteral("Tayyip"),
                                             QStringLiteral("Peace is possible"));
    test::storeAll(lib(), {d});
    EXPECT_EQ(find(QStringLiteral("peace"), QStringLiteral("tayyip")).total, 1);
    EXPECT_EQ(find(QString(), QStringLiteral("Erdogan")).total, 2); // speaker alone lists their statements
}

TEST_F(LibrarySearchTest, CountryDateAndSourceFilters)
{
    SearchFilter f;
    f.query = QStringLiteral("grain");
    f.country = QStringLiteral("ru");
    EXPECT_EQ(lib().searchStatements(f).total, 2);
    f.country = QStringLiteral("CU");
    EXPECT_EQ(speakers(lib().searchStatements(f)), QStringList {QStringLiteral("José Martí")});
    f.country = QStringLiteral("FR");
    EXPECT_EQ(lib().searchStatements(f).total, 0);

    f.country.clear();
    f.from = QDate(2023, 7, 21);
    EXPECT_EQ(lib().searchStatements(f).total, 3);
    f.to = QDate(2023, 7, 21);
    EXPECT_EQ(lib().searchStatements(f).total, 2);
    f.from = QDate(2023, 7, 1);
    f.to = QDate(2023, 7, 20); // the whole day counts, whatever the time
    EXPECT_EQ(speakers(lib().searchStatements(f)), QStringList {QStringLiteral("Recep Tayyip Erdoğan")});

    f.from = QDate();
    f.to = QDate();
    f.source = QStringLiteral("reuters");
    EXPECT_EQ(lib().searchStatements(f).total, 2);

    SearchFilter articles;
    articles.query = QStringLiteral("grain OR moscow OR havana");
    articles.country = QStringLiteral("TR");
    const ArticleResults r = lib().searchArticles(articles);
    ASSERT_EQ(r.total, 1);
    EXPECT_EQ(r.hits.first().articleId, ids[0]);
}

TEST_F(LibrarySearchTest, PagingKeepsTheTotalAndOrderByDate)
{
    SearchFilter f;
    f.query = QStringLiteral("grain");
    f.order = SearchOrder::Newest;
    f.limit = 3;
    const StatementResults first = lib().searchStatements(f);
    EXPECT_EQ(first.total, 4);
    ASSERT_EQ(first.hits.size(), 3);
    EXPECT_EQ(first.hits[0].speaker, QStringLiteral("José Martí")); // 2024 first
    EXPECT_EQ(first.hits[2].published, QStringLiteral("2023-07-21"));
    f.offset = 3;
    const StatementResults second = lib().searchStatements(f);
    EXPECT_EQ(second.total, 4);
    ASSERT_EQ(second.hits.size(), 1);
    EXPECT_EQ(second.hits[0].speaker, QStringLiteral("Recep Tayyip Erdoğan"));
    f.offset = 10;
    const StatementResults beyond = lib().searchStatements(f);
    EXPECT_EQ(beyond.total, 4);
    EXPECT_TRUE(beyond.hits.isEmpty());
}

TEST_F(LibrarySearchTest, ArticleSearchHighlightsAndRanks)
{
    SearchFilter f;
    f.query = QStringLiteral("ankara");
    f.highlightOpen = QStringLiteral("<b>");
    f.highlightClose = QStringLiteral("</b>");
    const ArticleResults r = lib().searchArticles(f);
    ASSERT_EQ(r.total, 1);
    EXPECT_TRUE(r.hits.first().snippet.contains(QStringLiteral("<b>Ankara</b>"))) << r.hits.first().snippet;
    f.query = QStringLiteral("erdogan"); // accents removed in the index too
    EXPECT_EQ(lib().searchArticles(f).total, 1);
}

TEST_F(LibrarySearchTest, StatementsRankByTheirWordsWhateverTheFilters)
{
    Article d = makeArticle(QStringLiteral("Peace talks"), {QStringLiteral("Talks in Ankara.")},
                            QStringLiteral("2023-08-01"));
    d.extraction.statements << makeStatement(QStringLiteral("Recep Tayyip Erdoğan"), QStringLiteral("Erdogan"),
                                             QStringLiteral("We want peace in the region"));
    d.extraction.statements << makeStatement(QStringLiteral("Recep Tayyip Erdoğan"), QStringLiteral("Erdogan"),
                                             QStringLiteral("Peace, peace and only peace"));
    d.extraction.countries << makeCountry(QStringLiteral("TR"), QStringLiteral("Ankara"));
    test::storeAll(lib(), {d});

    SearchFilter f;
    f.query = QStringLiteral("peace");
    for (int filters = 0; filters < 4; ++filters) {
        SCOPED_TRACE(filters);
        if (filters >= 1)
            f.speaker = QStringLiteral("erdogan");
        if (filters >= 2)
            f.country = QStringLiteral("TR");
        if (filters >= 3)
            f.from = QDate(2023, 1, 1);
        const StatementResults r = lib().searchStatements(f);
        ASSERT_EQ(r.total, 2);
        // The filter words weigh nothing: the statement saying it three
        // times comes first although it was stored second.
        EXPECT_EQ(r.hits.at(0).text, QStringLiteral("Peace, peace and only peace"));
        EXPECT_EQ(r.hits.at(1).text, QStringLiteral("We want peace in the region"));
    }
}

namespace {

// A statement that is a span of its paragraph, as the extractor finds them.
Statement spanStatement(const QString &speaker, const QStringList &paragraphs, int paragraph, const QString &text)
{
    Statement s = makeStatement(speaker, speaker, text, paragraph);
    s.start = int(paragraphs.at(paragraph).indexOf(text));
    s.end = s.start + int(text.size());
    return s;
}

} // namespace

// Statement searches run on the articles' index: an article holding every
// word is not enough, the words must stand inside one statement.
TEST(LibraryStatementSearch, WordsMustStandInsideOneStatement)
{
    test::TempLibrary t;
    const QStringList paragraphs {
        QStringLiteral("Ministers met in Geneva on Monday to discuss sanctions and the harvest."),
        QStringLiteral("\u201cThe grain corridor must stay open,\u201d Erdoğan said after the talks."),
        QStringLiteral("Peskov disagreed: \u201cNew sanctions will follow any attack on our ports.\u201d"),
    };
    Article a = makeArticle(QStringLiteral("Grain talks"), paragraphs, QStringLiteral("2024-05-02"));
    a.extraction.statements << spanStatement(QStringLiteral("Recep Tayyip Erdoğan"), paragraphs, 1,
                                             QStringLiteral("The grain corridor must stay open"))
                            << spanStatement(QStringLiteral("Dmitry Peskov"), paragraphs, 2,
                                             QStringLiteral("New sanctions will follow any attack on our ports."));
    test::storeAll(t.library(), {a});

    const auto texts = [&t](const QString &query) {
        SearchFilter f;
        f.query = query;
        QStringList out;
        for (const StatementHit &h : t.library().searchStatements(f).hits)
            out << h.text.left(9);
        return out;
    };
    const QStringList grain {QStringLiteral("The grain")};
    const QStringList sanctions {QStringLiteral("New sanct")};
    EXPECT_EQ(texts(QStringLiteral("grain")), grain);
    EXPECT_EQ(texts(QStringLiteral("grain sanctions")), QStringList()); // two statements, not one
    EXPECT_EQ(texts(QStringLiteral("geneva")), QStringList()); // the article's words outside statements
    EXPECT_EQ(texts(QStringLiteral("\"corridor must\"")), grain);
    EXPECT_EQ(texts(QStringLiteral("\"open the\"")), QStringList()); // across the end of a statement
    // An excluded word elsewhere in the article leaves the statement found.
    EXPECT_EQ(texts(QStringLiteral("grain -sanctions")), grain);
    EXPECT_EQ(texts(QStringLiteral("sanctions -corridor")), sanctions);
    EXPECT_EQ(texts(QStringLiteral("sanctions -ports")), QStringList());
    EXPECT_EQ(texts(QStringLiteral("corridor OR ports")).size(), 2);
    EXPECT_EQ(texts(QStringLiteral("gra*")), grain); // the three-letter prefix index
    EXPECT_EQ(texts(QStringLiteral("sanc*")), sanctions);
    EXPECT_EQ(texts(QStringLiteral("peskov ports")), sanctions); // the speaker's words count
    EXPECT_EQ(texts(QStringLiteral("erdogan ports")), QStringList());

    SearchFilter f;
    f.query = QStringLiteral("\"corridor must\"");
    const StatementResults r = t.library().searchStatements(f);
    ASSERT_EQ(r.total, 1);
    EXPECT_EQ(r.hits.first().snippet, QStringLiteral("The grain [corridor must] stay open"));
    // Articles still match on every word of theirs.
    f.query = QStringLiteral("grain sanctions geneva");
    EXPECT_EQ(t.library().searchArticles(f).total, 1);
    EXPECT_TRUE(t.library().check().isEmpty());
}

// Halves of surrogate pairs are stored as '?', one byte where UTF-8 would
// give a character three: the statement's words are found where the stored
// body has them, not a few words on.
TEST(LibraryStatementSearch, HalvesOfSurrogatePairsLeaveStatementsInPlace)
{
    test::TempLibrary t;
    const QString halves = QString(4, QChar(0xd83d));
    const QStringList paragraphs {
        halves + QStringLiteral(" \u201cThe grain corridor must stay open,\u201d he said on Monday."),
    };
    Article a = makeArticle(QStringLiteral("Grain"), paragraphs, QStringLiteral("2024-05-02"));
    a.extraction.statements << spanStatement(QStringLiteral("Recep Tayyip Erdo\u011fan"), paragraphs, 0,
                                             QStringLiteral("The grain corridor must stay open"));
    test::storeAll(t.library(), {a});

    const auto total = [&t](const QString &query) {
        SearchFilter f;
        f.query = query;
        return t.library().searchStatements(f).total;
    };
    EXPECT_EQ(total(QStringLiteral("\"the grain corridor\"")), 1);
    EXPECT_EQ(total(QStringLiteral("\"stay open\"")), 1);
    EXPECT_EQ(total(QStringLiteral("open he")), 0); // the words after it
    EXPECT_TRUE(t.library().check().isEmpty());
}

// A connection keeps statement positions between searches: what another
// connection or its own writes change is searched as it now is.
TEST(LibraryStatementSearch, KeptPositionsFollowEveryConnectionsChanges)
{
    test::TempLibrary t;
    Library reader = Library::open(t.path());
    const auto find = [&reader](const QString &query) {
        SearchFilter f;
        f.query = query;
        return reader.searchStatements(f).total;
    };
    const QStringList first {QStringLiteral("\u201cThe corridor stays open,\u201d Fidan said.")};
    Article a = makeArticle(QStringLiteral("Corridor"), first, QStringLiteral("2024-05-02"));
    a.extraction.statements << spanStatement(QStringLiteral("Hakan Fidan"), first, 0,
                                             QStringLiteral("The corridor stays open"));
    test::storeAll(t.library(), {a});
    EXPECT_EQ(find(QStringLiteral("corridor")), 1);

    // Another connection adds an article whose statement sits elsewhere in
    // its body: the reader must not use positions it kept before.
    const QStringList second {QStringLiteral("Officials met. \u201cThe corridor will close,\u201d Lavrov said.")};
    Article b = makeArticle(QStringLiteral("Closing"), second, QStringLiteral("2024-05-03"));
    b.extraction.statements << spanStatement(QStringLiteral("Sergey Lavrov"), second, 0,
                                             QStringLiteral("The corridor will close"));
    test::storeAll(t.library(), {b});
    EXPECT_EQ(find(QStringLiteral("corridor")), 2);
    EXPECT_EQ(find(QStringLiteral("officials")), 0);

    // The reader's own writes too.
    ASSERT_TRUE(reader.removeArticle(
        test::storeAll(reader, {makeArticle(QStringLiteral("Third"), {QStringLiteral("Plain words.")})}).value(0)));
    EXPECT_EQ(find(QStringLiteral("corridor")), 2);
    reader.removeArticle(reader
                             .searchStatements([] {
                                 SearchFilter f;
                                 f.query = QStringLiteral("close");
                                 return f;
                             }())
                             .hits.value(0)
                             .articleId);
    EXPECT_EQ(find(QStringLiteral("corridor")), 1);
}
