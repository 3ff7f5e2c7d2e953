// What schema 6 and 8 work out instead of storing: compressed bodies,
// statement texts cut from their paragraph (or edits of it), facet words; and that the library keeps
// the full-text indexes in step with the views that derive them.
#include "librarytestdata.h"

#include "library/derivedcolumns.h"
#include "library/sqlstatement.h"

#include <gtest/gtest.h>

using namespace dateline;
using dateline::test::makeArticle;
using dateline::test::makeCountry;
using dateline::test::makeStatement;

TEST(DerivedColumns, BodiesPackWhenThatIsSmallerAndReadBack)
{
    bool compressed = true;
    const QByteArray shortText("A ceasefire held.");
    EXPECT_EQ(DerivedColumns::packBody(shortText, &compressed), shortText);
    EXPECT_FALSE(compressed);

    QByteArray longText;
    for (int i = 0; i < 40; ++i)
        longText += QStringLiteral("Paragraph %1 says the talks in Ankara went on. ").arg(i).toUtf8();
    const QByteArray packed = DerivedColumns::packBody(longText, &compressed);
    ASSERT_TRUE(compressed);
    EXPECT_LT(packed.size(), longText.size() / 2);
    EXPECT_EQ(DerivedColumns::unpackBody(packed, true), longText);
    EXPECT_EQ(DerivedColumns::unpackBody(longText, false), longText);
}

TEST(DerivedColumns, PackedBodiesAreInQtsCompressedFormatBothWays)
{
    // Libraries written before bodies were compressed with libdeflate hold
    // qCompress output; both must read back the same either way.
    QByteArray text;
    for (int i = 0; i < 300; ++i)
        text += QStringLiteral("Minister %1 said “the talks in Zürich continue”. ").arg(i).toUtf8();
    bool compressed = false;
    const QByteArray packed = DerivedColumns::packBody(text, &compressed);
    ASSERT_TRUE(compressed);
    EXPECT_EQ(qUncompress(packed), text);
    for (const int level : {1, 6, 9})
        EXPECT_EQ(DerivedColumns::unpackBody(qCompress(text, level), true), text) << level;
    // A stream that ends early is damage.
    EXPECT_TRUE(DerivedColumns::unpackBody(packed.left(packed.size() - 8), true).isEmpty());
}

TEST(DerivedColumns, ADamagedPackedBodyReadsAsEmpty)
{
    bool compressed = false;
    QByteArray text;
    for (int i = 0; i < 50; ++i)
        text += "the same words again and again ";
    const QByteArray packed = DerivedColumns::packBody(text, &compressed);
    ASSERT_TRUE(compressed);
    EXPECT_TRUE(DerivedColumns::unpackBody(packed.left(3), true).isEmpty());
    EXPECT_TRUE(DerivedColumns::unpackBody(QByteArray(), true).isEmpty());
    // A length prefix claiming 4 GB, or more than DEFLATE could expand the
    // stored bytes to, is refused without allocating it.
    QByteArray huge = packed;
    huge[0] = char(0xff);
    EXPECT_TRUE(DerivedColumns::unpackBody(huge, true).isEmpty());
    QByteArray inflated = packed;
    inflated[0] = char(0x01); // 16 MB from a few dozen bytes
    EXPECT_TRUE(DerivedColumns::unpackBody(inflated, true).isEmpty());
    // Garbage after a plausible prefix is damage, not a crash.
    QByteArray garbage = packed.left(4) + QByteArray(packed.size() - 4, 'x');
    EXPECT_TRUE(DerivedColumns::unpackBody(garbage, true).isEmpty());
}

TEST(DerivedColumns, SpanIsTheRangeOfOneParagraphInUtf16)
{
    // "😀" is two UTF-16 units; the second paragraph follows a blank line.
    const QStringList paragraphs {QStringLiteral("😀 Talks resume."), QStringLiteral("“We want peace,” he said.")};
    const QByteArray body = paragraphs.join(QStringLiteral("\n\n")).toUtf8();
    const QString lengths
        = QStringLiteral("%1,%2").arg(paragraphs[0].toUtf8().size()).arg(paragraphs[1].toUtf8().size());
    EXPECT_EQ(DerivedColumns::span(body, lengths, 0, 3, 8), QStringLiteral("Talks"));
    EXPECT_EQ(DerivedColumns::span(body, lengths, 1, 1, 14), QStringLiteral("We want peace"));
    EXPECT_EQ(DerivedColumns::span(body, lengths, 2, 0, 1), QString());
    EXPECT_EQ(DerivedColumns::span(body, lengths, 1, 5, 400), QString());
    EXPECT_EQ(DerivedColumns::span(body, lengths, 1, 5, 2), QString());
    EXPECT_EQ(DerivedColumns::span(body, lengths, -1, 0, 2), QString());
}

