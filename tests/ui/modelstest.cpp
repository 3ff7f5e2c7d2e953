#include "ambassadorlistmodel.h"
#include "articlelistmodel.h"
#include "countryflag.h"
#include "countrylistmodel.h"
#include "extract/extractor.h"
#include "fixturearticles.h"
#include "flagdelegate.h"
#include "itemroles.h"
#include "libraryreader.h"
#include "quotetreemodel.h"
#include "render/articlehtml.h"
#include "speakerpalette.h"
#include "testpaths.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QColor>
#include <QPixmap>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

#include <gtest/gtest.h>

using namespace dateline;

namespace {

// A library in a temporary folder, open on a reader thread, with a list
// model over it.
class LibraryListTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString path() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }

    // Opens the library and waits for the first page.
    void open()
    {
        m_reader = std::make_unique<ui::LibraryReader>();
        m_model = std::make_unique<ui::ArticleListModel>(m_reader.get());
        ASSERT_TRUE(test::triggerAndWait(m_reader.get(), &ui::LibraryReader::opened, [&] { m_reader->open(path()); }));
        refresh();
    }

    void refresh()
    {
        ASSERT_TRUE(test::triggerAndWait(m_model.get(), &ui::ArticleListModel::refreshed, [&] { m_model->refresh(); }));
    }

    QString headline(int row) const { return m_model->index(row, ui::ArticleListModel::Headline).data().toString(); }

    QTemporaryDir m_dir;
    std::unique_ptr<ui::LibraryReader> m_reader;
    std::unique_ptr<ui::ArticleListModel> m_model;
};

} // namespace

TEST_F(LibraryListTest, ShowsHeadlineDateAndSource)
{
    Article a;
    a.headline = QStringLiteral("Envoys present credentials");
    a.published = QStringLiteral("2026-01-16T10:00");
    a.agency = QStringLiteral("Reuters");
    a.paragraphs = {QStringLiteral("Envoys presented their credentials on Friday.")};
    test::storeInLibrary(path(), {a});
    open();
    ASSERT_EQ(m_model->rowCount(), 1);
    EXPECT_EQ(m_model->total(), 1);
    EXPECT_EQ(headline(0), a.headline);
    EXPECT_EQ(m_model->index(0, ui::ArticleListModel::Published).data().toString(), QStringLiteral("2026-01-16"));
    EXPECT_EQ(m_model->index(0, ui::ArticleListModel::Source).data().toString(), QStringLiteral("Reuters"));
    EXPECT_GT(m_model->articleId(0), 0);
}

