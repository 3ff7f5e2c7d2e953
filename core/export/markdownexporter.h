#pragma once

#include "export/exportitem.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace dateline {

// Articles as Markdown: headline, metadata, the body with statements in
// **bold** (CommonMark and every common renderer show it, unlike ==mark==,
// which only some extensions know), the reader's notes as footnotes [^n]
// (GitHub, Pandoc, Obsidian), then lists of statements, countries,
// ambassadors and highlights.
//
// Article text is never trusted: Markdown-significant ASCII punctuation is
// backslash-escaped, so "[x](javascript:..)", "![x](http://..)" and raw
// "<script>" render as the literal characters instead of links, images or
// HTML.
class MarkdownExporter final
{
public:
    static QByteArray render(const QList<ExportItem> &items);
    // Text safe to place in a Markdown paragraph or list item: punctuation
    // escaped and line breaks folded into spaces.
    static QString escape(const QString &text);
};

} // namespace dateline
