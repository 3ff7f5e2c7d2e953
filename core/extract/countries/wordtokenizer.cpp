#include "extract/countries/wordtokenizer.h"

#include <QString>

namespace dateline {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Words after which a full stop does not end the sentence.
bool isAbbreviation(QStringView word)
{
    static const char *const abbreviations[]
        = {"Mr",  "Mrs", "Ms",   "Dr",  "St",  "Gov",  "Sen", "Rep", "Gen", "Lt",   "Col", "Jr",
           "Sr",  "No",  "Prof", "Mt",  "Ft",  "Capt", "Sgt", "Adm", "Maj", "Cmdr", "Rev", "Jan",
           "Feb", "Aug", "Sept", "Oct", "Nov", "Dec",  "vs",  "etc", "Inc", "Corp", "Ltd", "Co"};
    if (word.size() == 1 && word.at(0).isUpper())
        return true; // an initial: "U.S.", "Booker T."
    for (const char *a : abbreviations) {
        if (word == QLatin1StringView(a))
            return true;
    }
    return false;
}

bool isClosingQuote(QChar c)
{
    return c == u'"' || c == u'”' || c == u'’' || c == u'\'' || c == u'»' || c == u')';
}

bool isOpeningQuote(QChar c)
{
    return c == u'"' || c == u'“' || c == u'‘' || c == u'\'' || c == u'«' || c == u'(';
}

} // namespace

QChar WordTokenizer::foldPunctuation(QChar c)
{
    switch (c.unicode()) {
    case 0x2019: // ’
    case 0x2018: // ‘
    case 0x02BC: // ʼ
    case 0x2032: // ′
        return u'\'';
    case 0x2010: // ‐
    case 0x2011: // non-breaking hyphen
    case 0x2013: // –
        return u'-';
    default:
        return c;
    }
}

bool WordTokenizer::startsUpper(QStringView word)
{
    return !word.isEmpty() && word.at(0).isUpper();
}

QList<Token> WordTokenizer::tokenize(QStringView text)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 5 + 1);
    const qsizetype n = text.size();
    bool space = false;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            space = true;
            ++i;
            continue;
        }
        Token t;
        t.start = int(i);
        t.spaceBefore = space;
        space = false;
        if (isWordChar(c)) {
            while (i < n && isWordChar(text.at(i)))
                ++i;
            t.word = true;
        } else {
            ++i;
        }
        t.end = int(i);
        tokens.append(t);
    }

    // Sentence numbers: a full stop, question or exclamation mark (maybe
    // followed by closing quotes) ends a sentence when whitespace and a
    // capital or an opening quote follow, and the stop is not an abbreviation's.
    int sentence = 0;
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        tokens[k].sentence = sentence;
        const QChar c = text.at(tokens.at(k).start);
        if (tokens.at(k).word || (c != u'.' && c != u'?' && c != u'!' && c != u'…'))
            continue;
        if (c == u'.' && k > 0 && tokens.at(k - 1).word && !tokens.at(k).spaceBefore) {
            const Token &prev = tokens.at(k - 1);
            if (isAbbreviation(text.sliced(prev.start, prev.end - prev.start)))
                continue;
        }
        qsizetype j = k + 1;
        while (j < tokens.size() && !tokens.at(j).word && !tokens.at(j).spaceBefore
               && isClosingQuote(text.at(tokens.at(j).start))) {
            tokens[j].sentence = sentence;
            ++j;
        }
        if (j >= tokens.size() || !tokens.at(j).spaceBefore)
            continue;
        const QChar next = text.at(tokens.at(j).start);
        if (next.isUpper() || isOpeningQuote(next) || next.isDigit()) {
            ++sentence;
            k = j - 1;
        }
    }
    return tokens;
}

} // namespace dateline
