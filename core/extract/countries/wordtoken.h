#pragma once

namespace dateline {

// One word or punctuation character of a paragraph, as UTF-16 offsets.
struct WordToken
{
    int start = 0;
    int end = 0;
    bool word = false; // letters, digits and combining marks; otherwise one punctuation character
    bool spaceBefore = false; // whitespace separates it from the previous token
    int sentence = 0; // index of the sentence within the paragraph
};

} // namespace dateline
