// What people type becomes safe FTS5: the expected translations, and a
// table of hostile inputs that must never surface an SQL or FTS5 error.
#include "librarytestdata.h"
#include "testpaths.h"

#include "library/searchquery.h"

#include <gtest/gtest.h>

using namespace dateline;

TEST(SearchQuery, TranslatesWhatPeopleType)
{
    const QList<std::pair<QString, QString>> cases = {
        {QStringLiteral("grain deal"), QStringLiteral("\"grain\" AND \"deal\"")},
        {QStringLiteral("\"grain deal\" turkey"), QStringLiteral("\"grain deal\" AND \"turkey\"")},
        {QStringLiteral("erdo*"), QStringLiteral("\"erdo\"*")},
        {QStringLiteral("\"black sea\"*"), QStringLiteral("\"black sea\"*")},
        {QStringLiteral("grain -wheat"), QStringLiteral("(\"grain\") NOT \"wheat\"")},
        {QStringLiteral("putin OR erdogan said"), QStringLiteral("(\"putin\" OR \"erdogan\") AND \"said\"")},
        {QStringLiteral("a or b"), QStringLiteral("\"a\" AND \"or\" AND \"b\"")},
        {QStringLiteral("NEAR(a b)"), QStringLiteral("\"NEAR(a\" AND \"b)\"")},
        {QStringLiteral("body:grain"), QStringLiteral("\"body:grain\"")},
        {QStringLiteral("say \"it"), QStringLiteral("\"say\" AND \"it\"")},
        {QStringLiteral("O'Brien"), QStringLiteral("\"O'Brien\"")},
        {QStringLiteral("-"), QString()},
        {QStringLiteral("-grain"), QString()},
        {QStringLiteral("OR"), QString()},
        {QStringLiteral("   "), QString()},
        {QStringLiteral("*"), QString()},
        {QStringLiteral(";--"), QString()},
    };
    for (const auto &[input, expected] : cases)
        EXPECT_EQ(SearchQuery::toFts(input), expected) << "input: " << input;
}

TEST(SearchQuery, BoundsTheQuery)
{
    const QString words = QStringLiteral("word ").repeated(1000);
    EXPECT_EQ(SearchQuery::toFts(words).count(QStringLiteral("\"word\"")), SearchQuery::kMaxTerms);
    const QString longWord = QString(5000, QLatin1Char('x'));
    EXPECT_LE(SearchQuery::toFts(longWord).size(), SearchQuery::kMaxTermLength + 2);
}

TEST(SearchQuery, HostileInputNeverFails)
{
    test::TempLibrary t;
    Article a = test::makeArticle(QStringLiteral("Body and NEAR"), {QStringLiteral("The body said NEAR grain.")},
                                  QStringLiteral("2024-01-01"));
    a.extraction.statements << test::makeStatement(QStringLiteral("Anna Body"), QStringLiteral("Body"),
                                                   QStringLiteral("grain AND body OR near"));
    test::storeAll(t.library(), {a});

    QString control;
    for (char16_t c = 0; c < 32; ++c)
        control += QChar(c);
    QString huge;
    for (int i = 0; huge.size() < 10 * 1024; ++i)
        huge += QStringLiteral("\"grain%1 -( OR * NEAR( ").arg(i);
    const QStringList hostile = {
        QStringLiteral("\""),
        QStringLiteral("\"\""),
        QStringLiteral("\"grain"),
        QStringLiteral("grain\""),
        QStringLiteral("\"a\" \"b"),
        QStringLiteral("AND"),
        QStringLiteral("OR"),
        QStringLiteral("NOT"),
        QStringLiteral("OR grain OR"),
        QStringLiteral("grain OR OR body"),
        QStringLiteral("grain AND"),
        QStringLiteral("NOT grain"),
        QStringLiteral("*"),
        QStringLiteral("**"),
        QStringLiteral("grain**"),
        QStringLiteral("*grain"),
        QStringLiteral("NEAR("),
        QStringLiteral("NEAR(grain body, 2)"),
        QStringLiteral("body:"),
        QStringLiteral("body: grain"),
        QStringLiteral("{text speaker}: grain"),
        QStringLiteral("^grain"),
        QStringLiteral("'"),
        QStringLiteral("' OR 1=1 --"),
        QStringLiteral(";--"),
        QStringLiteral("grain'); DROP TABLE articles; --"),
        QStringLiteral("()"),
        QStringLiteral("(grain"),
        QStringLiteral("grain)"),
        QStringLiteral("+grain"),
        QStringLiteral("-"),
        QStringLiteral("--"),
        QStringLiteral("- - -"),
        QStringLiteral("-\"\""),
        QStringLiteral("\\"),
        QStringLiteral("%_"),
        control,
        QStringLiteral("gr\u0000ain"),
        QString(QChar(0xD800)) + QStringLiteral("grain"), // lone surrogate
        QStringLiteral("\u200Bgrain\u200E"),
        QStringLiteral("😀 grain"),
        huge,
        QString(),
        QStringLiteral("     "),
        QStringLiteral("\t\n\r"),
    };
    for (const QString &input : hostile) {
        SCOPED_TRACE(input.left(60).toStdString());
        SearchFilter f;
        f.query = input;
        EXPECT_NO_THROW(t.library().searchStatements(f));
        EXPECT_NO_THROW(t.library().searchArticles(f));
        f.speaker = input;
        f.source = input;
        EXPECT_NO_THROW(t.library().searchStatements(f));
        EXPECT_NO_THROW(t.library().searchArticles(f));
    }
    // The words inside hostile input are still found.
    SearchFilter f;
    f.query = QStringLiteral("grain'); DROP TABLE articles; --");
    EXPECT_EQ(t.library().searchArticles(f).total, 0); // "DROP", "TABLE" are not in the text
    f.query = QStringLiteral("NEAR(grain");
    EXPECT_EQ(t.library().searchArticles(f).total, 1);
    f.query = QStringLiteral("body:");
    EXPECT_EQ(t.library().searchStatements(f).total, 1);
    EXPECT_EQ(t.library().stats().articles, 1);
    EXPECT_TRUE(t.library().check().isEmpty());
}
