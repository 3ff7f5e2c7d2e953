#include "speakerview.h"

#include "elidedtextdelegate.h"
#include "libraryreader.h"
#include "monthchart.h"

#include "library/sqlstatement.h"

#include <QCompleter>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStringListModel>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dateline::ui {

namespace {

constexpr int kRowRole = Qt::UserRole + 1;

QString monthName(const QString &month)
{
    return QLocale().toString(QDate::fromString(month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd")),
                              QStringLiteral("MMMM yyyy"));
}

} // namespace

SpeakerView::SpeakerView(LibraryReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_field(new QLineEdit(this))
    , m_names(new QStringListModel(this))
    , m_summary(new QLabel(this))
    , m_allMonths(new QToolButton(this))
    , m_chart(new MonthChart(this))
    , m_list(new QTreeWidget(this))
{
    m_field->setPlaceholderText(tr("Speaker"));
    m_field->setAccessibleName(tr("Speaker"));
    m_field->setToolTip(tr("A person or organisation quoted in the library; Enter shows what they said"));
    m_field->setClearButtonEnabled(true);
    auto *completer = new QCompleter(m_names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_field->setCompleter(completer);
    connect(m_field, &QLineEdit::returnPressed, this, [this] { showSpeaker(m_field->text().trimmed()); });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &SpeakerView::showSpeaker);

    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_allMonths->setText(tr("All Months"));
    m_allMonths->setToolTip(tr("Show the statements of every month again"));
    m_allMonths->setAccessibleName(tr("All months"));
    m_allMonths->setEnabled(false);
    connect(m_allMonths, &QToolButton::clicked, this, [this] { setMonth({}); });
    m_chart->setToolTip(tr("Statements per month; click a month to list only its statements"));
    connect(m_chart, &MonthChart::monthClicked, this, &SpeakerView::setMonth);

    m_list->setRootIsDecorated(false);
    // Repainting a page of long results shaped every line three times.
    m_list->setItemDelegate(new ElidedTextDelegate(m_list));
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Statements of the speaker"));
    m_list->setHeaderLabels({tr("Date"), tr("Statement"), tr("Article")});
    m_list->header()->resizeSection(0, 84);
    m_list->header()->resizeSection(1, 420);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int row = item->data(0, kRowRole).toInt();
        if (row >= 0 && row < m_hits.size())
            Q_EMIT statementChosen(m_hits.at(row));
    });

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_field, 1);
    top->addWidget(m_allMonths);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart);
    layout->addWidget(m_list, 1);
    updateSummary();
}

void SpeakerView::refreshNames()
{
    m_reader->run(this, [this](Library &library) -> std::function<void()> {
        SqlStatement st(library.database(),
                        QStringLiteral("SELECT name FROM persons p WHERE EXISTS"
                                       " (SELECT 1 FROM statements WHERE person_id = p.id) ORDER BY name"));
        QStringList names;
        while (st.step())
            names << st.text(0);
        return [this, names = std::move(names)] {
            m_names->setStringList(names);
        };
    });
}

void SpeakerView::showSpeaker(const QString &speaker)
{
    if (speaker.isEmpty())
        return;
    m_speaker = speaker;
    m_month.clear();
    m_field->setText(speaker);
    m_chart->setSelectedMonth({});
    request(true);
}

void SpeakerView::setMonth(const QString &month)
{
    if (m_speaker.isEmpty())
        return;
    m_month = month;
    m_chart->setSelectedMonth(month);
    request(false);
}

void SpeakerView::request(bool withChart)
{
    const quint64 generation = ++m_generation;
    m_allMonths->setEnabled(!m_month.isEmpty());
    m_reader->run(
        this,
        [this, generation, withChart, speaker = m_speaker, month = m_month](Library &library) -> std::function<void()> {
            SpeakerHistory history;
            history.speaker = speaker;
            if (withChart)
                history.months = SpeakerTimeline::monthCounts(library.database(), speaker, &history.undated);
            history.statements = SpeakerTimeline::statements(library.database(), speaker, month, kListLimit);
            return [this, generation, withChart, history = std::move(history)] {
                showHistory(generation, history, withChart);
            };
        });
}

void SpeakerView::showHistory(quint64 generation, const SpeakerHistory &history, bool withChart)
{
    if (generation != m_generation)
        return; // the user asked for another speaker or month meanwhile
    if (withChart) {
        m_chart->setMonths(history.months);
        m_total = history.undated;
        for (const MonthCount &m : history.months)
            m_total += m.count;
    }
    m_hits = history.statements.hits;
    m_found = history.statements.total;
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(m_hits.size());
    for (int i = 0; i < m_hits.size(); ++i) {
        const StatementHit &hit = m_hits.at(i);
        auto *item = new QTreeWidgetItem(
            {hit.published.left(10), QString(hit.text).replace(QLatin1Char('\n'), QLatin1Char(' ')), hit.headline});
        item->setData(0, kRowRole, i);
        item->setToolTip(1, hit.text);
        item->setToolTip(2, hit.headline);
        items << item;
    }
    m_list->addTopLevelItems(items);
    updateSummary();
    Q_EMIT loaded();
}

void SpeakerView::updateSummary()
{
    if (m_speaker.isEmpty()) {
        m_summary->setText(tr("Choose a speaker in the Quotes panel or in statement search results, "
                              "or type a name above."));
        return;
    }
    if (m_total == 0) {
        m_summary->setText(tr("%1: no statements in the library").arg(m_speaker));
        return;
    }
    QString text
        = m_total == 1 ? tr("%1: 1 statement").arg(m_speaker) : tr("%1: %2 statements").arg(m_speaker).arg(m_total);
    if (!m_month.isEmpty())
        text += tr(", %1 in %2").arg(m_found).arg(monthName(m_month));
    if (m_hits.size() < m_found)
        text += tr(", the first %1 shown").arg(m_hits.size());
    m_summary->setText(text);
}

} // namespace dateline::ui
