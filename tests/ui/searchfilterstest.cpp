// The statement search panel's filters: speaker and country complete from
// the library (the country by name, searched by code), a date range narrows
// by publication date, each change updates the results, and the fields are
// reached with Tab in order.
#include "fixturearticles.h"
#include "mainwindow.h"
#include "readerview.h"
#include "searchpanel.h"
#include "uitestsupport.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <memory>

using namespace dateline;

namespace {

// An article whose one statement (words, by speaker) mentions a country.
Article statement(const QString &headline, const QString &date, const QString &speaker, const QString &words,
                  const QString &countryCode, const QString &countryText)
{
    Article a;
    a.source = QStringLiteral("fixtures/%1-%2.txt").arg(date, countryCode);
    a.format = QStringLiteral("text");
    a.headline = headline;
    a.published = date;
    a.paragraphs = {QStringLiteral("“%1 in %2,” he said.").arg(words, countryText)};
    Statement s;
    s.text = words + QStringLiteral(" in ") + countryText;
    s.speaker = speaker;
    s.speakerSurface = speaker.section(QLatin1Char(' '), -1);
    s.speakerKind = SpeakerKind::Person;
    s.verb = QStringLiteral("said");
    s.paragraph = 0;
    s.start = 1;
    s.end = int(1 + s.text.size());
    a.extraction.statements = {s};
    CountryMention m;
    m.code = countryCode;
    m.text = countryText;
    m.paragraph = 0;
    m.start = int(1 + words.size() + 4);
    m.end = int(m.start + countryText.size());
    a.extraction.countries = {m};
    return a;
}

class SearchFiltersTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("library.sqlite"));
        test::storeInLibrary(
            path,
            {statement(QStringLiteral("Grain in Ukraine"), QStringLiteral("2024-02-10"),
                       QStringLiteral("Recep Tayyip Erdogan"), QStringLiteral("Grain exports will resume"),
                       QStringLiteral("UA"), QStringLiteral("Ukraine")),
             statement(QStringLiteral("Grain in Egypt"), QStringLiteral("2024-06-20"),
                       QStringLiteral("Recep Tayyip Erdogan"), QStringLiteral("Grain deliveries matter"),
                       QStringLiteral("EG"), QStringLiteral("Egypt")),
             statement(QStringLiteral("Grain talks in Egypt"), QStringLiteral("2025-03-05"),
                       QStringLiteral("Sergey Lavrov"), QStringLiteral("Grain prices are too high"),
                       QStringLiteral("EG"), QStringLiteral("Egypt"))});
        QSettings().setValue(QStringLiteral("library/path"), path);
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1360, 820);
        m_window->show();
        ASSERT_TRUE(test::triggerAndWait(m_window->reader(), &ui::ReaderView::articleShown, [] {}));
        // The completions are read after the first article.
        ASSERT_TRUE(test::waitUntil([this] { return completions(panel()->countryField()).size() == 2; }));
        panel()->setMode(ui::SearchPanel::Mode::Statements);
    }

    void TearDown() override
    {
        m_window.reset();
        QSettings().clear();
    }

    ui::SearchPanel *panel() const { return m_window->searchPanel(); }

    static QStringList completions(QLineEdit *field)
    {
        QStringList out;
        const QAbstractItemModel *model = field->completer()->model();
        for (int i = 0; i < model->rowCount(); ++i)
            out << model->index(i, 0).data().toString();
        return out;
    }

    // Runs change and waits for the results it brings; returns the
    // headlines listed (column 3), in order.
    QStringList resultsAfter(const std::function<void()> &change)
    {
        if (!test::triggerAndWait(panel(), &ui::SearchPanel::resultsShown, change))
            return {QStringLiteral("<no results shown>")};
        QStringList out;
        for (int i = 0; i < panel()->results()->topLevelItemCount(); ++i)
            out << panel()->results()->topLevelItem(i)->text(3);
        out.sort();
        return out;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace

TEST_F(SearchFiltersTest, FiltersShowForStatementsOnly)
{
    // The dock may be closed: visible within the panel is what counts.
    for (QWidget *field : std::initializer_list<QWidget *> {panel()->speakerField(), panel()->countryField(),
                                                            panel()->fromField(), panel()->toField()})
        EXPECT_TRUE(field->isVisibleTo(panel())) << field->accessibleName().toStdString();
    panel()->setMode(ui::SearchPanel::Mode::Articles);
    EXPECT_FALSE(panel()->countryField()->isVisibleTo(panel()));
    EXPECT_FALSE(panel()->fromField()->isVisibleTo(panel()));
    EXPECT_TRUE(panel()->lineEdit()->isVisibleTo(panel()));
}

TEST_F(SearchFiltersTest, CompletionsComeFromTheLibrary)
{
    EXPECT_EQ(completions(panel()->countryField()), (QStringList {QStringLiteral("Egypt"), QStringLiteral("Ukraine")}));
    EXPECT_EQ(completions(panel()->speakerField()),
              (QStringList {QStringLiteral("Recep Tayyip Erdogan"), QStringLiteral("Sergey Lavrov")}));
}

TEST_F(SearchFiltersTest, CountryNameSearchesByCode)
{
    EXPECT_EQ(resultsAfter([this] { panel()->lineEdit()->setText(QStringLiteral("grain")); }),
              (QStringList {QStringLiteral("Grain in Egypt"), QStringLiteral("Grain in Ukraine"),
                            QStringLiteral("Grain talks in Egypt")}));
    EXPECT_EQ(resultsAfter([this] { panel()->countryField()->setText(QStringLiteral("egypt")); }),
              (QStringList {QStringLiteral("Grain in Egypt"), QStringLiteral("Grain talks in Egypt")}));
    EXPECT_EQ(panel()->countryCode(), QStringLiteral("EG"));
    // A code typed as such works too.
    EXPECT_EQ(resultsAfter([this] { panel()->countryField()->setText(QStringLiteral("ua")); }),
              (QStringList {QStringLiteral("Grain in Ukraine")}));
    // An unknown country finds nothing rather than ignoring the filter.
    EXPECT_EQ(resultsAfter([this] { panel()->countryField()->setText(QStringLiteral("Atlantis")); }), QStringList());
    EXPECT_EQ(panel()->countryCode(), QString());
}

TEST_F(SearchFiltersTest, SpeakerAndCountryWithoutWordsListStatements)
{
    EXPECT_EQ(resultsAfter([this] { panel()->speakerField()->setText(QStringLiteral("Erdogan")); }),
              (QStringList {QStringLiteral("Grain in Egypt"), QStringLiteral("Grain in Ukraine")}));
    EXPECT_EQ(resultsAfter([this] { panel()->countryField()->setText(QStringLiteral("Egypt")); }),
              (QStringList {QStringLiteral("Grain in Egypt")}));
}

TEST_F(SearchFiltersTest, DateRangeNarrowsByPublication)
{
    EXPECT_EQ(resultsAfter([this] { panel()->lineEdit()->setText(QStringLiteral("grain")); }).size(), 3);
    EXPECT_EQ(resultsAfter([this] { panel()->fromField()->setDate(QDate(2024, 3, 1)); }),
              (QStringList {QStringLiteral("Grain in Egypt"), QStringLiteral("Grain talks in Egypt")}));
    EXPECT_EQ(resultsAfter([this] { panel()->toField()->setDate(QDate(2024, 12, 31)); }),
              (QStringList {QStringLiteral("Grain in Egypt")}));
    // Back to "Any" lifts the limit.
    EXPECT_EQ(resultsAfter([this] { panel()->fromField()->setDate(panel()->fromField()->minimumDate()); }),
              (QStringList {QStringLiteral("Grain in Egypt"), QStringLiteral("Grain in Ukraine")}));
    EXPECT_EQ(panel()->fromField()->text(), QStringLiteral("Any"));

    // An artifact to look at: the window with the search dock and its filters.
    QDockWidget *dock = m_window->findChild<QDockWidget *>(QStringLiteral("searchDock"));
    ASSERT_NE(dock, nullptr);
    dock->show();
    dock->raise();
    EXPECT_EQ(resultsAfter([this] { panel()->countryField()->setText(QStringLiteral("Egypt")); }),
              (QStringList {QStringLiteral("Grain in Egypt")}));
    test::waitUntil([] { return false; }, 300);
    EXPECT_TRUE(m_window->grab().toImage().save(
        QDir(QStringLiteral(DATELINE_UI_ARTIFACTS)).filePath(QStringLiteral("searchfilters.png"))));
}

TEST_F(SearchFiltersTest, TabReachesEveryFilterInOrder)
{
    // The Tab chain from the search field, each focusable widget counted
    // as the field it belongs to (a date edit focuses its inner line edit).
    const QList<QWidget *> fields = {panel()->speakerField(), panel()->countryField(), panel()->fromField(),
                                     panel()->toField(), panel()->results()};
    QList<QWidget *> order;
    QWidget *w = panel()->lineEdit();
    for (int i = 0; i < 40 && order.size() < fields.size(); ++i) {
        w = w->nextInFocusChain();
        if (!(w->focusPolicy() & Qt::TabFocus))
            continue;
        for (QWidget *field : fields) {
            if ((field == w || field->isAncestorOf(w)) && (order.isEmpty() || order.last() != field))
                order << field;
        }
    }
    EXPECT_EQ(order, fields);
}