TEST(DerivedColumns, StatementTextsAreEditsOfTheirSpanWhenThatIsShorter)
{
    const auto roundTrip = [](const QString &span, const QString &text) {
        const QByteArray edits = DerivedColumns::textEdits(span, text);
        EXPECT_FALSE(edits.isEmpty()) << text.toStdString();
        EXPECT_LT(edits.size(), text.toUtf8().size());
        EXPECT_EQ(DerivedColumns::applyEdits(span, edits), text);
    };
    // An interrupted quote without the words between its parts.
    roundTrip(QStringLiteral("This agreement opens a new chapter in our relations,” she said, “and we expect concrete "
                             "steps rather than declarations."),
              QStringLiteral("This agreement opens a new chapter in our relations and we expect concrete steps rather "
                             "than declarations."));
    // A partial quote without its quotation marks.
    roundTrip(QStringLiteral("security cannot be built at the expense of others” in dealings with Ankara had been "
                             "“squandered."),
              QStringLiteral("security cannot be built at the expense of others in dealings with Ankara had been "
                             "squandered."));
    // Words put in, and the span's end left out.
    roundTrip(QStringLiteral("We want peace,” Erdoğan said, “we want it now,” he added in a long speech"),
              QStringLiteral("We want peace and we want it now"));

    // Nothing to do with the span, or the same: no edits.
    EXPECT_TRUE(
        DerivedColumns::textEdits(QStringLiteral("We want peace"), QStringLiteral("Sanctions hurt us all")).isEmpty());
    EXPECT_TRUE(DerivedColumns::textEdits(QStringLiteral("We want peace"), QStringLiteral("We want peace")).isEmpty());
    EXPECT_TRUE(DerivedColumns::textEdits(QString(), QStringLiteral("We want peace")).isEmpty());
}

TEST(DerivedColumns, DamagedEditsGiveTheSpanBack)
{
    const QString span = QStringLiteral("We want peace,” he said.");
    // Keep more than the span has; a byte count past the end; a varint
    // that never ends.
    for (const QByteArray &damaged : {QByteArray("\x7f\x00\x00", 3),
                                      QByteArray("\x02\x01\x30"
                                                 "ab",
                                                 5),
                                      QByteArray("\xff\xff\xff\xff\xff\xff", 6)})
        EXPECT_EQ(DerivedColumns::applyEdits(span, damaged), span);
    EXPECT_EQ(DerivedColumns::applyEdits(span, QByteArray()), span);
}

TEST(DerivedColumns, FacetsArePersonDateAndEachCountryOnceInOrder)
{
    EXPECT_EQ(DerivedColumns::facets(5, QStringLiteral("2024-03-15T10:00:00Z"),
                                     {QStringLiteral("FR"), QStringLiteral("de"), QStringLiteral("FR")}),
              QStringLiteral("p5 y2024 m202403 d20240315 cfr cde"));
    EXPECT_EQ(DerivedColumns::facets(0, QStringLiteral("March 2024"), {QStringLiteral("TR")}), QStringLiteral("ctr"));
    EXPECT_EQ(DerivedColumns::facets(0, QString(), {}), QString());
}

