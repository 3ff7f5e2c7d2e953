#pragma once

#include <QString>
#include <QStringList>

#include <functional>

struct GumboInternalNode;

namespace dateline {

// Plain-text paragraphs from an HTML fragment (a feed item's content, an
// NITF/XHTML body): block elements end paragraphs, runs of <br> split them,
// scripts, styles and hidden elements are dropped, entities are decoded by the
// HTML5 parser (gumbo). Never recursive, so nesting depth cannot overflow the stack.
class HtmlText final
{
public:
    static QStringList paragraphs(const QString &html);
    // Single-line text of a fragment (titles, summaries): whitespace collapsed.
    static QString inlineText(const QString &html);

    // Paragraphs of an already parsed subtree; elements for which skip
    // returns true are left out with everything inside them. skip also
    // decides visibility: hidden/aria-hidden/display:none are not checked
    // here (scripts, styles and other non-text elements still are).
    static QStringList paragraphs(const GumboInternalNode *root,
                                  const std::function<bool(const GumboInternalNode *)> &skip);
    // All text inside a parsed node (like the DOM's textContent), whitespace collapsed.
    static QString nodeText(const GumboInternalNode *node);

    // Drops what a reader never sees and gumbo would otherwise tokenise byte
    // by byte: comments, the contents of <script> (except JSON-LD data),
    // <style> and <svg>, and attributes other than those text and metadata
    // extraction read (class, id, style, lang, meta and time attributes...);
    // shortens whitespace runs outside <pre> to one character.
    // Saved news pages are often more than half script and attributes.
    static QByteArray dropInertContent(const QByteArray &html);

    // Drops start and end tags nested deeper than maxDepth (their text stays).
    // gumbo frees its tree recursively, so 100,000 nested elements would
    // overflow the stack; every gumbo parse goes through this first.
    static QByteArray limitNesting(const QByteArray &html, int maxDepth = 400);
};

} // namespace dateline
