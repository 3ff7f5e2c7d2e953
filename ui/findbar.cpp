#include "findbar.h"

#include "readerview.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QShortcut>
#include <QToolButton>
#include <QWebEngineFindTextResult>
#include <QWebEnginePage>

namespace dateline::ui {

FindBar::FindBar(ReaderView *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_edit(new QLineEdit(this))
    , m_matches(new QLabel(this))
{
    setAccessibleName(tr("Find in article"));
    m_edit->setPlaceholderText(tr("Find in article"));
    m_edit->setAccessibleName(tr("Text to find"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaximumWidth(320);

    const auto button = [this](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setAutoRaise(true);
        return b;
    };
    QToolButton *previous = button(QStringLiteral("▲"), tr("Previous match (Shift+Enter)"));
    QToolButton *next = button(QStringLiteral("▼"), tr("Next match (Enter)"));
    QToolButton *closeButton = button(QStringLiteral("✕"), tr("Close the find bar (Esc)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(new QLabel(tr("Find:"), this));
    layout->addWidget(m_edit, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_matches);
    layout->addStretch();
    layout->addWidget(closeButton);

    connect(m_edit, &QLineEdit::textChanged, this, [this] { find(false); });
    connect(m_edit, &QLineEdit::returnPressed, this,
            [this] { find(QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier)); });
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::dismiss);

    // Esc also closes the bar when the focus is in the page (after a click
    // into the article).
    m_escapeInReader
        = new QShortcut(QKeySequence(Qt::Key_Escape), reader, this, &FindBar::dismiss, Qt::WidgetWithChildrenShortcut);
    m_escapeInReader->setEnabled(false);
    hide();
}

void FindBar::open()
{
    show();
    m_escapeInReader->setEnabled(true);
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    if (!m_edit->text().isEmpty())
        find(false);
}

void FindBar::dismiss()
{
    m_reader->page()->findText(QString()); // clears the highlight
    m_matches->clear();
    m_escapeInReader->setEnabled(false);
    hide();
    m_reader->setFocus();
}

void FindBar::findNext()
{
    if (isHidden())
        open(); // F3 with nothing to find yet asks for the text
    else
        find(false);
}

void FindBar::findPrevious()
{
    if (isHidden())
        open();
    else
        find(true);
}

void FindBar::find(bool backward)
{
    const QWebEnginePage::FindFlags flags = backward ? QWebEnginePage::FindBackward : QWebEnginePage::FindFlags();
    // The bar may go away before Chromium answers.
    QPointer<FindBar> self(this);
    m_reader->page()->findText(m_edit->text(), flags, [self](const QWebEngineFindTextResult &result) {
        if (self)
            self->showResult(result);
    });
}

void FindBar::showResult(const QWebEngineFindTextResult &result)
{
    if (m_edit->text().isEmpty())
        m_matches->clear();
    else if (result.numberOfMatches() == 0)
        m_matches->setText(tr("No matches"));
    else
        m_matches->setText(tr("%1 of %2").arg(result.activeMatch()).arg(result.numberOfMatches()));
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace dateline::ui
