#include "importsummarydialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dateline::ui {

ImportSummaryDialog::ImportSummaryDialog(const ImportSummary &summary, QWidget *parent)
    : QDialog(parent)
    , m_summary(summary)
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Import Summary"));
    auto *title = new QLabel(headline(summary), this);
    title->setWordWrap(true);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("File"), tr("Article or reason")});
    m_tree->setAccessibleName(tr("Imported, duplicate and refused files"));
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->resizeSection(0, 260);

    const auto addGroup = [this](const QString &name, const QList<ImportSummary::Entry> &entries, bool expand) {
        if (entries.isEmpty())
            return;
        auto *group = new QTreeWidgetItem(m_tree, {QStringLiteral("%1 (%2)").arg(name).arg(entries.size())});
        group->setFirstColumnSpanned(true);
        for (const ImportSummary::Entry &e : entries) {
            auto *item = new QTreeWidgetItem(group, {QFileInfo(e.path).fileName(), e.detail});
            item->setToolTip(0, e.path);
            item->setToolTip(1, e.detail);
        }
        group->setExpanded(expand);
    };
    // Refusals first: they are what the user may have to act on.
    addGroup(tr("Refused"), summary.refused, true);
    addGroup(tr("Duplicates"), summary.duplicates, summary.refused.isEmpty());
    addGroup(tr("Imported"), summary.imported, summary.refused.isEmpty() && summary.duplicates.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

QString ImportSummaryDialog::headline(const ImportSummary &summary)
{
    const auto count = [](qsizetype n, const QString &one, const QString &many) {
        return n == 1 ? one : many.arg(n);
    };
    QStringList parts;
    parts << count(summary.importedArticles(), tr("1 article imported"), tr("%1 articles imported"));
    if (summary.duplicateArticles() > 0)
        parts << count(summary.duplicateArticles(), tr("1 already in the library"), tr("%1 already in the library"));
    if (!summary.refused.isEmpty())
        parts << count(summary.refused.size(), tr("1 file refused"), tr("%1 files refused"));
    QString text = parts.join(QStringLiteral(", "));
    if (summary.cancelled)
        text += tr(" (cancelled before the end)");
    return text;
}

} // namespace dateline::ui
