#include "extract/countries/countrymatcher.h"

#include "extract/countries/countrygazetteer.h"
#include "extract/countries/wordtokenizer.h"

namespace dateline {

namespace {

bool sameToken(QStringView textToken, bool word, const QString &entryToken)
{
    if (word)
        return textToken == entryToken;
    return entryToken.size() == 1 && WordTokenizer::foldPunctuation(textToken.at(0)) == entryToken.at(0);
}

} // namespace

int CountryMatcher::matchAt(QStringView text, const QList<WordToken> &tokens, int index) const
{
    const WordToken &first = tokens.at(index);
    if (!first.word || (m_gazetteer.allCapitalised() && !text.at(first.start).isUpper()))
        return -1;
    const QStringView word = text.sliced(first.start, first.end - first.start);
    const QList<int> *candidates = m_gazetteer.candidates(word);
    if (!candidates)
        return -1;
    for (int c : *candidates) {
        const QStringList &parts = m_gazetteer.entry(c).tokens;
        if (index + parts.size() > tokens.size())
            continue;
        bool ok = parts.first() == word;
        for (qsizetype k = 1; k < parts.size() && ok; ++k) {
            const WordToken &t = tokens.at(index + k);
            ok = sameToken(text.sliced(t.start, t.end - t.start), t.word, parts.at(k));
        }
        if (ok)
            return c; // candidates are sorted longest first
    }
    return -1;
}

QList<CountryMatcher::Match> CountryMatcher::matchAll(QStringView text, const QList<WordToken> &tokens) const
{
    QList<Match> out;
    const bool capitalised = m_gazetteer.allCapitalised();
    for (int i = 0; i < tokens.size();) {
        // Most tokens start no phrase: skip them without a call.
        const WordToken &t = tokens.at(i);
        if (!t.word || (capitalised && !text.at(t.start).isUpper())) {
            ++i;
            continue;
        }
        const int e = matchAt(text, tokens, i);
        if (e < 0) {
            ++i;
            continue;
        }
        const int last = i + int(m_gazetteer.entry(e).tokens.size());
        out.append(Match {e, i, last});
        i = last;
    }
    return out;
}

} // namespace dateline
