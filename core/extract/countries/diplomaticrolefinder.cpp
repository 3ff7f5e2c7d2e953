#include "extract/countries/diplomaticrolefinder.h"

#include "extract/countries/wordtokenizer.h"

#include "extract/statements/wordlist.h"

namespace dateline {

namespace {

QStringView tokenText(QStringView text, const QList<WordToken> &tokens, int i)
{
    if (i < 0 || i >= tokens.size())
        return {};
    return text.sliced(tokens.at(i).start, tokens.at(i).end - tokens.at(i).start);
}

bool is(QStringView word, QStringView what)
{
    return WordList::sameWord(word, what);
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
bool isHonorary(QStringView text, const QList<WordToken> &tokens, int first)
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

// The first words of the titles, each flagged with its title.
enum TitleWord : quint32 { Ambassador = 1, Envoy = 2, Nuncio = 4, High = 8, Permanent = 16, Charge = 32 };

const WordList &titleWords()
{
    static const WordList titles = [] {
        WordList t;
        for (const char16_t *a : {u"ambassador", u"ambassadors"})
            t.add(QStringView(a), Ambassador);
        for (const char16_t *e : {u"envoy", u"envoys"})
            t.add(QStringView(e), Envoy);
        for (const char16_t *n : {u"nuncio", u"nuncios"})
            t.add(QStringView(n), Nuncio);
        t.add(u"high", High);
        t.add(u"permanent", Permanent);
        for (const char16_t *c : {u"charge", u"charges", u"chargé", u"chargés"})
            t.add(QStringView(c), Charge);
        return t;
    }();
    return titles;
}

} // namespace

QList<DiplomaticRole> DiplomaticRoleFinder::find(QStringView text, const QList<WordToken> &tokens)
{
    QList<DiplomaticRole> out;
    for (int i = 0; i < tokens.size(); ++i) {
        const WordToken &t = tokens.at(i);
        // Every title starts with one of these pairs of ASCII letters and
        // has 4 to 13 letters: most words stop at this test, without a look-up.
        if (!t.word || t.end - t.start < 4 || t.end - t.start > 13)
            continue;
        const char16_t c0 = text.at(t.start).unicode();
        const char16_t c1 = text.at(t.start + 1).unicode();
        if ((c0 | c1) < 128) {
            const char16_t first = c0 | 0x20;
            const char16_t second = first == u'a' ? u'm'
                : first == u'e'                   ? u'n'
                : first == u'n'                   ? u'u'
                : first == u'h'                   ? u'i'
                : first == u'p'                   ? u'e'
                : first == u'c'                   ? u'h'
                                                  : 0;
            if (second == 0 || (c1 | 0x20) != second)
                continue;
        } else {
            // Case folding may map a non-ASCII letter to these: the look-up decides.
            const char16_t initial = c0 < 128 ? char16_t(c0 | 0x20) : QChar::toLower(c0);
            if (initial != u'a' && initial != u'e' && initial != u'n' && initial != u'h' && initial != u'p'
                && initial != u'c')
                continue;
        }
        const QStringView w = text.sliced(t.start, t.end - t.start);
        // One case-insensitive look-up tells which title, if any, starts here.
        const quint32 title = titleWords().flags(w);
        if (title == 0)
            continue;
        DiplomaticRole r;
        r.first = i;
        if (title == Ambassador) {
            r.role = QStringLiteral("ambassador");
            r.last = i + 1;
            // "ambassador-designate", "ambassador-at-large"
            if (tokenText(text, tokens, i + 1) == u"-"
                && isAny(tokenText(text, tokens, i + 2), {u"designate", u"designates"}))
                r.last = i + 3;
        } else if (title == Envoy) {
            r.role = QStringLiteral("envoy");
            r.last = i + 1;
        } else if (title == Nuncio) {
            r.role = QStringLiteral("nuncio");
            r.last = i + 1;
        } else if (title == High && isAny(tokenText(text, tokens, i + 1), {u"commissioner", u"commissioners"})) {
            r.role = QStringLiteral("high commissioner");
            r.last = i + 2;
        } else if (title == Permanent
                   && isAny(tokenText(text, tokens, i + 1), {u"representative", u"representatives"})) {
            r.role = QStringLiteral("permanent representative");
            r.last = i + 2;
        } else if (title == Charge && is(tokenText(text, tokens, i + 1), u"d") && i + 3 < tokens.size()
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
