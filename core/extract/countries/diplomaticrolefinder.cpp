#include "extract/countries/diplomaticrolefinder.h"

#include "extract/countries/wordtokenizer.h"

#include <string_view>

namespace dateline {

namespace {

QStringView tokenText(QStringView text, const QList<Token> &tokens, int i)
{
    if (i < 0 || i >= tokens.size())
        return {};
    return text.sliced(tokens.at(i).start, tokens.at(i).end - tokens.at(i).start);
}

bool is(QStringView word, QStringView what)
{
    return word.compare(what, Qt::CaseInsensitive) == 0;
}

bool isAny(QStringView word, std::initializer_list<QStringView> list)
{
    for (QStringView w : list) {
        if (is(word, w))
            return true;
    }
    return false;
}

// Honorary titles: "UNICEF goodwill ambassador", "brand ambassador".
bool isHonorary(QStringView text, const QList<Token> &tokens, int first)
{
    for (int i = first - 1; i >= 0 && i >= first - 3; --i) {
        if (isAny(tokenText(text, tokens, i),
                  {u"goodwill", u"brand",  u"celebrity", u"campus", u"fashion", u"tourism", u"youth",
                   u"student",  u"global", u"cultural",  u"UNICEF", u"UNHCR",   u"UNESCO",  u"UNDP",
                   u"WFP",      u"FAO",    u"club",      u"style",  u"beauty",  u"product", u"honorary"}))
            return true;
    }
    return false;
}

// ASCII letters of `text` from `at` equal `lower` regardless of case.
bool asciiPrefixIs(QStringView text, qsizetype at, std::string_view lower)
{
    if (at + qsizetype(lower.size()) > text.size())
        return false;
    for (std::size_t k = 0; k < lower.size(); ++k) {
        const char16_t c = text.at(at + qsizetype(k)).unicode();
        if ((c < u'A' || c > u'Z' ? c : char16_t(c + 32)) != char16_t(lower[k]))
            return false;
    }
    return true;
}

} // namespace

bool DiplomaticRoleFinder::mayContainRole(QStringView text)
{
    const qsizetype n = text.size();
    const char16_t *s = text.utf16();
    const auto isLetter = [](char16_t c) {
        return ((c | 0x20) >= u'a' && (c | 0x20) <= u'z') || (c >= 0x80 && QChar(c).isLetter());
    };
    qsizetype i = 0;
    while (i < n) {
        if (!isLetter(s[i])) {
            ++i;
            continue;
        }
        // A word starts at i: only its first letter can begin a role word.
        std::string_view word;
        switch (s[i] | 0x20) {
        case u'a':
            word = "ambassador";
            break;
        case u'e':
            word = "envoy";
            break;
        case u'n':
            word = "nuncio";
            break;
        case u'h':
            word = "high";
            break;
        case u'p':
            word = "permanent";
            break;
        case u'c':
            word = "charg";
            break;
        default:
            break;
        }
        if (!word.empty() && asciiPrefixIs(text, i, word))
            return true;
        // Skip the rest of the word in a tight loop.
        ++i;
        while (i < n && isLetter(s[i]))
            ++i;
    }
    return false;
}

QList<DiplomaticRole> DiplomaticRoleFinder::find(QStringView text, const QList<Token> &tokens)
{
    QList<DiplomaticRole> out;
    for (int i = 0; i < tokens.size(); ++i) {
        if (!tokens.at(i).word)
            continue;
        const QStringView w = tokenText(text, tokens, i);
        // Every title starts with one of these letters and has 4 to 13 letters.
        if (w.size() < 4 || w.size() > 13)
            continue;
        const char16_t initial = w.at(0).toLower().unicode();
        if (initial != u'a' && initial != u'e' && initial != u'n' && initial != u'h' && initial != u'p'
            && initial != u'c')
            continue;
        DiplomaticRole r;
        r.first = i;
        if (isAny(w, {u"ambassador", u"ambassadors"})) {
            r.role = QStringLiteral("ambassador");
            r.last = i + 1;
            // "ambassador-designate", "ambassador-at-large"
            if (tokenText(text, tokens, i + 1) == u"-"
                && isAny(tokenText(text, tokens, i + 2), {u"designate", u"designates"}))
                r.last = i + 3;
        } else if (isAny(w, {u"envoy", u"envoys"})) {
            r.role = QStringLiteral("envoy");
            r.last = i + 1;
        } else if (isAny(w, {u"nuncio", u"nuncios"})) {
            r.role = QStringLiteral("nuncio");
            r.last = i + 1;
        } else if (is(w, u"high") && isAny(tokenText(text, tokens, i + 1), {u"commissioner", u"commissioners"})) {
            r.role = QStringLiteral("high commissioner");
            r.last = i + 2;
        } else if (is(w, u"permanent")
                   && isAny(tokenText(text, tokens, i + 1), {u"representative", u"representatives"})) {
            r.role = QStringLiteral("permanent representative");
            r.last = i + 2;
        } else if ((isAny(w, {u"charge", u"charges"}) || w.compare(u"chargé", Qt::CaseInsensitive) == 0
                    || w.compare(u"chargés", Qt::CaseInsensitive) == 0)
                   && is(tokenText(text, tokens, i + 1), u"d") && i + 3 < tokens.size()
                   && WordTokenizer::foldPunctuation(tokenText(text, tokens, i + 2).at(0)) == u'\''
                   && is(tokenText(text, tokens, i + 3), u"affaires")) {
            r.role = QStringLiteral("charge d'affaires");
            r.last = i + 4;
        } else {
            continue;
        }
        // "ambassador-level talks" describe a rank, not a person.
        if (tokenText(text, tokens, r.last) == u"-" && is(tokenText(text, tokens, r.last + 1), u"level")) {
            i = r.last - 1;
            continue;
        }
        if (isHonorary(text, tokens, r.first)) {
            i = r.last - 1;
            continue;
        }
        r.titleCase = WordTokenizer::startsUpper(w);
        const QStringView head
            = r.role == u"charge d'affaires" ? w : tokenText(text, tokens, r.first + (r.role.contains(u' ') ? 1 : 0));
        r.plural = head.endsWith(u's', Qt::CaseInsensitive);
        out.append(r);
        i = r.last - 1;
    }
    return out;
}

} // namespace dateline
