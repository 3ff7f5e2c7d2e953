#pragma once

#include "extract/statements/quotescanner.h"
#include "extract/statements/tokenizer.h"

#include <QStringView>

#include <vector>

namespace dateline {

// A sentence as a token range [first, end).
struct Sentence
{
    int first = 0;
    int end = 0;
};

// Splits a tokenised paragraph into sentences at the outermost level: a
// quotation of several sentences stays inside the sentence that carries
// its attribution (“A. B,” he said.).
class SentenceSplitter final
{
public:
    static void split(QStringView text, const std::vector<Token> &tokens, const std::vector<QuoteSpan> &spans,
                      std::vector<Sentence> &out);
};

} // namespace dateline
