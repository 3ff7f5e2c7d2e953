#include "quotespanel.h"

#include "emptyhint.h"
#include "itemroles.h"
#include "quotetreemodel.h"
#include "wrappingdelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

namespace dateline::ui {

namespace {

bool isDark(const QWidget *w)
{
    return w->palette().color(QPalette::Base).lightness() < 128;
}

} // namespace

QuotesPanel::QuotesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new QuoteTreeModel(this))
    , m_view(new QTreeView(this))
{
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setWordWrap(true);
    m_view->setItemDelegate(new WrappingDelegate(m_view));
    m_view->setUniformRowHeights(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAccessibleName(tr("Quotes by speaker"));
    m_view->setToolTip(tr("Statements grouped by speaker; choose one to show it in the article"));
    m_view->header()->setSectionResizeMode(QHeaderView::Stretch);
    // Row heights depend on the width statements wrap to: lay out again
    // when the panel is resized.
    connect(m_view->header(), &QHeaderView::sectionResized, m_view, &QTreeView::doItemsLayout);
    m_model->setDarkTheme(isDark(this));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(new EmptyHint(tr("No statements found in this article"), m_view, this), 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &QuotesPanel::choose);
    connect(m_view, &QTreeView::clicked, this, &QuotesPanel::choose);
    // Double-clicking a speaker opens the speaker view; the branch arrow
    // still folds.
    m_view->setExpandsOnDoubleClick(false);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString speaker = index.data(SpeakerRole).toString();
        if (!index.parent().isValid() && !speaker.isEmpty())
            Q_EMIT speakerChosen(speaker);
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &QuotesPanel::showContextMenu);
}

void QuotesPanel::showContextMenu(const QPoint &pos)
{
    const QString speaker = m_view->indexAt(pos).data(SpeakerRole).toString();
    if (speaker.isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("&Everything %1 Said").arg(speaker), this, [this, speaker] { Q_EMIT speakerChosen(speaker); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void QuotesPanel::setExtraction(const Extraction &extraction)
{
    m_model->setExtraction(extraction);
    m_view->expandAll();
}

void QuotesPanel::choose(const QModelIndex &index)
{
    const QString id = index.data(ElementIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT elementChosen(id);
}

void QuotesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_model->setDarkTheme(isDark(this));
    QWidget::changeEvent(event);
}

} // namespace dateline::ui
