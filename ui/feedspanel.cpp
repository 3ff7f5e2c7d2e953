#include "feedspanel.h"

#include "feedlistmodel.h"

#include <QFont>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QVBoxLayout>

namespace dateline::ui {

FeedsPanel::FeedsPanel(FeedListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QListView(this))
    , m_hint(new QLabel(this))
{
    m_view->setModel(model);
    m_view->setAccessibleName(tr("Feeds"));
    m_view->setUniformItemSizes(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("No feeds yet. Subscribe with Feeds ▸ Subscribe… (Ctrl+Shift+N)."));
    m_hint->setContentsMargins(6, 6, 6, 6);

    // Named like the library's own entries above it, so the list reads as
    // the pane's second part rather than an unlabelled box.
    auto *title = new QLabel(tr("Feeds"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setContentsMargins(6, 4, 6, 2);
    title->setBuddy(m_view);
    title->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // A policy of its own would drop the height-for-width that word wrap
    // gave the label, and the layout would no longer ask for the height
    // the wrapped text needs at the pane's width.
    QSizePolicy hintPolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    hintPolicy.setHeightForWidth(true);
    m_hint->setSizePolicy(hintPolicy);
    // The splitter above ignores a wrapped label's height for its width and
    // squeezed the hint to a clipped line: keep room for four lines of it.
    m_hint->setMinimumHeight(4 * m_hint->fontMetrics().lineSpacing() + 12);
    m_view->setMinimumHeight(m_hint->minimumHeight());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(title);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    layout->addStretch(0); // takes the room while the list is hidden

    connect(m_view, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        const qint64 id = index.data(FeedListModel::FeedIdRole).toLongLong();
        QMenu menu(this);
        QAction *markRead = menu.addAction(tr("Mark All Read"));
        markRead->setEnabled(index.data(FeedListModel::UnreadRole).toInt() > 0);
        if (menu.exec(m_view->viewport()->mapToGlobal(pos)) == markRead)
            Q_EMIT markFeedReadRequested(id);
    });
    connect(model, &QAbstractItemModel::modelReset, this, &FeedsPanel::updateHint);
    updateHint();
}

void FeedsPanel::updateHint()
{
    const bool empty = m_model->rowCount() == 0;
    m_hint->setVisible(empty);
    m_view->setVisible(!empty);
}

} // namespace dateline::ui
