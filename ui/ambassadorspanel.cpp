#include "ambassadorspanel.h"

#include "ambassadorlistmodel.h"
#include "emptyhint.h"
#include "itemroles.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace dateline::ui {

AmbassadorsPanel::AmbassadorsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new AmbassadorListModel(this))
    , m_view(new QTreeView(this))
{
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAccessibleName(tr("Ambassadors"));
    m_view->setToolTip(tr("Ambassadors and envoys in the article; choose one to show it"));
    // Sending → host is what the panel is for: it always gets its full
    // width and the name takes what is left. A dock is too narrow for a
    // third column: the role is in each row's tooltip.
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AmbassadorListModel::Countries, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(AmbassadorListModel::Name, QHeaderView::Stretch);
    m_view->header()->setSectionHidden(AmbassadorListModel::Role, true);
    m_view->header()->setMinimumSectionSize(60);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(new EmptyHint(tr("No ambassadors or envoys in this article"), m_view, this), 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AmbassadorsPanel::choose);
    connect(m_view, &QTreeView::clicked, this, &AmbassadorsPanel::choose);
}

void AmbassadorsPanel::setExtraction(const Extraction &extraction)
{
    m_model->setExtraction(extraction);
}

void AmbassadorsPanel::choose(const QModelIndex &index)
{
    const QString id = index.data(ElementIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT elementChosen(id);
}

} // namespace dateline::ui