TEST_F(LibraryListTest, CountsSpeakersAndShowsFlagsMostMentionedFirst)
{
    test::storeInLibrary(path(), {test::credentialsArticle()});
    open();
    ASSERT_EQ(m_model->rowCount(), 1);
    const QModelIndex speakers = m_model->index(0, ui::ArticleListModel::Speakers);
    EXPECT_EQ(speakers.data().toInt(), 3);
    EXPECT_EQ(speakers.data(ui::SortRole).toInt(), 3);
    EXPECT_TRUE(
        speakers.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Recep Tayyip Erdogan\nClaire Martin")))
        << speakers.data(Qt::ToolTipRole).toString();
    const QString flags = m_model->index(0, ui::ArticleListModel::Countries).data().toString();
    EXPECT_TRUE(flags.startsWith(ui::CountryFlag::emoji(QStringLiteral("TR")))) << flags;
    EXPECT_EQ(flags.size(), 3 * 4); // three flags of two surrogate pairs each
}

TEST_F(LibraryListTest, QuickFilterAndSortingQueryTheLibraryAgain)
{
    test::storeInLibrary(path(), {test::credentialsArticle(), test::reutersArticle()});
    open();
    ASSERT_EQ(m_model->rowCount(), 2);
    EXPECT_EQ(headline(0), test::credentialsArticle().headline) << "newest first";

    ASSERT_TRUE(test::triggerAndWait(m_model.get(), &ui::ArticleListModel::refreshed,
                                     [&] { m_model->sort(ui::ArticleListModel::Published, Qt::AscendingOrder); }));
    ASSERT_EQ(m_model->rowCount(), 2);
    EXPECT_EQ(headline(0), test::reutersArticle().headline);

    ASSERT_TRUE(test::triggerAndWait(m_model.get(), &ui::ArticleListModel::refreshed,
                                     [&] { m_model->setQuickFilter(QStringLiteral("reuters")); }));
    ASSERT_EQ(m_model->rowCount(), 1);
    EXPECT_EQ(headline(0), test::reutersArticle().headline);
    ASSERT_TRUE(test::triggerAndWait(m_model.get(), &ui::ArticleListModel::refreshed,
                                     [&] { m_model->setQuickFilter(QStringLiteral("ENVOYS")); }));
    ASSERT_EQ(m_model->rowCount(), 1);
    EXPECT_EQ(headline(0), test::credentialsArticle().headline);
    // Body text is not part of the quick filter, and LIKE wildcards are text.
    ASSERT_TRUE(test::triggerAndWait(m_model.get(), &ui::ArticleListModel::refreshed,
                                     [&] { m_model->setQuickFilter(QStringLiteral("Background paragraph")); }));
    EXPECT_EQ(m_model->rowCount(), 0);
    ASSERT_TRUE(test::triggerAndWait(m_model.get(), &ui::ArticleListModel::refreshed,
                                     [&] { m_model->setQuickFilter(QStringLiteral("%")); }));
    EXPECT_EQ(m_model->rowCount(), 0);
    ASSERT_TRUE(test::triggerAndWait(m_model.get(), &ui::ArticleListModel::refreshed,
                                     [&] { m_model->setQuickFilter(QString()); }));
    EXPECT_EQ(m_model->rowCount(), 2);
}

TEST_F(LibraryListTest, SortsByEveryColumnAndSeesArticlesImportedMeanwhile)
{
    test::storeInLibrary(path(), {test::credentialsArticle(), test::reutersArticle()});
    open();
    const auto sortBy = [&](int column, Qt::SortOrder order) {
        ASSERT_TRUE(test::triggerAndWait(m_model.get(), &ui::ArticleListModel::refreshed,
                                         [&] { m_model->sort(column, order); }));
    };
    sortBy(ui::ArticleListModel::Speakers, Qt::DescendingOrder);
    ASSERT_EQ(m_model->rowCount(), 2);
    EXPECT_EQ(headline(0), test::credentialsArticle().headline) << "3 speakers before 1";
    sortBy(ui::ArticleListModel::Headline, Qt::AscendingOrder);
    EXPECT_EQ(headline(0), test::reutersArticle().headline) << "Grain before New";
    sortBy(ui::ArticleListModel::Source, Qt::DescendingOrder);
    EXPECT_EQ(headline(0), test::reutersArticle().headline) << "Reuters after Anadolu";
    sortBy(ui::ArticleListModel::Countries, Qt::AscendingOrder);
    EXPECT_EQ(headline(0), test::reutersArticle().headline) << "1 country before 3";

    // Another connection stores an article with four speakers: the next
    // query sorts it in, its keys are not stale.
    Article many = test::reutersArticle();
    many.headline = QStringLiteral("Aaa many voices");
    many.paragraphs = {QStringLiteral("One, two, three and four spoke.")};
    for (const QString &name :
         {QStringLiteral("A One"), QStringLiteral("B Two"), QStringLiteral("C Three"), QStringLiteral("D Four")}) {
        Statement s = many.extraction.statements.first();
        s.speaker = name;
        s.paragraph = 0;
        s.start = 0;
        s.end = 3;
        many.extraction.statements << s;
    }
    many.extraction.statements.removeFirst();
    many.extraction.countries.clear();
    test::storeInLibrary(path(), {many});
    sortBy(ui::ArticleListModel::Speakers, Qt::DescendingOrder);
    ASSERT_EQ(m_model->rowCount(), 3);
    EXPECT_EQ(headline(0), many.headline);
    sortBy(ui::ArticleListModel::Countries, Qt::AscendingOrder);
    EXPECT_EQ(headline(0), many.headline) << "no countries first";
}

TEST_F(LibraryListTest, FetchesPagesAsTheViewAsks)
{
    QList<Article> articles;
    for (int i = 0; i < 450; ++i) {
        Article a;
        a.headline = QStringLiteral("Story %1").arg(i, 3, 10, QLatin1Char('0'));
        a.published = QStringLiteral("2026-01-01T10:%1").arg(i % 60, 2, 10, QLatin1Char('0'));
        a.paragraphs = {QStringLiteral("Paragraph of story %1.").arg(i)};
        articles << a;
    }
    test::storeInLibrary(path(), articles);
    open();
    m_model->sort(ui::ArticleListModel::Headline, Qt::AscendingOrder);
    ASSERT_TRUE(test::waitUntil([&] { return headline(0) == QStringLiteral("Story 000"); }));
    EXPECT_EQ(m_model->rowCount(), ui::ArticleListModel::kPageSize);
    EXPECT_EQ(m_model->total(), 450);
    EXPECT_TRUE(m_model->canFetchMore({}));
    m_model->fetchMore({});
    EXPECT_FALSE(m_model->canFetchMore({})) << "one page at a time";
    ASSERT_TRUE(test::waitUntil([&] { return m_model->rowCount() == 400; }));
    m_model->fetchMore({});
    ASSERT_TRUE(test::waitUntil([&] { return m_model->rowCount() == 450; }));
    EXPECT_FALSE(m_model->canFetchMore({}));
    // Pages follow on without gaps or repeats.
    for (int row = 0; row < 450; ++row)
        ASSERT_EQ(headline(row), QStringLiteral("Story %1").arg(row, 3, 10, QLatin1Char('0')));
}

TEST_F(LibraryListTest, ATableViewReadsOnlyThePagesItShows)
{
    QList<Article> articles;
    for (int i = 0; i < 650; ++i) {
        Article a;
        a.headline = QStringLiteral("Story %1").arg(i, 3, 10, QLatin1Char('0'));
        a.paragraphs = {QStringLiteral("Paragraph of story %1.").arg(i)};
        articles << a;
    }
    test::storeInLibrary(path(), articles);
    open();
    QTableView view;
    view.resize(400, 300);
    view.setModel(m_model.get());
    view.show();
    test::waitUntil([] { return false; }, 500); // time for layouts and any fetch they start
    EXPECT_EQ(m_model->rowCount(), ui::ArticleListModel::kPageSize) << "more than the first page was read";
    view.scrollToBottom();
    EXPECT_TRUE(test::waitUntil([&] { return m_model->rowCount() == 2 * ui::ArticleListModel::kPageSize; }));
}

TEST(FlagDelegate, DrawsEachFlagOnceIntoAPixmap)
{
    ui::FlagDelegate delegate;
    const QFont font = QApplication::font();
    const QPixmap fr = delegate.flag(QStringLiteral("FR"), 16, 1.0, font);
    ASSERT_FALSE(fr.isNull());
    EXPECT_EQ(fr.height(), 16);
    // Something was drawn: not every pixel is transparent.
    const QImage image = fr.toImage();
    bool painted = false;
    for (int y = 0; y < image.height() && !painted; ++y) {
        for (int x = 0; x < image.width() && !painted; ++x)
            painted = qAlpha(image.pixel(x, y)) > 0;
    }
    EXPECT_TRUE(painted);
    EXPECT_EQ(delegate.flag(QStringLiteral("FR"), 16, 1.0, font).cacheKey(), fr.cacheKey()) << "drawn once";
    EXPECT_TRUE(delegate.flag(QStringLiteral("1x"), 16, 1.0, font).isNull()) << "not a country code";
}

TEST(CountryFlag, BuildsRegionalIndicatorPairs)
{
    EXPECT_EQ(ui::CountryFlag::emoji(QStringLiteral("FR")), QString::fromUtf8("\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7"));
    EXPECT_EQ(ui::CountryFlag::emoji(QStringLiteral("kr")), QString::fromUtf8("\xF0\x9F\x87\xB0\xF0\x9F\x87\xB7"));
    EXPECT_TRUE(ui::CountryFlag::emoji(QStringLiteral("UNO")).isEmpty());
    EXPECT_TRUE(ui::CountryFlag::emoji(QStringLiteral("1A")).isEmpty());
    EXPECT_TRUE(ui::CountryFlag::emoji(QString()).isEmpty());
    EXPECT_TRUE(ui::CountryFlag::label(QStringLiteral("JP")).endsWith(Extractor::countryName(QStringLiteral("JP"))));
}

TEST(QuoteTreeModel, GroupsStatementsBySpeakerWithReaderColours)
{
    ui::QuoteTreeModel model;
    const Article a = test::credentialsArticle();
    model.setExtraction(a.extraction);
    ASSERT_EQ(model.rowCount(), 3);
    const QModelIndex erdogan = model.index(0, 0);
    EXPECT_EQ(erdogan.data().toString(), QStringLiteral("Recep Tayyip Erdogan (2)"));
    ASSERT_EQ(model.rowCount(erdogan), 2);
    EXPECT_EQ(model.index(0, 0, erdogan).data().toString(), QStringLiteral("Our doors are open to dialogue"));
    EXPECT_EQ(model.index(1, 0, erdogan).data(ui::ElementIdRole).toString(), QStringLiteral("q3"));
    EXPECT_EQ(model.parent(model.index(1, 0, erdogan)), erdogan);

    const QHash<QString, int> colourSlots = ArticleHtml::speakerSlots(a.extraction);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex speaker = model.index(row, 0);
        const QString name = speaker.data().toString().section(QStringLiteral(" ("), 0, 0);
        EXPECT_EQ(speaker.data(Qt::DecorationRole).value<QColor>(),
                  ui::SpeakerPalette::colour(colourSlots.value(name), false))
            << name;
    }
    model.setDarkTheme(true);
    EXPECT_EQ(model.index(1, 0).data(Qt::DecorationRole).value<QColor>(), ui::SpeakerPalette::colour(1, true));
    EXPECT_EQ(model.index(1, 0).data().toString(), QStringLiteral("Claire Martin (1)"));
}

