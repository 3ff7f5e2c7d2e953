#pragma once

#include <QByteArray>
#include <QList>

struct GumboInternalNode;
struct GumboInternalOptions;

namespace dateline {

// Keeps long runs of plain text away from gumbo, which makes a token of every
// character and so spends most of a text-heavy page's parse time on its
// words. stash() replaces each run between tags by a short placeholder (only
// where the HTML5 tokenizer is in its data state and the run has no character
// reference, NUL or CR, so the tree gumbo builds has the same shape); after
// parsing, restore() writes the runs back into the text nodes. When a page
// holds anything that would make this unsafe, stash() returns it unchanged.
class TextRunStash final
{
public:
    // The page to parse instead of `html` (UTF-8).
    QByteArray stash(const QByteArray &html);
    // Puts the stashed runs back into every text node below `root`, with
    // gumbo's own allocator, so gumbo_destroy_output frees them as usual.
    void restore(GumboInternalNode *root, const GumboInternalOptions &options) const;

private:
    struct Run
    {
        qsizetype offset;
        qsizetype size;
    };
    QByteArray m_html;
    QList<Run> m_runs;
};

} // namespace dateline
