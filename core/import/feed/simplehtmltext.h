#pragma once

#include <QStringList>
#include <QStringView>

namespace dateline {

// A single-pass reading of the plain HTML that feeds carry (paragraphs, line
// breaks, emphasis, links, images, entities) that gives the same paragraphs
// as HtmlText at a fraction of the cost of a full HTML5 parse. It declines
// (returns false) on anything where tree building or hiding rules could
// matter — tables, scripts, styles, hidden attributes, comments it cannot
// close, legacy entities without ';' — and the caller then uses HtmlText.
class SimpleHtmlText final
{
public:
    static bool paragraphs(QStringView html, QStringList *out);

    // HtmlText::paragraphs with this fast path first.
    static QStringList paragraphsOf(const QString &html);
    // HtmlText::inlineText with this fast path first.
    static QString inlineTextOf(const QString &html);
};

} // namespace dateline
