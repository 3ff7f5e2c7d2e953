#include "notespanel.h"

#include "render/articlehtml.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace dateline::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kArticleRole = Qt::UserRole + 1; // set on search hits only

QIcon colourIcon(const QString &color)
{
    QPixmap pixmap(12, 12);
    const QString safe = ArticleHtml::safeColor(color);
    pixmap.fill(QColor(safe.isEmpty() ? QStringLiteral("#ffe082") : safe));
    return QIcon(pixmap);
}

QString shortened(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + QStringLiteral("…");
}

} // namespace

NotesPanel::NotesPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Delete"), this))
{
    m_search->setPlaceholderText(tr("Search all notes"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search notes"));
    m_list->setAccessibleName(tr("Notes"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_edit->setToolTip(tr("Change the note or the colour"));
    m_remove->setToolTip(tr("Delete the highlight and its note (Ctrl+Z brings it back)"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_hits.clear();
            fill();
        }
        Q_EMIT searchRequested(text);
    });
    connect(m_list, &QListWidget::itemActivated, this, &NotesPanel::choose);
    connect(m_list, &QListWidget::itemClicked, this, &NotesPanel::choose);
    connect(m_list, &QListWidget::currentItemChanged, this, &NotesPanel::updateButtons);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const auto a = selected())
            Q_EMIT editRequested(*a);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const auto a = selected())
            Q_EMIT removeRequested(*a);
    });
    fill();
}

void NotesPanel::setAnnotations(const QList<UserAnnotation> &annotations)
{
    m_annotations = annotations;
    if (m_search->text().trimmed().isEmpty())
        fill();
}

void NotesPanel::setSearchResults(const QList<NoteHit> &hits)
{
    m_hits = hits;
    if (!m_search->text().trimmed().isEmpty())
        fill();
}

std::optional<UserAnnotation> NotesPanel::selected() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->data(kArticleRole).isValid())
        return std::nullopt;
    const qint64 id = item->data(kIdRole).toLongLong();
    for (const UserAnnotation &a : m_annotations) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

void NotesPanel::fill()
{
    const qint64 current = m_list->currentItem() ? m_list->currentItem()->data(kIdRole).toLongLong() : 0;
    m_list->clear();
    if (!m_search->text().trimmed().isEmpty()) {
        for (const NoteHit &h : std::as_const(m_hits)) {
            auto *item = new QListWidgetItem(
                colourIcon(h.annotation.color),
                QStringLiteral("%1\n“%2” %3")
                    .arg(shortened(h.headline, 80), shortened(h.annotation.exact, 60), shortened(h.snippet, 160)),
                m_list);
            item->setData(kIdRole, h.annotation.id);
            item->setData(kArticleRole, h.articleId);
        }
    } else {
        for (const UserAnnotation &a : std::as_const(m_annotations)) {
            const QString text = a.isNote() ? QStringLiteral("“%1”\n%2").arg(shortened(a.exact, 80), a.note.trimmed())
                                            : QStringLiteral("“%1”").arg(shortened(a.exact, 120));
            auto *item = new QListWidgetItem(colourIcon(a.color), text, m_list);
            item->setData(kIdRole, a.id);
            item->setToolTip(a.isNote() ? a.note : tr("Highlight"));
            if (a.id == current)
                m_list->setCurrentItem(item);
        }
    }
    updateButtons();
}

void NotesPanel::choose(QListWidgetItem *item)
{
    if (!item)
        return;
    const qint64 id = item->data(kIdRole).toLongLong();
    if (item->data(kArticleRole).isValid())
        Q_EMIT noteChosen(item->data(kArticleRole).toLongLong(), id);
    else
        Q_EMIT elementChosen(QStringLiteral("u%1").arg(id));
}

void NotesPanel::updateButtons()
{
    const bool editable = selected().has_value();
    m_edit->setEnabled(editable);
    m_remove->setEnabled(editable);
}

} // namespace dateline::ui
