#pragma once

#include <QStringView>
#include <QtGlobal>

#include <vector>

namespace dateline {

// One word, punctuation mark or quote mark of a paragraph. Offsets are
// UTF-16 indices into the paragraph.
struct Token
{
    enum Kind : unsigned char { Word, Punct, Quote };
    // Which way a quote mark faces, judged from the characters around it.
    enum Side : unsigned char { NoSide, Open, Close, Either };
    // Quote marks only pair with marks of the same family.
    enum Family : unsigned char { NoFamily, Double, Guillemet, Single };

    int start = 0;
    int end = 0;
    Kind kind = Word;
    Side side = NoSide;
    Family family = NoFamily;
    bool upper = false; // a word starting with an upper-case letter
    bool joined = false; // a word with a joiner in it (Russia's, U.S., 1,000, '90s)
    char16_t ch = 0; // the character of a punctuation or quote token
    int span = -1; // index of the quote span a paired quote mark belongs to
    quint32 flags = 0; // Lexicon flags of a word
};

// Splits a paragraph into tokens. Apostrophes (Russia’s, don't, '90s) stay
// inside their words so that only real quote marks become Quote tokens.
class Tokenizer final
{
public:
    static void tokenize(QStringView text, std::vector<Token> &out);
    static Token::Family quoteFamily(char16_t c);
};

} // namespace dateline
