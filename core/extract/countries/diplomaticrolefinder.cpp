#include "extract/countries/diplomaticrolefinder.h"

#include "extract/countries/wordtokenizer.h"

namespace dateline {

namespace {

QStringView tokenText(QStringView text, const QList<Token> &tokens, int i)
{
    if (i < 0 || i >= tokens.size())
        return {};
    return text.sliced(tokens.at(i).start, tokens.at(i).end - tokens.at(i).start);
}

bool is(QStringView word, const char *what)
{
    return word.compare(QLatin1StringView(what), Qt::CaseInsensitive) == 0;
}

bool isAny(QStringView word, std::initializer_list<const char *> list)
{
    for (const char *w : list) {
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
                  {"goodwill", "brand",  "celebrity", "campus", "fashion", "tourism", "youth",
                   "student",  "global", "cultural",  "UNICEF", "UNHCR",   "UNESCO",  "UNDP",
                   "WFP",      "FAO",    "club",      "style",  "beauty",  "product", "honorary"}))
            return true;
    }
    return false;
}

} // namespace

QList<DiplomaticRole> DiplomaticRoleFinder::find(QStringView text, const QList<Token> &tokens)
{
    QList<DiplomaticRole> out;
    for (int i = 0; i < tokens.size(); ++i) {
        if (!tokens.at(i).word)
            continue;
        const QStringView w = tokenText(text, tokens, i);
        DiplomaticRole r;
        r.first = i;
        if (isAny(w, {"ambassador", "ambassadors"})) {
            r.role = QStringLiteral("ambassador");
            r.last = i + 1;
            // "ambassador-designate", "ambassador-at-large"
            if (tokenText(text, tokens, i + 1) == u"-"
                && isAny(tokenText(text, tokens, i + 2), {"designate", "designates"}))
                r.last = i + 3;
        } else if (isAny(w, {"envoy", "envoys"})) {
            r.role = QStringLiteral("envoy");
            r.last = i + 1;
        } else if (isAny(w, {"nuncio", "nuncios"})) {
            r.role = QStringLiteral("nuncio");
            r.last = i + 1;
        } else if (is(w, "high") && isAny(tokenText(text, tokens, i + 1), {"commissioner", "commissioners"})) {
            r.role = QStringLiteral("high commissioner");
            r.last = i + 2;
        } else if (is(w, "permanent") && isAny(tokenText(text, tokens, i + 1), {"representative", "representatives"})) {
            r.role = QStringLiteral("permanent representative");
            r.last = i + 2;
        } else if ((isAny(w, {"charge", "charges"}) || w.compare(u"chargé", Qt::CaseInsensitive) == 0
                    || w.compare(u"chargés", Qt::CaseInsensitive) == 0)
                   && is(tokenText(text, tokens, i + 1), "d") && i + 3 < tokens.size()
                   && WordTokenizer::foldPunctuation(tokenText(text, tokens, i + 2).at(0)) == u'\''
                   && is(tokenText(text, tokens, i + 3), "affaires")) {
            r.role = QStringLiteral("charge d'affaires");
            r.last = i + 4;
        } else {
            continue;
        }
        if (isHonorary(text, tokens, r.first)) {
            i = r.last - 1;
            continue;
        }
        r.titleCase = WordTokenizer::startsUpper(w);
        out.append(r);
        i = r.last - 1;
    }
    return out;
}

} // namespace dateline
