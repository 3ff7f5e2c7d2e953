#include "ambassadorlistmodel.h"
#include "articlefiltermodel.h"
#include "articlelistmodel.h"
#include "countryflag.h"
#include "countrylistmodel.h"
#include "extract/extractor.h"
#include "fixturearticles.h"
#include "itemroles.h"
#include "quotetreemodel.h"
#include "render/articlehtml.h"
#include "speakerpalette.h"
#include "testpaths.h"

#include <QColor>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace dateline;

TEST(ArticleListModel, ShowsHeadlineDateAndSource)
{
    ui::ArticleListModel model;
    Article a;
    a.headline = QStringLiteral("Envoys present credentials");
    a.published = QStringLiteral("2026-01-16T10:00");
    a.agency = QStringLiteral("Reuters");
    model.setArticles({a});
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.data(model.index(0, ui::ArticleListModel::Headline)).toString(), a.headline);
    EXPECT_EQ(model.data(model.index(0, ui::ArticleListModel::Published)).toString(), QStringLiteral("2026-01-16"));
    EXPECT_EQ(model.data(model.index(0, ui::ArticleListModel::Source)).toString(), QStringLiteral("Reuters"));
}

TEST(ArticleListModel, CountsSpeakersAndShowsFlagsMostMentionedFirst)
{
    ui::ArticleListModel model;
    model.setArticles({test::credentialsArticle()});
    const QModelIndex speakers = model.index(0, ui::ArticleListModel::Speakers);
    EXPECT_EQ(speakers.data().toInt(), 3);
    EXPECT_EQ(speakers.data(ui::SortRole).toInt(), 3);
    EXPECT_TRUE(speakers.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Claire Martin")));
    const QString flags = model.index(0, ui::ArticleListModel::Countries).data().toString();
    EXPECT_TRUE(flags.startsWith(ui::CountryFlag::emoji(QStringLiteral("TR")))) << flags;
    EXPECT_EQ(flags.size(), 3 * 4); // three flags of two surrogate pairs each
    EXPECT_EQ(model.contentHashes(), QSet<QString> {test::credentialsArticle().contentHash()});
}

TEST(ArticleFilterModel, MatchesHeadlineAndSourceOnlyAndSortsByDate)
{
    ui::ArticleListModel model;
    model.setArticles({test::credentialsArticle(), test::reutersArticle()});
    ui::ArticleFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ui::ArticleListModel::Published, Qt::AscendingOrder);
    ASSERT_EQ(proxy.rowCount(), 2);
    EXPECT_EQ(proxy.index(0, 0).data().toString(), test::reutersArticle().headline);

    proxy.setQuickFilter(QStringLiteral("reuters"));
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, 0).data().toString(), test::reutersArticle().headline);
    proxy.setQuickFilter(QStringLiteral("ENVOYS"));
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, 0).data().toString(), test::credentialsArticle().headline);
    // Body text is not part of the quick filter.
    proxy.setQuickFilter(QStringLiteral("Background paragraph"));
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setQuickFilter(QString());
    EXPECT_EQ(proxy.rowCount(), 2);
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
