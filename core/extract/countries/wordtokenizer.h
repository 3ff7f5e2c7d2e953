#pragma once

#include "extract/countries/wordtoken.h"
#include "extract/statements/tokenizer.h"

#include <QList>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace dateline {

// Splits a paragraph into words and punctuation and numbers its sentences.
// Names are matched token by token, so "Russian" never matches "Russia" and
// "Russia’s" yields the word "Russia": Unicode word boundaries for free.
class WordTokenizer final
{
public:
    static QList<WordToken> tokenize(QStringView text);
    // Each paragraph's tokens, for the extractors that share them.
    static QList<QList<WordToken>> tokenize(const QStringList &paragraphs);
    // The same split made from the statement tokenizer's tokens of `text`
    // (Tokenizer::tokenize), without reading the text again.
    static QList<WordToken> tokenize(QStringView text, const std::vector<Token> &words);
    // Apostrophes and dashes have several code points that mean the same
    // here; this folds them so "Côte d’Ivoire" matches "Côte d'Ivoire".
    static QChar foldPunctuation(QChar c);
    static bool startsUpper(QStringView word);
};

} // namespace dateline
