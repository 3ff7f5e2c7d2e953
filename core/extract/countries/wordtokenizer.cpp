#include "extract/countries/wordtokenizer.h"

#include <QString>

namespace dateline {

namespace {

inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) // most text is ASCII: skip the Unicode tables
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.isMark();
}

// Words after which a full stop does not end the sentence.
bool isAbbreviation(QStringView word)
{
    static const QStringView abbreviations[]
        = {u"Mr",  u"Mrs", u"Ms",   u"Dr",  u"St",  u"Gov",  u"Sen", u"Rep", u"Gen", u"Lt",   u"Col", u"Jr",
           u"Sr",  u"No",  u"Prof", u"Mt",  u"Ft",  u"Capt", u"Sgt", u"Adm", u"Maj", u"Cmdr", u"Rev", u"Jan",
           u"Feb", u"Aug", u"Sept", u"Oct", u"Nov", u"Dec",  u"vs",  u"etc", u"Inc", u"Corp", u"Ltd", u"Co"};
    if (word.size() == 1 && word.at(0).isUpper())
        return true; // an initial: "U.S.", "Booker T."
    for (QStringView a : abbreviations) {
        if (word == a)
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

// Sentence numbers: a full stop, question or exclamation mark (maybe
// followed by closing quotes) ends a sentence when whitespace and a capital
// or an opening quote follow, and the stop is not an abbreviation's.
void numberSentences(QStringView text, QList<WordToken> &tokens)
{
    const QChar *s = text.data();
    int sentence = 0;
    WordToken *tk = tokens.data();
    const qsizetype count2 = tokens.size();
    for (qsizetype k = 0; k < count2; ++k) {
        tk[k].sentence = sentence;
        const QChar c = s[tk[k].start];
        if (tk[k].word || (c != u'.' && c != u'?' && c != u'!' && c != u'…'))
            continue;
        if (c == u'.' && k > 0 && tk[k - 1].word && !tk[k].spaceBefore) {
            const WordToken &prev = tk[k - 1];
            if (isAbbreviation(text.sliced(prev.start, prev.end - prev.start)))
                continue;
        }
        qsizetype j = k + 1;
        while (j < count2 && !tk[j].word && !tk[j].spaceBefore && isClosingQuote(s[tk[j].start])) {
            tk[j].sentence = sentence;
            ++j;
        }
        if (j >= count2 || !tk[j].spaceBefore)
            continue;
        const QChar next = s[tk[j].start];
        if (next.isUpper() || isOpeningQuote(next) || next.isDigit()) {
            ++sentence;
            k = j - 1;
        }
    }
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

QList<QList<WordToken>> WordTokenizer::tokenize(const QStringList &paragraphs)
{
    QList<QList<WordToken>> out;
    out.reserve(paragraphs.size());
    for (const QString &p : paragraphs)
        out.append(tokenize(QStringView(p)));
    return out;
}

QList<WordToken> WordTokenizer::tokenize(QStringView text, const std::vector<Token> &words)
{
    // The statement tokens already hold every word and mark; only the words
    // with a joiner in them ("Russia's", "U.S.") are split again. Written
    // into a buffer as tokenize(text) does.
    QList<WordToken> tokens(qsizetype(words.size()) + 16);
    WordToken *out = tokens.data();
    qsizetype count = 0;
    const auto push = [&](const WordToken &t) {
        if (count == tokens.size()) {
            tokens.resize(tokens.size() * 2);
            out = tokens.data();
        }
        out[count++] = t;
    };
    const QChar *s = text.data();
    bool space = false;
    int last = 0; // where the previous statement token ended
    for (const Token &t : words) {
        space = space || t.start > last;
        last = t.end;
        if (t.kind != Token::Word) {
            if (t.ch < u' ') {
                space = true; // control characters separate words here
                continue;
            }
            push(WordToken {t.start, t.end, false, space});
        } else if (!t.joined) {
            push(WordToken {t.start, t.end, true, space});
        } else {
            for (int i = t.start; i < t.end;) {
                WordToken w {i, i + 1, isWordChar(s[i]), space};
                space = false;
                if (w.word) {
                    while (w.end < t.end && isWordChar(s[w.end]))
                        ++w.end;
                }
                i = w.end;
                push(w);
            }
        }
        space = false;
    }
    tokens.resize(count);
    numberSentences(text, tokens);
    return tokens;
}

bool WordTokenizer::startsUpper(QStringView word)
{
    return !word.isEmpty() && word.at(0).isUpper();
}

QList<WordToken> WordTokenizer::tokenize(QStringView text)
{
    // Written straight into a buffer that grows by doubling and is cut down
    // after: this loop is a good part of what extraction costs.
    const qsizetype n = text.size();
    QList<WordToken> tokens(n / 4 + 16);
    WordToken *out = tokens.data();
    const QChar *s = text.data();
    qsizetype count = 0;
    bool space = false;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = s[i];
        if (c.unicode() == u' ' || (c.unicode() > u' ' ? c.unicode() >= 0x80 && c.isSpace() : true)) {
            space = true;
            ++i;
            continue;
        }
        if (count == tokens.size()) {
            tokens.resize(tokens.size() * 2);
            out = tokens.data();
        }
        WordToken &t = out[count++];
        t.start = int(i);
        t.spaceBefore = space;
        space = false;
        if (isWordChar(c)) {
            ++i;
            while (i < n && isWordChar(s[i]))
                ++i;
            t.word = true;
        } else {
            ++i;
        }
        t.end = int(i);
    }
    tokens.resize(count);

    numberSentences(text, tokens);
    return tokens;
}

} // namespace dateline