TEST(CountryListModel, CountsMentionsAndListsThemInDocumentOrder)
{
    ui::CountryListModel model;
    Extraction e = test::credentialsArticle().extraction;
    std::reverse(e.countries.begin(), e.countries.end()); // ids then no longer follow the text
    model.setExtraction(e);
    ASSERT_EQ(model.rowCount(), 3);
    const QModelIndex top = model.index(0, ui::CountryListModel::Country);
    EXPECT_TRUE(top.data().toString().startsWith(ui::CountryFlag::emoji(QStringLiteral("TR"))));
    EXPECT_EQ(model.index(0, ui::CountryListModel::Mentions).data().toInt(), 4);
    // After reversing, mention i of the original list has id 9 - i.
    EXPECT_EQ(top.data(ui::ElementIdsRole).toStringList(),
              (QStringList {QStringLiteral("c9"), QStringLiteral("c6"), QStringLiteral("c3"), QStringLiteral("c0")}));
}

TEST(AmbassadorListModel, ShowsSendingAndHostNameAndRole)
{
    ui::AmbassadorListModel model;
    model.setExtraction(test::credentialsArticle().extraction);
    ASSERT_EQ(model.rowCount(), 2);
    const QString countries = model.index(0, ui::AmbassadorListModel::Countries).data().toString();
    EXPECT_EQ(countries,
              ui::CountryFlag::label(QStringLiteral("FR")) + QStringLiteral(" → ")
                  + ui::CountryFlag::label(QStringLiteral("TR")));
    EXPECT_EQ(model.index(0, ui::AmbassadorListModel::Name).data().toString(), QStringLiteral("Claire Martin"));
    EXPECT_EQ(model.index(1, ui::AmbassadorListModel::Role).data().toString(), QStringLiteral("envoy"));
    EXPECT_EQ(model.index(1, 0).data(ui::ElementIdRole).toString(), QStringLiteral("a1"));
}

TEST(SpeakerPalette, MatchesTheReaderStylesheet)
{
    const QString css = QString::fromUtf8(test::readFile(test::resourcePath(QStringLiteral("reader/reader.css"))));
    ASSERT_FALSE(css.isEmpty());
    for (const bool dark : {false, true}) {
        const QRegularExpression rule(QStringLiteral("%1mark\\.q\\.s(\\d) \\{ background: (#[0-9a-f]{6}); \\}")
                                          .arg(dark ? QStringLiteral("body\\.dark ") : QStringLiteral("(?<!dark )")));
        int found = 0;
        for (auto it = rule.globalMatch(css); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            EXPECT_EQ(ui::SpeakerPalette::colour(m.captured(1).toInt(), dark).name(), m.captured(2))
                << "slot " << m.captured(1).toInt() << (dark ? " dark" : " light");
            ++found;
        }
        EXPECT_EQ(found, ArticleHtml::kSpeakerColours) << (dark ? "dark" : "light");
    }
}
