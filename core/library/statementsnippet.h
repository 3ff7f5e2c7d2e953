#pragma once

#include <QString>
#include <QStringList>

namespace dateline {

class FtsTokenizer;

// A statement's text with the query's phrases marked, cut to a window of
// words around them: what snippet() gave when statements had an index of
// their own. Words are compared as the index compares them (FtsTokenizer),
// phrases word after word, a prefix phrase's last word by its start.
class StatementSnippet final
{
public:
    // `phrases` as SearchQuery writes them ("word", "two words"*).
    static QString of(const FtsTokenizer &tokenizer, const QString &text, const QStringList &phrases,
                      const QString &open, const QString &close, int maxTokens = kMaxTokens);

    // snippet()'s window in the statement searches before: 24 tokens.
    static constexpr int kMaxTokens = 24;
    static constexpr char16_t kEllipsis = u'…';
};

} // namespace dateline
