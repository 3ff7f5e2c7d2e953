// The reader's highlights and notes: stored with W3C selectors on the
// article's plain text, re-anchored when the text moves, searchable, and
// gone with their article.
#include "librarytestdata.h"

#include "library/annotationstore.h"
#include "library/paragraphtext.h"
#include "library/sqlstatement.h"

#include <gtest/gtest.h>

using namespace dateline;
using dateline::test::makeArticle;

namespace {

Article twoParagraphs()
{
    Article a = makeArticle(QStringLiteral("Envoy summoned"),
                            {QStringLiteral("The ministry summoned the envoy on Monday."),
                             QStringLiteral("The envoy said the talks would resume, and the envoy left.")});
    a.standfirst = QStringLiteral("A diplomatic row");
    return a;
}

struct Fixture
{
    test::TempLibrary t;
    qint64 id = 0;
    QString text;

    Fixture()
    {
        const Article a = twoParagraphs();
        id = test::storeAll(t.library(), {a}).first();
        text = a.plainText();
    }
    AnnotationStore store() { return AnnotationStore(t.library().database()); }
    int at(const QString &needle, int from = 0) const { return int(text.indexOf(needle, from)); }
};

} // namespace

TEST(AnnotationStore, AddAnchorsOnThePlainText)
{
    Fixture f;
    AnnotationStore store = f.store();
    // The second "the envoy" of the last paragraph.
    const int start = f.at(QStringLiteral("the envoy left"));
    const auto a = store.add(f.id, start, start + 9, QStringLiteral("#ffcc00"), QStringLiteral("Who is he?"));
    ASSERT_TRUE(a.has_value());
    EXPECT_GT(a->id, 0);
    EXPECT_EQ(a->exact, QStringLiteral("the envoy"));
    EXPECT_EQ(f.text.mid(a->start, a->end - a->start), a->exact);
    EXPECT_TRUE(f.text.left(start).endsWith(a->prefix));
    EXPECT_TRUE(f.text.mid(a->end).startsWith(a->suffix));
    EXPECT_FALSE(a->suffix.isEmpty());
    EXPECT_EQ(a->note, QStringLiteral("Who is he?"));
    EXPECT_FALSE(a->created.isEmpty());

    // The plain text is headline, standfirst and paragraphs joined by blank lines.
    EXPECT_EQ(f.text.left(34), QStringLiteral("Envoy summoned\n\nA diplomatic row\n\n"));
    EXPECT_FALSE(store.add(f.id, 5, 5, {}, {}).has_value());
    EXPECT_FALSE(store.add(f.id + 99, 0, 5, {}, {}).has_value());
}

TEST(AnnotationStore, UpdateRemoveAndListInTextOrder)
{
    Fixture f;
    AnnotationStore store = f.store();
    const auto late = store.add(f.id, f.at(QStringLiteral("talks")), f.at(QStringLiteral("talks")) + 5, {}, {});
    const auto early = store.add(f.id, f.at(QStringLiteral("ministry")), f.at(QStringLiteral("ministry")) + 8,
                                 QStringLiteral("#0f0"), QStringLiteral("check"));
    ASSERT_TRUE(late && early);
    QList<UserAnnotation> all = store.list(f.id);
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0).id, early->id);
    EXPECT_EQ(all.at(1).id, late->id);

    EXPECT_TRUE(store.update(late->id, QStringLiteral("#123456"), QStringLiteral("resume when?")));
    EXPECT_EQ(store.annotation(late->id)->note, QStringLiteral("resume when?"));
    EXPECT_EQ(store.annotation(late->id)->color, QStringLiteral("#123456"));
    EXPECT_EQ(store.articleOf(late->id), f.id);
    EXPECT_FALSE(store.update(9999, {}, {}));

    const UserAnnotation removed = *store.annotation(early->id);
    EXPECT_TRUE(store.remove(early->id));
    EXPECT_FALSE(store.remove(early->id));
    EXPECT_EQ(store.list(f.id).size(), 1);
    // Undoing a removal stores the same row again, id included.
    EXPECT_EQ(store.insert(f.id, removed), early->id);
    EXPECT_EQ(*store.annotation(early->id), removed);
}

