#include "librarypane.h"

#include "countryflag.h"
#include "extract/extractor.h"
#include "library/library.h"
#include "library/libraryerror.h"
#include "library/sqlstatement.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLocale>
#include <QPointer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace dateline::ui {

namespace {

constexpr int kScopeRole = Qt::UserRole + 1;
constexpr int kValueRole = Qt::UserRole + 2;

} // namespace

struct LibraryPane::Counts
{
    quint64 generation = 0;
    qint64 total = 0;
    qint64 starred = 0;
    qint64 notes = 0;
    QList<std::pair<QString, qint64>> sources; // agency ("" for none), articles
    QList<std::pair<QString, qint64>> countries; // ISO code, articles
};

LibraryPane::LibraryPane(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(2);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Library"));
    m_tree->setToolTip(tr("Choose which articles the list shows"));
    const auto add = [this](const QString &text, ArticleQuery::Scope scope, const QString &tip) {
        auto *item = new QTreeWidgetItem(m_tree, {text});
        item->setData(0, kScopeRole, int(scope));
        item->setToolTip(0, tip);
        return item;
    };
    add(tr("All Articles"), ArticleQuery::Scope::All, tr("Every article in the library"));
    add(tr("By Source"), ArticleQuery::Scope::Source, tr("Articles by agency or publication"));
    add(tr("By Country"), ArticleQuery::Scope::Country, tr("Articles that mention a country"));
    add(tr("Starred"), ArticleQuery::Scope::Starred, tr("Articles you starred (Feeds ▸ Starred, S)"));
    add(tr("With Notes"), ArticleQuery::Scope::Notes, tr("Articles you highlighted and wrote a note on"));
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QFont bold = m_tree->topLevelItem(i)->font(0);
        bold.setBold(true);
        m_tree->topLevelItem(i)->setFont(0, bold);
    }
    m_tree->setCurrentItem(m_tree->topLevelItem(0));
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &LibraryPane::onCurrentChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
}

LibraryPane::~LibraryPane() = default;

QTreeWidgetItem *LibraryPane::entry(ArticleQuery::Scope scope) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, kScopeRole).toInt() == int(scope))
            return item;
    }
    return nullptr;
}

void LibraryPane::choose(ArticleQuery::Scope scope, const QString &value)
{
    QTreeWidgetItem *top = entry(scope);
    if (!top)
        return;
    QTreeWidgetItem *target = top;
    if (scope == ArticleQuery::Scope::Source || scope == ArticleQuery::Scope::Country) {
        target = nullptr;
        for (int i = 0; i < top->childCount() && !target; ++i) {
            if (top->child(i)->data(0, kValueRole).toString() == value)
                target = top->child(i);
        }
        if (!target)
            target = entry(ArticleQuery::Scope::All);
    }
    m_tree->setCurrentItem(target);
}

void LibraryPane::onCurrentChanged(QTreeWidgetItem *item)
{
    if (!item || m_showing)
        return;
    auto scope = ArticleQuery::Scope(item->data(0, kScopeRole).toInt());
    const QString value = item->data(0, kValueRole).toString();
    // A group heading without a value shows everything.
    if ((scope == ArticleQuery::Scope::Source || scope == ArticleQuery::Scope::Country) && !item->parent())
        scope = ArticleQuery::Scope::All;
    Q_EMIT scopeChosen(scope, value);
}

void LibraryPane::refresh(const QString &libraryPath)
{
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Counts>(this);
    connect(watcher, &QFutureWatcher<Counts>::finished, this, [this, watcher] {
        const Counts counts = watcher->result();
        watcher->deleteLater();
        if (counts.generation == m_generation)
            show(counts);
    });
    watcher->setFuture(QtConcurrent::run([libraryPath, generation] {
        Counts c;
        c.generation = generation;
        try {
            Library library = Library::open(libraryPath);
            Database &db = library.database();
            c.total = db.queryInt(QStringLiteral("SELECT count(*) FROM articles"));
            c.starred = db.queryInt(QStringLiteral("SELECT count(*) FROM article_flags WHERE starred"));
            c.notes
                = db.queryInt(QStringLiteral("SELECT count(DISTINCT article_id) FROM annotations WHERE note <> ''"));
            SqlStatement sources(db,
                                 QStringLiteral("SELECT agency, count(*) FROM articles GROUP BY agency"
                                                " ORDER BY agency = '', count(*) DESC, agency"));
            while (sources.step())
                c.sources.append({sources.text(0), sources.integer(1)});
            SqlStatement countries(db,
                                   QStringLiteral("SELECT code, count(*) FROM article_countries"
                                                  " GROUP BY code ORDER BY 2 DESC, code"));
            while (countries.step())
                c.countries.append({countries.text(0), countries.integer(1)});
        } catch (const LibraryError &) {
            // The main window reports a library it cannot open; no counts.
        }
        return c;
    }));
}

void LibraryPane::show(const Counts &counts)
{
    // Rebuilding the children must not look like the user choosing.
    m_showing = true;
    QTreeWidgetItem *current = m_tree->currentItem();
    const auto currentScope = current ? current->data(0, kScopeRole).toInt() : 0;
    const QString currentValue = current ? current->data(0, kValueRole).toString() : QString();
    const bool currentIsChild = current && current->parent();

    const auto countText = [](qint64 n) {
        return QLocale().toString(n);
    };
    QTreeWidgetItem *all = entry(ArticleQuery::Scope::All);
    all->setText(1, countText(counts.total));

    QTreeWidgetItem *sources = entry(ArticleQuery::Scope::Source);
    qDeleteAll(sources->takeChildren());
    for (const auto &[agency, n] : counts.sources) {
        auto *item = new QTreeWidgetItem(sources, {agency.isEmpty() ? tr("Other sources") : agency, countText(n)});
        item->setData(0, kScopeRole, int(ArticleQuery::Scope::Source));
        item->setData(0, kValueRole, agency);
        item->setToolTip(0, agency.isEmpty() ? tr("Articles that name no agency or publication") : agency);
    }
    sources->setText(1, countText(counts.sources.size()));

    QTreeWidgetItem *countries = entry(ArticleQuery::Scope::Country);
    qDeleteAll(countries->takeChildren());
    for (const auto &[code, n] : counts.countries) {
        const QString name = Extractor::countryName(code);
        auto *item = new QTreeWidgetItem(countries, {CountryFlag::label(code), countText(n)});
        item->setData(0, kScopeRole, int(ArticleQuery::Scope::Country));
        item->setData(0, kValueRole, code);
        item->setToolTip(0, name.isEmpty() ? code : name);
    }
    countries->setText(1, countText(counts.countries.size()));

    entry(ArticleQuery::Scope::Starred)->setText(1, countText(counts.starred));
    entry(ArticleQuery::Scope::Notes)->setText(1, countText(counts.notes));
    m_showing = false;

    if (currentIsChild)
        choose(ArticleQuery::Scope(currentScope), currentValue);
    else if (!m_tree->currentItem())
        m_tree->setCurrentItem(all);
    Q_EMIT refreshed();
}

} // namespace dateline::ui
