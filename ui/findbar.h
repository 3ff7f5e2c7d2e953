#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QShortcut;
class QWebEngineFindTextResult;

namespace dateline::ui {

class ReaderView;

// The small bar under the reader that finds text in the article; Esc closes
// it and clears the highlight.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)
public:
    explicit FindBar(ReaderView *reader, QWidget *parent = nullptr);

    // Shows the bar with the search text selected.
    void open();
    void dismiss();
    void findNext();
    void findPrevious();
    QLineEdit *lineEdit() const { return m_edit; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void find(bool backward);
    void showResult(const QWebEngineFindTextResult &result);

    ReaderView *m_reader = nullptr;
    QLineEdit *m_edit = nullptr;
    QLabel *m_matches = nullptr;
    QShortcut *m_escapeInReader = nullptr;
};

} // namespace dateline::ui
