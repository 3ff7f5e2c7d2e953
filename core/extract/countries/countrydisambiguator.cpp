#include "extract/countries/countrydisambiguator.h"

#include "extract/countries/wordtokenizer.h"
#include "extract/statements/wordlist.h"

namespace dateline {

namespace {

QStringView wordAt(QStringView text, const QList<WordToken> &tokens, int i)
{
    if (i < 0 || i >= tokens.size() || !tokens.at(i).word)
        return {};
    return text.sliced(tokens.at(i).start, tokens.at(i).end - tokens.at(i).start);
}

bool isOneOf(QStringView word, std::initializer_list<QStringView> list)
{
    for (QStringView w : list) {
        if (word == w)
            return true;
    }
    return false;
}

// Capitalised words that start sentences or clauses rather than names.
bool isFunctionWord(QStringView w)
{
    return isOneOf(
        w, {u"The",       u"In",       u"At",        u"On",       u"From",      u"To",       u"For",     u"And",
            u"But",       u"Or",       u"With",      u"By",       u"Of",        u"As",       u"After",   u"Before",
            u"When",      u"While",    u"Since",     u"Under",    u"Over",      u"Both",     u"Between", u"Against",
            u"Meanwhile", u"Yet",      u"So",        u"If",       u"Although",  u"Though",   u"Then",    u"Also",
            u"Like",      u"Unlike",   u"Across",    u"Into",     u"Including", u"Near",     u"Outside", u"Inside",
            u"Via",       u"Without",  u"Within",    u"Why",      u"How",       u"What",     u"Where",   u"Whether",
            u"That",      u"This",     u"These",     u"Those",    u"Today",     u"Now",      u"Once",    u"Only",
            u"Even",      u"Still",    u"Here",      u"There",    u"Thus",      u"Hence",    u"Neither", u"Nor",
            u"Monday",    u"Tuesday",  u"Wednesday", u"Thursday", u"Friday",    u"Saturday", u"Sunday",  u"January",
            u"February",  u"March",    u"April",     u"May",      u"June",      u"July",     u"August",  u"September",
            u"October",   u"November", u"December",  u"Did",      u"Does",      u"Do",       u"Will",    u"Would",
            u"Can",       u"Could",    u"Should",    u"Has",      u"Have",      u"Had",      u"Is",      u"Was",
            u"Are",       u"Were",     u"Let",       u"Not",      u"Every",     u"All",      u"Each",    u"Many",
            u"Some",      u"Most",     u"Whereas",   u"Because",  u"Until",     u"Upon",     u"Toward",  u"Towards"});
}

bool isReportingVerb(QStringView w)
{
    return isOneOf(w,
                   {u"said", u"says", u"told", u"tells", u"added", u"wrote", u"writes", u"scored", u"scores",
                    u"tweeted", u"posted", u"recalled", u"explained", u"laughed", u"smiled", u"played", u"plays",
                    u"sang"});
}

// "the actress Georgia", "rapper Jordan": a name right after the noun of a
// trade or art is a person's (stage) name, not the country.
bool followsOccupation(QStringView text, const QList<WordToken> &tokens, const CountryMatcher::Match &match)
{
    static const WordList occupations {
        u"actress",  u"actor",      u"singer",     u"songwriter", u"rapper",    u"model",      u"musician",
        u"comedian", u"dancer",     u"artist",     u"presenter",  u"designer",  u"influencer", u"footballer",
        u"striker",  u"midfielder", u"goalkeeper", u"drummer",    u"guitarist", u"pianist",    u"star"};
    const QStringView prev = wordAt(text, tokens, match.first - 1);
    return !prev.isEmpty() && tokens.at(match.first).spaceBefore
        && tokens.at(match.first - 1).sentence == tokens.at(match.first).sentence && occupations.contains(prev);
}

} // namespace

bool CountryDisambiguator::isCountry(QStringView text, const QList<WordToken> &tokens,
                                     const CountryMatcher::Match &match, const GazetteerEntry &entry)
{
    if ((entry.flags & (GazetteerEntry::PersonFirst | GazetteerEntry::PersonLast))
        && looksLikePerson(text, tokens, match, entry))
        return false;
    if ((entry.flags & GazetteerEntry::UsState) && looksLikeUsState(text, tokens, match, entry))
        return false;
    if (entry.kind == CountryMentionKind::Name && followsOccupation(text, tokens, match))
        return false;
    return true;
}

bool CountryDisambiguator::looksLikePerson(QStringView text, const QList<WordToken> &tokens,
                                           const CountryMatcher::Match &match, const GazetteerEntry &entry) const
{
    if (entry.flags & GazetteerEntry::PersonLast) {
        // "George Washington", "Michael Jordan", "Booker T. Washington".
        const QStringView prev = wordAt(text, tokens, match.first - 1);
        if (!prev.isEmpty() && tokens.at(match.first).spaceBefore && WordTokenizer::startsUpper(prev)
            && !isFunctionWord(prev) && tokens.at(match.first - 1).sentence == tokens.at(match.first).sentence)
            return true;
        if (match.first >= 2 && !tokens.at(match.first - 1).word && text.at(tokens.at(match.first - 1).start) == u'.') {
            const QStringView initial = wordAt(text, tokens, match.first - 2);
            if (initial.size() == 1 && initial.at(0).isUpper())
                return true;
        }
    }
    if (entry.flags & GazetteerEntry::PersonFirst) {
        // "Chad Smith", "Jordan Peterson"; "Jordan said" reads as a person too.
        const QStringView next = wordAt(text, tokens, match.last);
        if (!next.isEmpty() && tokens.at(match.last).spaceBefore
            && tokens.at(match.last).sentence == tokens.at(match.first).sentence) {
            if (WordTokenizer::startsUpper(next) && !isFunctionWord(next))
                return true;
            if (entry.kind == CountryMentionKind::Name && isReportingVerb(next))
                return true;
        }
    }
    return false;
}

bool CountryDisambiguator::looksLikeUsState(QStringView text, const QList<WordToken> &tokens,
                                            const CountryMatcher::Match &match, const GazetteerEntry &entry)
{
    // "the state of Georgia", "Georgia state senator", "Georgia governor".
    const QStringView prev1 = wordAt(text, tokens, match.first - 1);
    const QStringView prev2 = wordAt(text, tokens, match.first - 2);
    if (prev1 == QLatin1StringView("of")
        && (prev2 == QLatin1StringView("state") || prev2 == QLatin1StringView("State")))
        return true;
    const QStringView next = wordAt(text, tokens, match.last);
    if (isOneOf(next,
                {u"state", u"governor", u"Governor", u"Gov", u"Senate", u"senator", u"Senator", u"Bulldogs",
                 u"Democrats", u"Republicans", u"Democrat", u"Republican", u"county", u"County"}))
        return true;
    if (entry.kind == CountryMentionKind::Capital)
        return false; // Washington the capital is not decided by the story's other places
    scanStory();
    if (m_tbilisi)
        return false;
    if (m_usStateCue)
        return true;
    // Other US states in the same paragraph, looked for once per paragraph.
    if (text.data() != m_statesParagraph.data() || text.size() != m_statesParagraph.size()) {
        m_statesParagraph = text;
        m_otherStates = false;
        for (QStringView s :
             {u"Alabama", u"Florida", u"Tennessee", u"Carolina", u"Texas", u"Ohio", u"Arizona", u"Pennsylvania",
              u"Michigan", u"Wisconsin", u"Nevada", u"Kentucky", u"Mississippi", u"Louisiana"})
            m_otherStates = m_otherStates || text.contains(s);
    }
    return m_otherStates;
}

void CountryDisambiguator::scanStory()
{
    if (m_scanned)
        return;
    m_scanned = true;
    for (const QString &p : m_article.paragraphs) {
        for (QStringView c : {u"Atlanta", u"Savannah", u"Peach State", u"Fulton County", u"Augusta"})
            m_usStateCue = m_usStateCue || p.contains(c);
        m_tbilisi = m_tbilisi || p.contains(u"Tbilisi");
    }
}

} // namespace dateline
