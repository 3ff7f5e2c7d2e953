#pragma once

#include "importsummary.h"

#include <QDialog>

class QTreeWidget;

namespace dateline::ui {

// Tells the user what an import did: the articles it added, the ones the
// library already had and the files it refused, each with the reason.
class ImportSummaryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSummaryDialog)
public:
    explicit ImportSummaryDialog(const ImportSummary &summary, QWidget *parent = nullptr);

    const ImportSummary &summary() const { return m_summary; }
    // "3 articles imported, 1 duplicate, 2 files refused".
    static QString headline(const ImportSummary &summary);

private:
    ImportSummary m_summary;
    QTreeWidget *m_tree = nullptr;
};

} // namespace dateline::ui