TEST(DerivedColumns, TheLibraryStoresOnlyWhatItCannotDerive)
{
    test::TempLibrary t;
    Library &lib = t.library();
    QStringList paragraphs {QStringLiteral("“We are ready to talk,” Erdoğan said in Ankara.")};
    for (int i = 0; i < 10; ++i)
        paragraphs << QStringLiteral("Paragraph %1 of a story long enough to be stored compressed.").arg(i);
    Article a = makeArticle(QStringLiteral("Talks"), paragraphs, QStringLiteral("2024-03-05T10:00:00Z"));
    Statement quoted = makeStatement(QStringLiteral("Recep Tayyip Erdoğan"), QStringLiteral("Erdoğan"),
                                     QStringLiteral("We are ready to talk"));
    quoted.start = 1;
    quoted.end = 21;
    // Words joined from around a quote are the span with a piece left
    // out: stored as edits of it.
    Statement joined = makeStatement(QStringLiteral("Recep Tayyip Erdogan"), QStringLiteral("Erdogan"),
                                     QStringLiteral("ready to talk in Ankara"));
    joined.start = 10;
    joined.end = 47;
    // Nothing like its span: stored as it is.
    Statement reworded = makeStatement(QStringLiteral("Recep Tayyip Erdoğan"), QStringLiteral("Erdoğan"),
                                       QStringLiteral("Turkey is willing to negotiate"));
    reworded.start = 10;
    reworded.end = 47;
    a.extraction.statements = {quoted, joined, reworded};
    a.extraction.countries = {makeCountry(QStringLiteral("TR"), QStringLiteral("Ankara"))};
    const qint64 id = test::storeAll(lib, {a}).value(0);
    ASSERT_GT(id, 0);

    Database &db = lib.database();
    EXPECT_EQ(db.queryText(QStringLiteral("SELECT typeof(body) FROM articles")), QStringLiteral("blob"));
    SqlStatement rows(db, QStringLiteral("SELECT text, speaker, edits FROM statement_rows ORDER BY id"));
    ASSERT_TRUE(rows.step());
    EXPECT_TRUE(rows.isNull(0)) << "the span gives the text back";
    EXPECT_TRUE(rows.isNull(1)) << "the person's name is the speaker";
    EXPECT_TRUE(rows.isNull(2));
    ASSERT_TRUE(rows.step());
    EXPECT_TRUE(rows.isNull(0)) << "the span's edits give the text back";
    EXPECT_FALSE(rows.isNull(2));
    // The same key, another spelling: the person keeps the first one.
    EXPECT_EQ(rows.text(1), QStringLiteral("Recep Tayyip Erdogan"));
    ASSERT_TRUE(rows.step());
    EXPECT_EQ(rows.text(0), QStringLiteral("Turkey is willing to negotiate"));
    EXPECT_TRUE(rows.isNull(2));

    SqlStatement view(db, QStringLiteral("SELECT text, speaker FROM statements ORDER BY id"));
    ASSERT_TRUE(view.step());
    EXPECT_EQ(view.text(0), QStringLiteral("We are ready to talk"));
    EXPECT_EQ(view.text(1), QStringLiteral("Recep Tayyip Erdoğan"));
    // The article's full-text row: speakers and the literal text in
    // statement order, the filter words of its persons, date and countries.
    SqlStatement texts(db, QStringLiteral("SELECT speakers, quotes, facets FROM article_texts"));
    ASSERT_TRUE(texts.step());
    const QStringList speakers = texts.text(0).split(QChar(0x1f));
    ASSERT_EQ(speakers.size(), 3);
    EXPECT_EQ(speakers.at(0), QStringLiteral("Recep Tayyip Erdoğan"));
    EXPECT_EQ(texts.text(1), QStringLiteral("\x1f\x1fTurkey is willing to negotiate"));
    QStringList persons;
    SqlStatement ids(db, QStringLiteral("SELECT id FROM persons ORDER BY id"));
    while (ids.step())
        persons << QStringLiteral("p%1").arg(ids.integer(0));
    EXPECT_EQ(texts.text(2), persons.join(QLatin1Char(' ')) + QStringLiteral(" y2024 m202403 d20240305 ctr"));

    const std::optional<StoredArticle> stored = lib.article(id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->article.paragraphs, paragraphs);
    ASSERT_EQ(stored->article.extraction.statements.size(), 3);
    EXPECT_EQ(stored->article.extraction.statements[0].text, QStringLiteral("We are ready to talk"));
    EXPECT_EQ(stored->article.extraction.statements[1].text, QStringLiteral("ready to talk in Ankara"));
    EXPECT_EQ(stored->article.extraction.statements[2].text, QStringLiteral("Turkey is willing to negotiate"));
    EXPECT_EQ(lib.paragraph(id, 3), paragraphs.at(3));

    SearchFilter f;
    f.query = QStringLiteral("ready");
    f.country = QStringLiteral("TR");
    f.speaker = QStringLiteral("erdogan");
    const StatementResults found = lib.searchStatements(f);
    ASSERT_EQ(found.total, 2);
    EXPECT_EQ(found.hits.first().text, QStringLiteral("We are ready to talk"));
    EXPECT_EQ(found.hits.first().snippet, QStringLiteral("We are [ready] to talk"));
    EXPECT_TRUE(lib.check().isEmpty()) << lib.check().join(QLatin1Char('\n')).toStdString();

    // Deleting the article takes its statements out of the index, with the
    // words the view derived from the article before it went.
    EXPECT_TRUE(lib.removeArticle(id));
    EXPECT_EQ(db.queryInt(QStringLiteral("SELECT count(*) FROM statement_rows")), 0);
    EXPECT_EQ(lib.searchStatements(f).total, 0);
    EXPECT_TRUE(lib.check().isEmpty()) << lib.check().join(QLatin1Char('\n')).toStdString();
}
