#include "mainwindow.h"
#include "articlelistmodel.h"
#include "testpaths.h"

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
