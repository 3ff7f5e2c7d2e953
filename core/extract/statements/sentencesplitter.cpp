#include "extract/statements/sentencesplitter.h"

#include "extract/statements/speakerlexicon.h"

namespace dateline {

namespace {

bool isTerminal(char16_t c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026';
}

// Whether a new sentence can start at token i.
bool startsSentence(const std::vector<Token> &tokens, int i)
{
    if (i >= int(tokens.size()))
        return true;
    const Token &t = tokens[size_t(i)];
    return (t.kind == Token::Word && t.upper) || (t.kind == Token::Quote && t.side != Token::Close)
        || (t.kind == Token::Punct && t.ch == u'(');
}

} // namespace

void SentenceSplitter::split(QStringView text, const std::vector<Token> &tokens, const std::vector<QuoteSpan> &spans,
                             std::vector<Sentence> &out)
{
    out.clear();
    const int n = int(tokens.size());
    int first = 0;
    for (int i = 0; i < n; ++i) {
        const Token &t = tokens[size_t(i)];
        bool boundary = false;
        if (t.kind == Token::Quote && t.span >= 0 && spans[size_t(t.span)].open == i) {
            const int close = spans[size_t(t.span)].close;
            if (close < 0) {
                i = n - 1; // runs on to the end of the paragraph
                continue;
            }
            i = close;
            // “… squandered.” Next sentence.
            const Token &inner = tokens[size_t(close - 1)];
            boundary = close - 1 > spans[size_t(t.span)].open && inner.kind == Token::Punct && isTerminal(inner.ch)
                && i + 1 < n && startsSentence(tokens, i + 1) && tokens[size_t(i + 1)].kind != Token::Punct;
            if (boundary && inner.ch != u'.') {
                // “Enough!” Putin said. goes on; only a new quotation ends it.
                boundary = tokens[size_t(i + 1)].kind == Token::Quote;
            }
        } else if (t.kind == Token::Punct && isTerminal(t.ch)) {
            while (i + 1 < n && tokens[size_t(i + 1)].kind == Token::Punct && isTerminal(tokens[size_t(i + 1)].ch))
                ++i;
            const bool afterAbbreviation = t.ch == u'.' && i > 0 && tokens[size_t(i - 1)].kind == Token::Word
                && SpeakerLexicon::isAbbreviation(text.sliced(tokens[size_t(i - 1)].start,
                                                              tokens[size_t(i - 1)].end - tokens[size_t(i - 1)].start));
            boundary = !afterAbbreviation && startsSentence(tokens, i + 1);
        }
        if (boundary) {
            out.push_back({first, i + 1});
            first = i + 1;
        }
    }
    if (first < n)
        out.push_back({first, n});
}

} // namespace dateline