TEST(AnnotationStore, ReanchorsByQuoteWhenTheTextMoves)
{
    Fixture f;
    AnnotationStore store = f.store();
    const int start = f.at(QStringLiteral("the envoy left"));
    const auto a = store.add(f.id, start, start + 9, {}, QStringLiteral("second envoy"));
    ASSERT_TRUE(a.has_value());

    // A re-import put a sentence in front of the annotated paragraph.
    const QString changed
        = QStringLiteral("Update: the envoy spoke. The envoy said the talks would resume, and the envoy left.");
    Article now = twoParagraphs();
    now.paragraphs[1] = changed;
    SqlStatement st(f.t.library().database(),
                    QStringLiteral("UPDATE articles SET body = ?1, paragraph_lengths = ?2 WHERE id = ?3"));
    st.bind(1, ParagraphText::body(now.paragraphs)).bind(2, ParagraphText::lengths(now.paragraphs)).bind(3, f.id);
    st.run();

    const QString text = now.plainText();
    const QList<UserAnnotation> listed = store.list(f.id);
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.first().start, int(text.indexOf(QStringLiteral("the envoy left"))));
    EXPECT_EQ(text.mid(listed.first().start, listed.first().end - listed.first().start), QStringLiteral("the envoy"));
    // The correction is stored, not only returned.
    EXPECT_EQ(store.annotation(a->id)->start, listed.first().start);
    EXPECT_EQ(store.annotation(a->id)->note, QStringLiteral("second envoy"));

    // A quote that is gone keeps what the reader marked.
    const QStringList nothing {QStringLiteral("Nothing left.")};
    SqlStatement gone(f.t.library().database(),
                      QStringLiteral("UPDATE articles SET body = ?1, paragraph_lengths = ?2 WHERE id = ?3"));
    gone.bind(1, ParagraphText::body(nothing)).bind(2, ParagraphText::lengths(nothing)).bind(3, f.id);
    gone.run();
    const QList<UserAnnotation> lost = store.list(f.id);
    ASSERT_EQ(lost.size(), 1);
    EXPECT_EQ(lost.first().exact, QStringLiteral("the envoy"));
}

TEST(AnnotationStore, NotesAreSearchableAndLeaveWithTheirArticle)
{
    Fixture f;
    AnnotationStore store = f.store();
    const auto a = store.add(f.id, f.at(QStringLiteral("ministry")), f.at(QStringLiteral("ministry")) + 8, {},
                             QStringLiteral("Ask the spokeswoman about the démarche"));
    const auto b = store.add(f.id, f.at(QStringLiteral("talks")), f.at(QStringLiteral("talks")) + 5, {}, {});
    ASSERT_TRUE(a && b);

    QList<NoteHit> hits = store.search(QStringLiteral("demarche"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().annotation.id, a->id);
    EXPECT_EQ(hits.first().articleId, f.id);
    EXPECT_EQ(hits.first().headline, QStringLiteral("Envoy summoned"));
    EXPECT_TRUE(hits.first().snippet.contains(QStringLiteral("[démarche]")));
    // Highlighted words are searchable too; prefixes work.
    EXPECT_EQ(store.search(QStringLiteral("talk*")).size(), 1);
    EXPECT_TRUE(store.search(QStringLiteral("\" OR NEAR(")).isEmpty());

    store.update(a->id, {}, QStringLiteral("nothing to ask"));
    EXPECT_TRUE(store.search(QStringLiteral("demarche")).isEmpty());
    EXPECT_EQ(store.search(QStringLiteral("ask")).size(), 1);

    EXPECT_TRUE(f.t.library().removeArticle(f.id));
    EXPECT_TRUE(store.search(QStringLiteral("ask")).isEmpty());
    EXPECT_TRUE(store.list(f.id).isEmpty());
    EXPECT_TRUE(f.t.library().check().isEmpty()) << f.t.library().check().join(QLatin1Char('\n')).toStdString();
}
