#pragma once

#include "library/searchresults.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QStandardItemModel;
class QStringListModel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace dateline::ui {

class LibraryReader;

// Searches the whole library as the user types: articles or statements,
// run on the reader thread a moment after the last key; a result that a
// newer query has overtaken is dropped by its generation number. Statement
// searches can be narrowed by speaker, country and date range; speaker and
// country complete from what the library holds.
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)
public:
    enum class Mode { Articles, Statements };
    static constexpr int kDebounceMs = 200;
    static constexpr int kLimit = 200;

    explicit SearchPanel(LibraryReader *reader, QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const;
    // Puts the cursor in the search field, its text selected.
    void focusSearch();
    QLineEdit *lineEdit() const { return m_edit; }
    QTreeWidget *results() const { return m_results; }
    QLineEdit *speakerField() const { return m_speaker; }
    QLineEdit *countryField() const { return m_country; }
    QDateEdit *fromField() const { return m_from; }
    QDateEdit *toField() const { return m_to; }
    // Reads the speakers and countries the filters complete (at start and
    // after an import).
    void refreshCompletions();
    // The ISO code for what the country field holds: a country's name (any
    // case) among those completed, or a two-letter code; empty when the
    // field is empty or holds no known country.
    QString countryCode() const;

Q_SIGNALS:
    void articleChosen(qint64 articleId);
    void statementChosen(const dateline::StatementHit &hit);
    // The speaker view is wanted for a statement result's speaker.
    void speakerChosen(const QString &speaker);
    // Results of the latest query are shown.
    void resultsShown();

private:
    void runSearch();
    void showHeaders();
    void showArticles(quint64 generation, const ArticleResults &results);
    void showStatements(quint64 generation, const StatementResults &results);
    void showTotal(qint64 total, int shown);
    void showFilters();
    // The earliest date a date field accepts, shown as "Any": no limit.
    static QDate noLimit();
    void choose(QTreeWidgetItem *item);

    LibraryReader *m_reader;
    QLineEdit *m_edit;
    QComboBox *m_mode;
    QTreeWidget *m_results;
    QLabel *m_count;
    QWidget *m_filters;
    QLineEdit *m_speaker;
    QLineEdit *m_country;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QStringListModel *m_speakerNames;
    QStandardItemModel *m_countryNames; // name, ISO code in Qt::UserRole
    QTimer *m_debounce;
    quint64 m_generation = 0;
    QList<StatementHit> m_statements; // the statement results, by row
};

} // namespace dateline::ui
