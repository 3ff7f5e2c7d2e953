#include "extract/statements/quotescanner.h"

namespace dateline {

void QuoteScanner::pair(std::vector<Token> &tokens, std::vector<QuoteSpan> &spans)
{
    spans.clear();
    int open = -1;
    for (int i = 0; i < int(tokens.size()); ++i) {
        Token &t = tokens[size_t(i)];
        if (t.kind != Token::Quote)
            continue;
        if (open < 0) {
            // A lone closing mark is an apostrophe or a stray; a lone single
            // "either" mark (rock 'n' roll) is too uncertain to open with.
            if (t.side == Token::Open || (t.side == Token::Either && t.family != Token::Single))
                open = i;
            continue;
        }
        const Token &o = tokens[size_t(open)];
        if (t.family != o.family)
            continue; // nested quotation: part of the quoted words
        if (t.side == Token::Open) {
            // German „…“ closes with the mark that opens English quotes.
            if (o.ch == u'\u201E' && t.ch == u'\u201C') {
                spans.push_back({open, i});
                open = -1;
            } else {
                open = i; // the earlier mark never closed
            }
            continue;
        }
        spans.push_back({open, i});
        open = -1;
    }
    if (open >= 0)
        spans.push_back({open, -1});
    for (int s = 0; s < int(spans.size()); ++s) {
        tokens[size_t(spans[size_t(s)].open)].span = s;
        if (spans[size_t(s)].close >= 0)
            tokens[size_t(spans[size_t(s)].close)].span = s;
    }
}

void QuoteScanner::drop(std::vector<Token> &tokens, std::vector<QuoteSpan> &spans, int span)
{
    QuoteSpan &q = spans[size_t(span)];
    if (q.open >= 0)
        tokens[size_t(q.open)].span = -1;
    if (q.close >= 0)
        tokens[size_t(q.close)].span = -1;
    q = QuoteSpan {};
}

bool QuoteScanner::opensWith(const std::vector<Token> &tokens, Token::Family family)
{
    return !tokens.empty() && tokens.front().kind == Token::Quote && tokens.front().family == family
        && tokens.front().side != Token::Close;
}

} // namespace dateline
