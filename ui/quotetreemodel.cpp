#include "quotetreemodel.h"

#include "itemroles.h"
#include "render/articlehtml.h"
#include "speakerpalette.h"

namespace dateline::ui {

namespace {

// Internal ids: 0 marks a speaker row, n > 0 a statement of speaker n - 1.
constexpr quintptr kSpeakerRow = 0;

QString kindName(StatementKind kind)
{
    switch (kind) {
    case StatementKind::Direct:
        return QuoteTreeModel::tr("direct quote");
    case StatementKind::Mixed:
        return QuoteTreeModel::tr("partly quoted");
    case StatementKind::Indirect:
        return QuoteTreeModel::tr("reported speech");
    }
    return {};
}

} // namespace

QuoteTreeModel::QuoteTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void QuoteTreeModel::setExtraction(const Extraction &extraction)
{
    beginResetModel();
    m_statements = extraction.statements;
    m_speakers.clear();
    const QHash<QString, int> colourSlots = ArticleHtml::speakerSlots(extraction);
    QHash<QString, int> row;
    for (qsizetype i = 0; i < m_statements.size(); ++i) {
        const QString &name = m_statements[i].speaker;
        if (!row.contains(name)) {
            row.insert(name, int(m_speakers.size()));
            m_speakers.append({name, colourSlots.value(name), {}});
        }
        m_speakers[row.value(name)].statements.append(int(i));
    }
    endResetModel();
}

void QuoteTreeModel::setDarkTheme(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    if (!m_speakers.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_speakers.size()) - 1, 0), {Qt::DecorationRole});
}

QModelIndex QuoteTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_speakers.size() ? createIndex(row, 0, kSpeakerRow) : QModelIndex();
    if (parent.internalId() != kSpeakerRow || parent.row() >= m_speakers.size())
        return {};
    if (row >= m_speakers[parent.row()].statements.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row()) + 1);
}

QModelIndex QuoteTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSpeakerRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSpeakerRow);
}

int QuoteTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_speakers.size());
    if (parent.internalId() == kSpeakerRow && parent.row() < m_speakers.size())
        return int(m_speakers[parent.row()].statements.size());
    return 0;
}

int QuoteTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant QuoteTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kSpeakerRow) {
        const Speaker &speaker = m_speakers.value(index.row());
        const QString name = speaker.name.isEmpty() ? tr("Unknown speaker") : speaker.name;
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 (%2)").arg(name).arg(speaker.statements.size());
        case Qt::AccessibleTextRole:
            return speaker.statements.size() == 1 ? tr("%1, 1 statement").arg(name)
                                                  : tr("%1, %2 statements").arg(name).arg(speaker.statements.size());
        case Qt::ToolTipRole: {
            const Statement &first = m_statements.value(speaker.statements.value(0));
            return first.speakerRole.isEmpty() ? name : tr("%1, %2").arg(name, first.speakerRole);
        }
        case Qt::DecorationRole:
            return SpeakerPalette::colour(speaker.colourSlot, m_dark);
        case ElementIdRole:
            return QStringLiteral("q%1").arg(speaker.statements.value(0));
        case SpeakerRole:
            return speaker.name;
        default:
            return {};
        }
    }
    const Speaker &speaker = m_speakers.value(int(index.internalId() - 1));
    const int i = speaker.statements.value(index.row(), -1);
    if (i < 0 || i >= m_statements.size())
        return {};
    const Statement &s = m_statements[i];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return s.text;
    case Qt::ToolTipRole:
        return tr("<p>%1</p><p><i>%2, %3 “%4”</i></p>")
            .arg(s.text.toHtmlEscaped(), kindName(s.kind), s.speakerSurface.toHtmlEscaped(), s.verb.toHtmlEscaped());
    case ElementIdRole:
        return QStringLiteral("q%1").arg(i);
    case SpeakerRole:
        return s.speaker;
    default:
        return {};
    }
}

QVariant QuoteTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Speaker and statement");
    return {};
}

} // namespace dateline::ui
