#include "searchpanel.h"

#include "elidedtextdelegate.h"
#include "extract/extractor.h"
#include "library/sqlstatement.h"
#include "libraryreader.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dateline::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

// A snippet may span paragraphs; a list row shows one line.
QString oneLine(QString snippet)
{
    return snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
}

// The snippet as read: without the delegate's match marks.
QString plain(const QString &snippet)
{
    QString text = oneLine(snippet);
    text.remove(QChar(ElidedTextDelegate::kMatchOpen));
    text.remove(QChar(ElidedTextDelegate::kMatchClose));
    return text;
}

// One result row's snippet cell: the plain text, shown with its matches bold.
void setSnippet(QTreeWidgetItem *item, int column, const QString &snippet)
{
    item->setText(column, plain(snippet));
    item->setData(column, ElidedTextDelegate::MarkedTextRole, oneLine(snippet));
}

} // namespace

SearchPanel::SearchPanel(LibraryReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_edit(new QLineEdit(this))
    , m_mode(new QComboBox(this))
    , m_results(new QTreeWidget(this))
    , m_count(new QLabel(this))
    , m_filters(new QWidget(this))
    , m_speaker(new QLineEdit(m_filters))
    , m_country(new QLineEdit(m_filters))
    , m_from(new QDateEdit(m_filters))
    , m_to(new QDateEdit(m_filters))
    , m_speakerNames(new QStringListModel(this))
    , m_countryNames(new QStandardItemModel(this))
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
    // Repainting a page of long results shaped every line three times.
    m_results->setItemDelegate(new ElidedTextDelegate(m_results));
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->setAccessibleName(tr("Search results"));
    m_results->header()->setStretchLastSection(true);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_speaker->setPlaceholderText(tr("Speaker"));
    m_speaker->setAccessibleName(tr("Speaker filter"));
    m_speaker->setToolTip(tr("Only statements by this person or organisation"));
    m_speaker->setClearButtonEnabled(true);
    auto *speakers = new QCompleter(m_speakerNames, this);
    speakers->setCaseSensitivity(Qt::CaseInsensitive);
    speakers->setFilterMode(Qt::MatchContains);
    m_speaker->setCompleter(speakers);
    m_country->setPlaceholderText(tr("Country"));
    m_country->setAccessibleName(tr("Country filter"));
    m_country->setToolTip(tr("Only statements in articles that mention this country (name or ISO code)"));
    m_country->setClearButtonEnabled(true);
    auto *countries = new QCompleter(m_countryNames, this);
    countries->setCaseSensitivity(Qt::CaseInsensitive);
    countries->setFilterMode(Qt::MatchContains);
    m_country->setCompleter(countries);
    for (QDateEdit *edit : {m_from, m_to}) {
        // The earliest date reads "Any": no limit on that side.
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(noLimit());
        edit->setSpecialValueText(tr("Any"));
        edit->setDate(noLimit());
        edit->setCalendarPopup(true);
    }
    m_from->setAccessibleName(tr("Published from"));
    m_from->setToolTip(tr("Only statements in articles published on or after this day"));
    m_to->setAccessibleName(tr("Published until"));
    m_to->setToolTip(tr("Only statements in articles published on or before this day"));

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::runSearch);
    // Typing makes what is in flight outdated at once, not only when the
    // next query starts.
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        ++m_generation;
        m_debounce->start();
    });
    for (QLineEdit *filter : {m_speaker, m_country}) {
        connect(filter, &QLineEdit::textChanged, this, [this] {
            ++m_generation;
            m_debounce->start();
        });
    }
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            ++m_generation;
            m_debounce->start();
        });
    }
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        showFilters();
        runSearch();
    });
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
    auto *filters = new QHBoxLayout(m_filters);
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_speaker, 3);
    filters->addWidget(m_country, 2);
    filters->addWidget(m_from, 1);
    auto *dash = new QLabel(QStringLiteral("–"), m_filters);
    filters->addWidget(dash);
    filters->addWidget(m_to, 1);
    layout->addWidget(m_filters);
    layout->addWidget(m_count);
    layout->addWidget(m_results, 1);
    // Search field, mode, then the filters left to right, then the results.
    setTabOrder(m_edit, m_mode);
    setTabOrder(m_mode, m_speaker);
    setTabOrder(m_speaker, m_country);
    setTabOrder(m_country, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_results);
    showHeaders();
    showFilters();
}

