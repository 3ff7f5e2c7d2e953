#include "import/html/htmlimporter.h"
#include "import/importer.h"
#include "testpaths.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace dateline;

namespace {

Article importFixture(const QString &name)
{
    const QString path = test::fixturePath(QStringLiteral("html/") + name);
    const ImportResult r = Importer::importData(test::readFile(path), path);
    EXPECT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.articles.size(), 1);
    return r.articles.value(0);
}

bool anyContains(const QStringList &paragraphs, const QString &needle)
{
    for (const QString &p : paragraphs) {
        if (p.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

TEST(HtmlImporter, JsonLdGraphGivesMetadata)
{
    const Article a = importFixture(QStringLiteral("jsonld_article.html"));
    EXPECT_EQ(a.format, QStringLiteral("html"));
    EXPECT_EQ(a.headline, QStringLiteral("Harbour talks resume after two-year pause"));
    EXPECT_EQ(a.authors, (QStringList {QStringLiteral("Mira Okonkwo"), QStringLiteral("Tomas Lindqvist")}));
    EXPECT_EQ(a.published, QStringLiteral("2024-03-05T09:15:00+01:00"));
    EXPECT_EQ(a.updated, QStringLiteral("2024-03-05T11:40:12"));
    EXPECT_EQ(a.section, QStringLiteral("World"));
    EXPECT_EQ(a.language, QStringLiteral("en-GB"));
    EXPECT_EQ(a.link, QStringLiteral("https://ledger.example/world/harbour-talks-resume"));
    EXPECT_EQ(a.standfirst, QStringLiteral("Negotiators from both ports met again on Tuesday."));
    // The h1 repeating the headline is not body text; the h2 is its own paragraph.
    ASSERT_EQ(a.paragraphs.size(), 4);
    EXPECT_TRUE(a.paragraphs[0].startsWith(QStringLiteral("Negotiators from the two")));
    EXPECT_EQ(a.paragraphs[2], QStringLiteral("Fishing rights first"));
    EXPECT_FALSE(anyContains(a.paragraphs, QStringLiteral("Coastal Ledger")));
}

TEST(HtmlImporter, OpenGraphAndMetaTags)
{
    const Article a = importFixture(QStringLiteral("opengraph_article.html"));
    EXPECT_EQ(a.headline, QStringLiteral("Le ministre promet une réforme rapide"));
    // article:author is a profile URL; the author meta tag names the person.
    EXPECT_EQ(a.authors, QStringList {QStringLiteral("Claire Martin")});
    EXPECT_EQ(a.published, QStringLiteral("2023-11-20T18:05:00Z"));
    EXPECT_EQ(a.updated, QStringLiteral("2023-11-21T07:00:00Z"));
    EXPECT_EQ(a.section, QStringLiteral("Politique"));
    EXPECT_EQ(a.language, QStringLiteral("fr"));
    EXPECT_EQ(a.link, QStringLiteral("https://gazette.example/politique/reforme"));
    ASSERT_EQ(a.paragraphs.size(), 3);
    EXPECT_EQ(a.paragraphs[2],
              QStringLiteral("L’opposition a dénoncé un texte préparé « dans l’urgence », mais "
                             "plusieurs de ses membres ont salué la méthode retenue."));
}

TEST(HtmlImporter, NavigationAdsCommentsShareBarsAndRelatedLinksAreDropped)
{
    const Article a = importFixture(QStringLiteral("clutter_article.html"));
    EXPECT_EQ(a.headline, QStringLiteral("Envoy meets rebel leaders in the north"));
    EXPECT_EQ(a.authors, QStringList {QStringLiteral("Ana Ferreira")});
    ASSERT_EQ(a.paragraphs.size(), 3);
    EXPECT_TRUE(a.paragraphs[0].startsWith(QStringLiteral("The special envoy")));
    EXPECT_TRUE(a.paragraphs[2].startsWith(QStringLiteral("A second meeting")));
    for (const char *junk :
         {"Home", "ADVERTISEMENT", "Share on", "Related", "Rebels seize", "Most read", "First!", "Copyright", "By Ana"})
        EXPECT_FALSE(anyContains(a.paragraphs, QLatin1String(junk))) << junk;
}

TEST(HtmlImporter, BrRunsAreParagraphBreaks)
{
    const Article a = importFixture(QStringLiteral("br_paragraphs.html"));
    ASSERT_EQ(a.paragraphs.size(), 4);
    EXPECT_EQ(
        a.paragraphs[0],
        QStringLiteral("Traffic resumed at the border crossing on Sunday morning, after a closure of three weeks."));
    EXPECT_TRUE(a.paragraphs[2].startsWith(QStringLiteral("The transport ministry")));
    EXPECT_EQ(a.paragraphs[3], QStringLiteral("Customs checks, however, will remain in place until further notice."));
}

TEST(HtmlImporter, DeclaredWindows1251CharsetIsDecoded)
{
    const Article a = importFixture(QStringLiteral("windows1251.html"));
    EXPECT_EQ(a.headline, QStringLiteral("Посол встретился с министром"));
    EXPECT_EQ(a.language, QStringLiteral("ru"));
    ASSERT_EQ(a.paragraphs.size(), 3);
    EXPECT_TRUE(a.paragraphs[0].startsWith(QStringLiteral("Посол провёл в пятницу")));
}

TEST(HtmlImporter, ByteOrderMarkWinsOverDeclaredCharset)
{
    QByteArray page("\xEF\xBB\xBF<html><head><meta charset=\"windows-1251\"><title>Caf\xC3\xA9 talks</title></head>"
                    "<body><p>The caf\xC3\xA9 owners met the mayor on Monday to discuss the new terrace rules.</p>"
                    "</body></html>");
    const ImportResult r = HtmlImporter::parse(page, QStringLiteral("bom.html"));
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.articles[0].headline, QStringLiteral("Café talks"));
    EXPECT_TRUE(r.articles[0].paragraphs.value(0).startsWith(QStringLiteral("The café owners")));
}

TEST(HtmlImporter, ScriptsHandlersAndHiddenContentNeverReachTheText)
{
    const Article a = importFixture(QStringLiteral("hostile.html"));
    EXPECT_EQ(a.headline, QStringLiteral("Parliament passes budget"));
    ASSERT_EQ(a.paragraphs.size(), 3);
    EXPECT_TRUE(a.paragraphs[2].contains(QStringLiteral("too optimistic & the growth")));
    for (const char *bad :
         {"INJECTED", "alert", "ONERROR", "HIDDEN", "DISPLAY NONE", "SCRIPT IN BODY", "NOSCRIPT", "TEMPLATE", "evil"})
        EXPECT_FALSE(anyContains(a.paragraphs, QLatin1String(bad))) << bad;
}

TEST(HtmlImporter, BylinesAreReducedToNames)
{
    EXPECT_EQ(HtmlImporter::bylineAuthors(QStringLiteral("By Nathan Willis March 25, 2015")),
              QStringList {QStringLiteral("Nathan Willis")});
    EXPECT_EQ(HtmlImporter::bylineAuthors(QStringLiteral("Tech Industry by Steven Musil")),
              QStringList {QStringLiteral("Steven Musil")});
    EXPECT_EQ(HtmlImporter::bylineAuthors(QStringLiteral("By Ana Ruiz and Li Wei | Updated 10:30")),
              (QStringList {QStringLiteral("Ana Ruiz"), QStringLiteral("Li Wei")}));
    EXPECT_EQ(HtmlImporter::bylineAuthors(QStringLiteral("Nicolas Perriault —")),
              QStringList {QStringLiteral("Nicolas Perriault")});
}

TEST(HtmlImporter, PagesWithoutTextAreRefused)
{
    EXPECT_FALSE(HtmlImporter::parse(QByteArrayLiteral("<html><body><script>x()</script></body></html>"),
                                     QStringLiteral("x.html"))
                     .ok());
    EXPECT_FALSE(HtmlImporter::parse(QByteArray(), QStringLiteral("x.html")).ok());
    EXPECT_FALSE(HtmlImporter::parse(QByteArrayLiteral("<html><head><title>App shell</title></head><body><div "
                                                       "id=\"root\"></div></body></html>"),
                                     QStringLiteral("x.html"))
                     .ok());
}

TEST(HtmlImporter, DeepNestingIsFastAndSafe)
{
    QByteArray page("<html><head><title>Deep page title here</title></head><body>");
    for (int i = 0; i < 100000; ++i)
        page += "<div>";
    page += "<p>The bottom of a very deep page still holds a sentence, which should be found.</p>";
    for (int i = 0; i < 100000; ++i)
        page += "</div>";
    page += "</body></html>";
    QElapsedTimer timer;
    timer.start();
    const ImportResult r = HtmlImporter::parse(page, QStringLiteral("deep.html"));
    const qint64 ms = timer.elapsed();
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_TRUE(anyContains(r.articles[0].paragraphs, QStringLiteral("The bottom of a very deep page")));
    // A guard against quadratic work or a hang, loose enough for sanitizer
    // builds on a busy machine; the optimised build takes well under 300 ms.
    EXPECT_LT(ms, 5000) << "took " << ms << " ms";
}

TEST(HtmlImporter, UnclosedDeepNestingAndManySiblingsStayFast)
{
    QByteArray page("<html><body>");
    for (int i = 0; i < 100000; ++i)
        page += "<span><div class=\"a\"><p>word, ";
    QElapsedTimer timer;
    timer.start();
    const ImportResult r = HtmlImporter::parse(page, QStringLiteral("unclosed.html"));
    EXPECT_TRUE(r.ok()) << r.error;
    EXPECT_LT(timer.elapsed(), 5000);

    QByteArray wide("<html><body><div>");
    for (int i = 0; i < 20000; ++i)
        wide += "<p>Paragraph number, with a comma, that is long enough to be scored as text.</p>";
    wide += "</div></body></html>";
    timer.restart();
    const ImportResult w = HtmlImporter::parse(wide, QStringLiteral("wide.html"));
    ASSERT_TRUE(w.ok()) << w.error;
    EXPECT_EQ(w.articles[0].paragraphs.size(), 20000);
    EXPECT_LT(timer.elapsed(), 5000);
}

TEST(HtmlImporter, PagesSavedWithHiddenBodyOrOpenDialogStillGiveTheirText)
{
    const QByteArray story("<p>The council approved the new harbour plan on Thursday after a long debate, officials "
                           "said, and work is due to begin in the spring.</p><p>Residents, who had objected to the "
                           "noise, will be offered double glazing and a say in the working hours.</p>");
    const ImportResult hiddenBody = HtmlImporter::parse(
        "<html><head><title>Harbour plan approved</title></head><body style=\"display:none\"><article>" + story
            + "</article></body></html>",
        QStringLiteral("a.html"));
    ASSERT_TRUE(hiddenBody.ok()) << hiddenBody.error;
    EXPECT_EQ(hiddenBody.articles[0].paragraphs.size(), 2);

    const ImportResult dialog = HtmlImporter::parse(
        "<html><head><title>Harbour plan approved</title></head><body><div id=\"page\" aria-hidden=\"true\"><article>"
            + story
            + "</article></div><div role=\"dialog\" aria-modal=\"true\"><p>We use cookies. Accept all?</p></div>"
              "</body></html>",
        QStringLiteral("b.html"));
    ASSERT_TRUE(dialog.ok()) << dialog.error;
    ASSERT_EQ(dialog.articles[0].paragraphs.size(), 2);
    EXPECT_TRUE(dialog.articles[0].paragraphs[0].startsWith(QStringLiteral("The council approved")));

    // Decorative aria-hidden text is still left out of a normal page.
    const ImportResult icons = HtmlImporter::parse(
        "<html><body><article>" + story.left(story.indexOf("</p>"))
            + "<span aria-hidden=\"true\">ICON</span></p><p>More text follows here, with a comma, and more words "
              "so that the article is long enough to be read as one, which it is, certainly, by now.</p>"
              "<p>And a third paragraph, with commas, to make the page long enough for the first attempt to "
              "keep, which needs five hundred characters of text in all, or close to it, at least.</p></article>"
              "</body></html>",
        QStringLiteral("c.html"));
    ASSERT_TRUE(icons.ok()) << icons.error;
    EXPECT_FALSE(icons.articles[0].paragraphs.join(QLatin1Char(' ')).contains(QStringLiteral("ICON")));
}

TEST(HtmlImporter, PageWithoutMetadataTakesHeadlineFromH1AndDateFromByline)
{
    const ImportResult r = HtmlImporter::parse(
        "<html><body><h1>Floods close the port</h1><div class=\"byline\">By Karin Holm, March 25, 2015</div>"
        "<div class=\"story\"><p>Floods closed the port on Tuesday, the harbour master said, and ships were told to "
        "wait offshore until the water falls.</p><p>It is the second closure this year, after a storm in January "
        "damaged two of the cranes.</p></div></body></html>",
        QStringLiteral("f.html"));
    ASSERT_TRUE(r.ok()) << r.error;
    const Article &a = r.articles[0];
    EXPECT_EQ(a.headline, QStringLiteral("Floods close the port"));
    EXPECT_EQ(a.authors, QStringList {QStringLiteral("Karin Holm")});
    EXPECT_EQ(a.published, QStringLiteral("2015-03-25"));
    ASSERT_EQ(a.paragraphs.size(), 2);
    EXPECT_TRUE(a.paragraphs[0].startsWith(QStringLiteral("Floods closed the port")));
}
