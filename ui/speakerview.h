#pragma once

#include "library/speakertimeline.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QStringListModel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace dateline::ui {

class LibraryReader;
class MonthChart;

// The speaker view: every statement of one person across the library in
// date order, above them a chart of statements per month; clicking a month
// narrows the list to it. The queries run on the reader thread; an answer
// for a speaker or month the user has since left is dropped.
class SpeakerView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeakerView)
public:
    // Statements listed at most: a list item each is built on the GUI
    // thread (5,000 held it for about 180 ms); the chart counts them all.
    static constexpr int kListLimit = 1000;

    explicit SpeakerView(LibraryReader *reader, QWidget *parent = nullptr);

    // Loads the person's chart and statements (all months).
    void showSpeaker(const QString &speaker);
    // Narrows the list to one month ("YYYY-MM"), empty for all.
    void setMonth(const QString &month);
    // Reads the names the speaker field completes (after an import).
    void refreshNames();

    QString speaker() const { return m_speaker; }
    QString month() const { return m_month; }
    const QList<StatementHit> &statements() const { return m_hits; }
    MonthChart *chart() const { return m_chart; }
    QTreeWidget *list() const { return m_list; }
    QLineEdit *speakerField() const { return m_field; }

Q_SIGNALS:
    void statementChosen(const dateline::StatementHit &hit);
    // The chart and list show the latest request.
    void loaded();

private:
    void request(bool withChart);
    void showHistory(quint64 generation, const SpeakerHistory &history, bool withChart);
    void updateSummary();

    LibraryReader *m_reader;
    QLineEdit *m_field;
    QStringListModel *m_names;
    QLabel *m_summary;
    QToolButton *m_allMonths;
    MonthChart *m_chart;
    QTreeWidget *m_list;
    QString m_speaker;
    QString m_month;
    QList<StatementHit> m_hits;
    qint64 m_total = 0;
    qint64 m_found = 0; // statements of the speaker (in the month), listed or not
    quint64 m_generation = 0;
};

} // namespace dateline::ui
