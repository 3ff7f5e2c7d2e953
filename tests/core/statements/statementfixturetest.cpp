#include "import/importer.h"
#include "statementtestsupport.h"

#include <gtest/gtest.h>

using namespace dateline;
using dateline::test::fixturePath;
using dateline::test::readFile;
using dateline::test::sharedPath;

namespace {

struct Expected
{
    const char *textStart;
    const char *speaker;
    StatementKind kind;
};

// Paragraphs of a fixture story: blocks separated by blank lines.
Article storyFile(const QString &name)
{
    Article a;
    const QString text = QString::fromUtf8(readFile(fixturePath(name)));
    for (const QString &block : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        const QString p = block.simplified();
        if (!p.isEmpty())
            a.paragraphs << p;
    }
    return a;
}

void expectStatements(const QList<Statement> &got, const std::vector<Expected> &want)
{
    ASSERT_EQ(size_t(got.size()), want.size());
    for (size_t i = 0; i < want.size(); ++i) {
        const Statement &s = got[qsizetype(i)];
        EXPECT_TRUE(s.text.startsWith(QString::fromUtf8(want[i].textStart))) << "statement " << i << ": " << s.text;
        EXPECT_EQ(s.speaker, QString::fromUtf8(want[i].speaker)) << "statement " << i << ": " << s.text;
        EXPECT_EQ(s.kind, want[i].kind) << "statement " << i << ": " << s.text;
    }
}

} // namespace

TEST(StatementFixtures, ApStyleStory)
{
    const QList<Statement> got = StatementExtractor::extract(storyFile(QStringLiteral("statements/ap_style.txt")));
    expectStatements(got,
                     {
                         {"the United States would not lift sanctions", "Marco Rubio", StatementKind::Indirect},
                         // The quotation goes on after "Rubio told reporters …": one statement.
                         {"We are not going to reward anyone for dragging this out The choice is theirs.",
                          "Marco Rubio", StatementKind::Direct},
                         {"the administration had spoken", "Marco Rubio", StatementKind::Mixed},
                         {"We expect real pressure", "Andrii Sybiha", StatementKind::Direct},
                         {"Kyiv had no illusions", "Andrii Sybiha", StatementKind::Mixed},
                         {"the meeting had been productive", "State Department", StatementKind::Mixed},
                     });
}

TEST(StatementFixtures, ReutersStyleStory)
{
    const QList<Statement> got = StatementExtractor::extract(storyFile(QStringLiteral("statements/reuters_style.txt")));
    expectStatements(got,
                     {
                         {"it saw no basis yet", "Kremlin", StatementKind::Indirect},
                         {"preparations for such a meeting", "Dmitry Peskov", StatementKind::Indirect},
                         {"There is an understanding that it should be well prepared It cannot be improvised.",
                          "Dmitry Peskov", StatementKind::Direct},
                         {"it had summoned the British ambassador", "Russia's Foreign Ministry", StatementKind::Mixed},
                         {"Moscow is ready to discuss", "Dmitry Peskov", StatementKind::Indirect},
                         {"We have learnt to live with them. Our economy", "Dmitry Peskov", StatementKind::Direct},
                         {"he was not happy", "Donald Trump", StatementKind::Mixed},
                     });
}

TEST(StatementFixtures, SharedSampleStory)
{
    DATELINE_REQUIRE_SHARED("fixtures/000_33375fb4bd43eb33.txt");
    const ImportResult r = Importer::importFile(sharedPath(QStringLiteral("fixtures/000_33375fb4bd43eb33.txt")));
    ASSERT_TRUE(r.ok());
    const QList<Statement> st = StatementExtractor::extract(r.articles.value(0));
    ASSERT_EQ(st.size(), 13);
    int direct = 0;
    for (const Statement &s : st) {
        EXPECT_EQ(s.speaker, QStringLiteral("Vladimir Putin")) << s.text;
        EXPECT_FALSE(s.text.contains(QChar(u'\u201C'))) << s.text;
        direct += s.kind == StatementKind::Direct ? 1 : 0;
    }
    EXPECT_EQ(direct, 6);
}
