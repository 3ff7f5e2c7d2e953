#pragma once

#include "model/extraction.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QModelIndex;
class QToolButton;
class QTreeView;

namespace dateline::ui {

class CountryListModel;

// The Countries dock: flag, name and mention count; previous/next step
// through the chosen country's mentions in the reader.
class CountriesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountriesPanel)
public:
    explicit CountriesPanel(QWidget *parent = nullptr);

    void setExtraction(const Extraction &extraction);
    CountryListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    void nextMention();
    void previousMention();

Q_SIGNALS:
    void elementChosen(const QString &elementId);

private:
    void choose(const QModelIndex &index);
    void showMention(int position);
    void updateButtons();

    CountryListModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_position = nullptr;
    QStringList m_mentions; // the chosen country's element ids
    int m_current = -1;
};

} // namespace dateline::ui