QDate SearchPanel::noLimit()
{
    return QDate(1900, 1, 1);
}

void SearchPanel::showFilters()
{
    m_filters->setVisible(mode() == Mode::Statements);
}

void SearchPanel::refreshCompletions()
{
    m_reader->run(this, [this](Library &library) -> std::function<void()> {
        SqlStatement persons(library.database(),
                             QStringLiteral("SELECT name FROM persons p WHERE EXISTS"
                                            " (SELECT 1 FROM statements WHERE person_id = p.id) ORDER BY name"));
        QStringList names;
        while (persons.step())
            names << persons.text(0);
        // One index seek per country: DISTINCT would read every mention
        // (600 ms at 100,000 articles, in the way of the next article).
        SqlStatement codes(
            library.database(),
            QStringLiteral("WITH RECURSIVE c(code) AS (SELECT min(code) FROM article_countries"
                           " UNION ALL SELECT (SELECT min(code) FROM article_countries WHERE code > c.code)"
                           " FROM c WHERE c.code IS NOT NULL) SELECT code FROM c WHERE code IS NOT NULL"));
        QList<std::pair<QString, QString>> countries; // name, code
        while (codes.step()) {
            const QString code = codes.text(0);
            const QString name = Extractor::countryName(code);
            countries.append({name.isEmpty() ? code : name, code});
        }
        std::sort(countries.begin(), countries.end());
        return [this, names = std::move(names), countries = std::move(countries)] {
            m_speakerNames->setStringList(names);
            m_countryNames->clear();
            for (const auto &[name, code] : countries) {
                auto *item = new QStandardItem(name);
                item->setData(code, Qt::UserRole);
                item->setToolTip(code);
                m_countryNames->appendRow(item);
            }
        };
    });
}

QString SearchPanel::countryCode() const
{
    const QString text = m_country->text().trimmed();
    if (text.isEmpty())
        return {};
    for (int i = 0; i < m_countryNames->rowCount(); ++i) {
        const QStandardItem *item = m_countryNames->item(i);
        if (item->text().compare(text, Qt::CaseInsensitive) == 0)
            return item->data(Qt::UserRole).toString();
    }
    // A code typed as such, known to the extractor even when no article
    // mentions it yet.
    const QString code = text.toUpper();
    if (code.size() == 2 && !Extractor::countryName(code).isEmpty())
        return code;
    return {};
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
    // Speaker or country alone list their statements, newest first.
    const bool filtered = mode() == Mode::Statements
        && (!m_speaker->text().trimmed().isEmpty() || !m_country->text().trimmed().isEmpty());
    if (text.isEmpty() && !filtered) {
        m_results->clear();
        m_statements.clear();
        m_count->clear();
        return;
    }
    SearchFilter filter;
    filter.query = text;
    filter.limit = kLimit;
    // Marks the results' delegate draws bold; they never occur in imported text.
    filter.highlightOpen = QChar(ElidedTextDelegate::kMatchOpen);
    filter.highlightClose = QChar(ElidedTextDelegate::kMatchClose);
    if (mode() == Mode::Statements) {
        filter.speaker = m_speaker->text().trimmed();
        filter.country = countryCode();
        if (m_from->date() != noLimit())
            filter.from = m_from->date();
        if (m_to->date() != noLimit())
            filter.to = m_to->date();
        if (!m_country->text().trimmed().isEmpty() && filter.country.isEmpty()) {
            m_results->clear();
            m_statements.clear();
            m_count->setText(tr("No country called “%1”").arg(m_country->text().trimmed()));
            Q_EMIT resultsShown();
            return;
        }
        m_reader->searchStatements(generation, filter);
    } else
        m_reader->searchArticles(generation, filter);
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
        auto *item = new QTreeWidgetItem(m_results, {hit.headline, hit.published.left(10)});
        setSnippet(item, 2, hit.snippet);
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
        auto *item = new QTreeWidgetItem(m_results, {hit.speaker, hit.published.left(10), QString(), hit.headline});
        setSnippet(item, 2, hit.snippet);
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
