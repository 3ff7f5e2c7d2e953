#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace dateline::ui {

// Paints one line of text per cell, elided at the right, from a cache of
// laid-out lines. The stock delegate shapes a cell's text three times on
// every paint (size, elision, drawing); scrolling the article list at
// 100,000 articles spent two thirds of each repaint in HarfBuzz
// (dateline-ui-perf under perf). A line is shaped once per text and width.
// A cell with MarkedTextRole data draws that text instead, the parts between
// kMatchOpen and kMatchClose bold (the matched words of a search snippet).
class ElidedTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedTextDelegate)
public:
    static constexpr int kCachedLines = 4000;
    static constexpr int MarkedTextRole = Qt::UserRole + 64;
    // Control characters: importers drop them, so they only ever mark.
    static constexpr char16_t kMatchOpen = 0x2;
    static constexpr char16_t kMatchClose = 0x3;

    explicit ElidedTextDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The line drawn for text in width pixels, elided when too wide; laid
    // out once and kept until the font changes or the cache is full.
    const QStaticText &line(const QString &text, int width, const QFont &font) const;

private:
    // Rich text for a marked line: matches bold, elided to width.
    static QString markedLine(const QString &marked, int width, const QFont &font);

    mutable QCache<QString, QStaticText> m_lines;
    mutable QFont m_font; // the font m_lines were laid out in
};

} // namespace dateline::ui
