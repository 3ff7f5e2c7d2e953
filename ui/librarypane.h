#pragma once

#include "articlerow.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace dateline::ui {

// The library pane beside the article list: all articles, by source, by
// country and those with notes, each with its count. Choosing an entry
// narrows the list (scopeChosen). There is no "Starred" entry: the library
// stores no stars yet, and an entry that can never hold anything would
// only mislead. The counts are read on a connection of the pane's own, off
// the GUI thread and without holding up the article reader's queue.
class LibraryPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPane)
public:
    explicit LibraryPane(QWidget *parent = nullptr);
    ~LibraryPane() override;

    // Counts the library at path again (after it opened, after an import).
    void refresh(const QString &libraryPath);
    QTreeWidget *tree() const { return m_tree; }
    // The top-level entry of a scope (All, Source, Country, Notes), or null.
    QTreeWidgetItem *entry(ArticleQuery::Scope scope) const;
    // Selects the entry for scope and value (All when absent).
    void choose(ArticleQuery::Scope scope, const QString &value = {});

Q_SIGNALS:
    void scopeChosen(dateline::ui::ArticleQuery::Scope scope, const QString &value);
    // New counts are shown.
    void refreshed();

private:
    struct Counts;
    void show(const Counts &counts);
    void onCurrentChanged(QTreeWidgetItem *item);

    QTreeWidget *m_tree;
    quint64 m_generation = 0;
    bool m_showing = false;
};

} // namespace dateline::ui
