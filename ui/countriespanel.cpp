#include "countriespanel.h"

#include "countrylistmodel.h"
#include "emptyhint.h"
#include "itemroles.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace dateline::ui {

CountriesPanel::CountriesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new CountryListModel(this))
    , m_view(new QTreeView(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_position(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAccessibleName(tr("Countries"));
    m_view->setToolTip(tr("Countries the article mentions; choose one to show its first mention"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CountryListModel::Country, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(CountryListModel::Mentions, QHeaderView::ResizeToContents);

    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous mention of the chosen country"));
    m_previous->setAccessibleName(tr("Previous mention"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next mention of the chosen country"));
    m_next->setAccessibleName(tr("Next mention"));
    m_position->setAccessibleName(tr("Mention position"));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(4, 2, 4, 2);
    buttons->addWidget(new QLabel(tr("Mentions:"), this));
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addWidget(m_position);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(new EmptyHint(tr("No countries found in this article"), m_view, this), 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CountriesPanel::choose);
    connect(m_view, &QTreeView::clicked, this, &CountriesPanel::choose);
    connect(m_previous, &QToolButton::clicked, this, &CountriesPanel::previousMention);
    connect(m_next, &QToolButton::clicked, this, &CountriesPanel::nextMention);
    updateButtons();
}

void CountriesPanel::setExtraction(const Extraction &extraction)
{
    m_model->setExtraction(extraction);
    m_mentions.clear();
    m_current = -1;
    updateButtons();
}

void CountriesPanel::choose(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_mentions = index.siblingAtColumn(CountryListModel::Country).data(ElementIdsRole).toStringList();
    showMention(0);
}

void CountriesPanel::nextMention()
{
    if (!m_mentions.isEmpty())
        showMention((m_current + 1) % int(m_mentions.size()));
}

void CountriesPanel::previousMention()
{
    if (!m_mentions.isEmpty())
        showMention((m_current + int(m_mentions.size()) - 1) % int(m_mentions.size()));
}

void CountriesPanel::showMention(int position)
{
    if (position < 0 || position >= m_mentions.size())
        return;
    m_current = position;
    updateButtons();
    Q_EMIT elementChosen(m_mentions.at(position));
}

void CountriesPanel::updateButtons()
{
    const bool several = m_mentions.size() > 1;
    m_previous->setEnabled(several);
    m_next->setEnabled(several);
    m_position->setText(m_current < 0 ? QString() : tr("%1 of %2").arg(m_current + 1).arg(m_mentions.size()));
}

} // namespace dateline::ui
