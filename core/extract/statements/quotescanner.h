#pragma once

#include "extract/statements/tokenizer.h"

#include <vector>

namespace dateline {

// An outermost quotation in a paragraph: token indices of its marks.
struct QuoteSpan
{
    int open = -1;
    int close = -1; // -1: still open at the end of the paragraph
};

// Pairs the quote marks of one paragraph. Only the outermost level counts
// (quotes inside quotes are part of the quoted words); a closing single mark
// with nothing open is an apostrophe (the countries’ envoys). A mark left
// open at the end is reported with close == -1 so the caller can decide
// whether the quotation runs on into the next paragraph or is stray.
class QuoteScanner final
{
public:
    static void pair(std::vector<Token> &tokens, std::vector<QuoteSpan> &spans);
    // Forgets a span (an unbalanced mark): its marks become ordinary text.
    static void drop(std::vector<Token> &tokens, std::vector<QuoteSpan> &spans, int span);
    // Whether the paragraph starts with an opening mark of the family, the
    // convention for a quotation that continues from the previous paragraph.
    static bool opensWith(const std::vector<Token> &tokens, Token::Family family);
};

} // namespace dateline
