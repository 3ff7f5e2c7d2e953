#include "searchpanel.h"

#include "libraryreader.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dateline::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

// A snippet may span paragraphs; a list row shows one line. Matches keep
// the [brackets] of SearchFilter's default, which read well as plain text.
QString plain(QString snippet)
{
    return snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

SearchPanel::SearchPanel(LibraryReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_edit(new QLineEdit(this))
    , m_mode(new QComboBox(this))
    , m_results(new QTreeWidget(this))
    , m_count(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    m_edit->setPlaceholderText(tr("Search the library"));
    m_edit->setAccessibleName(tr("Library search"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setToolTip(tr("Words, \"phrases\", prefix*, -exclusion, OR"));
    m_mode->addItem(tr("Articles"));
    m_mode->addItem(tr("Statements"));
    m_mode->setAccessibleName(tr("Search in"));
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->setAccessibleName(tr("Search results"));
    m_results->header()->setStretchLastSection(true);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::runSearch);
    // Typing makes what is in flight outdated at once, not only when the
    // next query starts.
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        ++m_generation;
        m_debounce->start();
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, &SearchPanel::runSearch);
    // Enter in the field opens the first (or current) result.
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive()) {
            m_debounce->stop();
            runSearch();
            return;
        }
        QTreeWidgetItem *item = m_results->currentItem() ? m_results->currentItem() : m_results->topLevelItem(0);
        if (item)
            choose(item);
    });
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { choose(item); });
    m_results->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_results, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_results->itemAt(pos);
        if (!item || mode() != Mode::Statements)
            return;
        const QString speaker = item->text(0);
        if (speaker.isEmpty())
            return;
        QMenu menu(this);
        menu.addAction(tr("&Open Article"), this, [this, item] { choose(item); });
        menu.addAction(tr("&Everything %1 Said").arg(speaker), this,
                       [this, speaker] { Q_EMIT speakerChosen(speaker); });
        menu.exec(m_results->viewport()->mapToGlobal(pos));
    });
    connect(m_reader, &LibraryReader::articlesFound, this, &SearchPanel::showArticles);
    connect(m_reader, &LibraryReader::statementsFound, this, &SearchPanel::showStatements);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_mode);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_count);
    layout->addWidget(m_results, 1);
    showHeaders();
}

void SearchPanel::setMode(Mode mode)
{
    m_mode->setCurrentIndex(mode == Mode::Statements ? 1 : 0);
}

SearchPanel::Mode SearchPanel::mode() const
{
    return m_mode->currentIndex() == 1 ? Mode::Statements : Mode::Articles;
}

void SearchPanel::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchPanel::runSearch()
{
    m_debounce->stop();
    const quint64 generation = ++m_generation;
    const QString text = m_edit->text().trimmed();
    showHeaders();
    if (text.isEmpty()) {
        m_results->clear();
        m_statements.clear();
        m_count->clear();
        return;
    }
    if (mode() == Mode::Statements)
        m_reader->searchStatements(generation, text, kLimit);
    else
        m_reader->searchArticles(generation, text, kLimit);
}

void SearchPanel::showHeaders()
{
    if (mode() == Mode::Statements) {
        m_results->setHeaderLabels({tr("Speaker"), tr("Date"), tr("Statement"), tr("Article")});
        m_results->header()->resizeSection(0, 130);
        m_results->header()->resizeSection(1, 84);
        m_results->header()->resizeSection(2, 320);
    } else {
        m_results->setHeaderLabels({tr("Headline"), tr("Date"), tr("Match")});
        m_results->header()->resizeSection(0, 260);
        m_results->header()->resizeSection(1, 84);
    }
}

void SearchPanel::showArticles(quint64 generation, const ArticleResults &results)
{
    if (generation != m_generation || mode() != Mode::Articles)
        return;
    m_results->clear();
    m_statements.clear();
    for (const ArticleHit &hit : results.hits) {
        auto *item = new QTreeWidgetItem(m_results, {hit.headline, hit.published.left(10), plain(hit.snippet)});
        item->setData(0, kIdRole, hit.articleId);
        item->setToolTip(0, hit.headline);
        item->setToolTip(2, plain(hit.snippet));
    }
    showTotal(results.total, int(results.hits.size()));
}

void SearchPanel::showStatements(quint64 generation, const StatementResults &results)
{
    if (generation != m_generation || mode() != Mode::Statements)
        return;
    m_results->clear();
    m_statements = results.hits;
    for (int i = 0; i < results.hits.size(); ++i) {
        const StatementHit &hit = results.hits.at(i);
        auto *item
            = new QTreeWidgetItem(m_results, {hit.speaker, hit.published.left(10), plain(hit.snippet), hit.headline});
        item->setData(0, kIdRole, i);
        item->setToolTip(2, hit.text);
        item->setToolTip(3, hit.headline);
    }
    showTotal(results.total, int(results.hits.size()));
}

void SearchPanel::showTotal(qint64 total, int shown)
{
    if (total == 0)
        m_count->setText(tr("Nothing found"));
    else if (total > shown)
        m_count->setText(tr("%1 of %2 results").arg(shown).arg(total));
    else
        m_count->setText(total == 1 ? tr("1 result") : tr("%1 results").arg(total));
    if (m_results->topLevelItemCount() > 0)
        m_results->setCurrentItem(m_results->topLevelItem(0));
    Q_EMIT resultsShown();
}

void SearchPanel::choose(QTreeWidgetItem *item)
{
    if (mode() == Mode::Statements) {
        const int row = item->data(0, kIdRole).toInt();
        if (row >= 0 && row < m_statements.size())
            Q_EMIT statementChosen(m_statements.at(row));
        return;
    }
    Q_EMIT articleChosen(item->data(0, kIdRole).toLongLong());
}

} // namespace dateline::ui
