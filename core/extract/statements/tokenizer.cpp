#include "extract/statements/tokenizer.h"

#include "extract/statements/lexicon.h"
#include "extract/statements/wordlist.h"

namespace dateline {

namespace {

inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.isMark();
}

bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'\u2019';
}

bool isOpeningContext(QChar c)
{
    return c.isSpace() || c == u'(' || c == u'[' || c == u'{' || c == u'\u2014' || c == u'\u2013' || c == u'-'
        || c == u'/' || c == u':' || Tokenizer::quoteFamily(c.unicode()) != Token::NoFamily;
}

bool isClosingContext(QChar c)
{
    return c.isSpace() || c.isPunct() || Tokenizer::quoteFamily(c.unicode()) != Token::NoFamily;
}

// Where a word that starts at `i` ends: letters, digits, marks, plus the
// joiners that live inside words (apostrophes, hyphens, 1,000, 3.5, U.S.).
qsizetype wordEnd(QStringView text, qsizetype i, bool &joined)
{
    const qsizetype n = text.size();
    qsizetype j = i;
    qsizetype segment = 0; // letters since the last joiner, to spot U.S.
    const char16_t *s = text.utf16();
    while (j < n) {
        // Plain ASCII letters and digits: most of any English text.
        const char16_t a = s[j];
        if ((a >= u'a' && a <= u'z') || (a >= u'A' && a <= u'Z') || (a >= u'0' && a <= u'9')) {
            ++j;
            ++segment;
            continue;
        }
        const QChar c = text[j];
        if (isWordChar(c)) {
            ++j;
            ++segment;
            continue;
        }
        if (j + 1 < n && isWordChar(text[j + 1]) && j > i) {
            const char16_t u = c.unicode();
            const bool digits = text[j - 1].isDigit() && text[j + 1].isDigit();
            if (isApostrophe(u) || u == u'-' || u == u'\u2010' || u == u'\u2011' || u == u'&'
                || ((u == u',' || u == u'.') && digits) || (u == u'.' && segment == 1 && text[j - 1].isUpper())) {
                ++j;
                segment = 0;
                joined = true;
                continue;
            }
        }
        break;
    }
    // U.S. / U.N.: keep the final period of a dotted abbreviation.
    if (j < n && text[j] == u'.' && j - i >= 3 && text[j - 2] == u'.' && text[j - 1].isLetter()) {
        ++j;
        joined = true;
    }
    // Sen. / Gen. / Mr.: a title's period belongs to the title, so that
    // "Sen. Chris Murphy" stays one name.
    static const WordList titles {u"mr",  u"mrs",  u"ms",  u"dr",  u"sen",  u"rep",  u"gov",
                                  u"gen", u"lt",   u"col", u"sgt", u"capt", u"maj",  u"prof",
                                  u"adm", u"cmdr", u"rev", u"hon", u"st",   u"pres", u"amb"};
    if (j < n && text[j] == u'.' && j - i >= 2 && text[i].isUpper() && titles.contains(text.sliced(i, j - i))) {
        ++j;
        joined = true;
    }
    return j;
}

} // namespace

Token::Family Tokenizer::quoteFamily(char16_t c)
{
    switch (c) {
    case u'"':
    case u'\u201C':
    case u'\u201D':
    case u'\u201E':
    case u'\u201F':
        return Token::Double;
    case u'\u00AB':
    case u'\u00BB':
        return Token::Guillemet;
    case u'\'':
    case u'\u2018':
    case u'\u2019':
    case u'\u201A':
    case u'\u201B':
    case u'\u2039':
    case u'\u203A':
        return Token::Single;
    default:
        return Token::NoFamily;
    }
}

void Tokenizer::tokenize(QStringView text, std::vector<Token> &out)
{
    out.clear();
    const qsizetype n = text.size();
    out.reserve(size_t(n / 4 + 4));
    const WordList &lexicon = Lexicon::table();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c.unicode() == u' ' || c.isSpace()) {
            ++i;
            continue;
        }
        const char16_t u = c.unicode();
        // Elided years ('90s, ’80s) are words, not quotes.
        if (isApostrophe(u) && i + 2 < n && text[i + 1].isDigit() && text[i + 2].isDigit()
            && (i == 0 || !isWordChar(text[i - 1])) && (i + 3 >= n || !text[i + 3].isDigit())) {
            bool joined = true; // the apostrophe itself
            const qsizetype e = wordEnd(text, i + 1, joined);
            Token t {int(i), int(e), Token::Word};
            t.joined = joined;
            out.push_back(t);
            i = e;
            continue;
        }
        if (isWordChar(c)) {
            bool joined = false;
            const qsizetype e = wordEnd(text, i, joined);
            Token t {int(i), int(e), Token::Word};
            t.joined = joined;
            t.upper = u < 128 ? (u >= u'A' && u <= u'Z') : c.isUpper();
            t.flags = lexicon.flags(text.sliced(i, e - i));
            out.push_back(t);
            i = e;
            continue;
        }
        Token t {int(i), int(i + 1), Token::Punct};
        t.ch = u;
        const Token::Family family = quoteFamily(u);
        if (family != Token::NoFamily) {
            t.kind = Token::Quote;
            t.family = family;
            const bool openBefore = i == 0 || isOpeningContext(text[i - 1]);
            const bool closeAfter = i + 1 >= n || isClosingContext(text[i + 1]);
            switch (u) {
            case u'\u201C':
            case u'\u201E':
            case u'\u201F':
            case u'\u00AB':
            case u'\u2018':
            case u'\u201A':
            case u'\u201B':
            case u'\u2039':
                t.side = (!openBefore && closeAfter) ? Token::Close : Token::Open;
                break;
            case u'\u201D':
            case u'\u00BB':
            case u'\u2019':
            case u'\u203A':
                t.side = (openBefore && !closeAfter) ? Token::Open : Token::Close;
                break;
            default:
                t.side = (openBefore && !closeAfter) ? Token::Open
                    : (!openBefore && closeAfter)    ? Token::Close
                                                     : Token::Either;
                break;
            }
        }
        out.push_back(t);
        ++i;
    }
}

} // namespace dateline
