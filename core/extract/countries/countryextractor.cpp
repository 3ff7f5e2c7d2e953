#include "extract/countries/countryextractor.h"

#include "extract/countries/countrydisambiguator.h"
#include "extract/countries/countrygazetteer.h"
#include "extract/countries/countrymatcher.h"
#include "extract/countries/wordtokenizer.h"

namespace dateline {

namespace {

bool isAllCapsWord(QStringView w)
{
    bool letter = false;
    for (QChar c : w) {
        if (c.isLower())
            return false;
        letter = letter || c.isLetter();
    }
    return letter;
}

// A place line written into the first paragraph, "MOSCOW (Reuters) -" or
// "ANKARA, Jan 5 (AP) —": the capitalised words before the bracket or dash.
// Returns the number of tokens it spans, 0 when there is none.
int inlineDatelineTokens(QStringView text, const QList<WordToken> &tokens)
{
    int i = 0;
    while (i < tokens.size() && tokens.at(i).word
           && isAllCapsWord(text.sliced(tokens.at(i).start, tokens.at(i).end - tokens.at(i).start)))
        ++i;
    if (i == 0 || i >= tokens.size() || i > 4)
        return 0;
    const QChar c = text.at(tokens.at(i).start);
    if (c == u'(' || c == u',' || c == u'-' || c == u'—' || c == u'–' || c == u':')
        return i;
    return 0;
}

} // namespace

QList<CountryMention> CountryExtractor::extract(const Article &article)
{
    return extract(article, WordTokenizer::tokenize(article.paragraphs));
}

QList<CountryMention> CountryExtractor::extract(const Article &article, const QList<QList<WordToken>> &paragraphTokens)
{
    const CountryGazetteer &gazetteer = CountryGazetteer::instance();
    const CountryMatcher matcher(gazetteer);
    CountryDisambiguator disambiguator(article);
    QList<CountryMention> out;

    for (int p = 0; p < article.paragraphs.size(); ++p) {
        const QString &text = article.paragraphs.at(p);
        const QList<WordToken> &tokens = paragraphTokens.at(p);
        int datelineEnd = 0; // tokens already taken by an inline place line
        if (p == 0) {
            if (const int n = inlineDatelineTokens(text, tokens)) {
                const int start = tokens.at(0).start;
                const int end = tokens.at(n - 1).end;
                const QString code = gazetteer.placeCode(QStringView(text).sliced(start, end - start));
                if (!code.isEmpty()) {
                    datelineEnd = n;
                    out.append(CountryMention {code, text.mid(start, end - start), CountryMentionKind::Dateline, p,
                                               start, end});
                }
            }
        }
        for (const CountryMatcher::Match &m : matcher.matchAll(text, tokens)) {
            const GazetteerEntry &e = gazetteer.entry(m.entry);
            if (m.first < datelineEnd || e.blocks() || !disambiguator.isCountry(text, tokens, m, e))
                continue;
            const int start = tokens.at(m.first).start;
            const int end = tokens.at(m.last - 1).end;
            out.append(CountryMention {e.code, text.mid(start, end - start), e.kind, p, start, end});
        }
    }
    return out;
}

QString CountryExtractor::countryName(const QString &code)
{
    const QString name = CountryGazetteer::instance().displayName(code);
    return name.isEmpty() ? code : name;
}

} // namespace dateline
