#include "extract/countries/countrydisambiguator.h"

#include "extract/countries/wordtokenizer.h"

namespace dateline {

namespace {

QStringView wordAt(QStringView text, const QList<Token> &tokens, int i)
{
    if (i < 0 || i >= tokens.size() || !tokens.at(i).word)
        return {};
    return text.sliced(tokens.at(i).start, tokens.at(i).end - tokens.at(i).start);
}

bool isOneOf(QStringView word, std::initializer_list<const char *> list)
{
    for (const char *w : list) {
        if (word == QLatin1StringView(w))
            return true;
    }
    return false;
}

// Capitalised words that start sentences or clauses rather than names.
bool isFunctionWord(QStringView w)
{
    return isOneOf(
        w, {"The",       "In",       "At",      "On",        "From",     "To",      "For",       "And",       "But",
            "Or",        "With",     "By",      "Of",        "As",       "After",   "Before",    "When",      "While",
            "Since",     "Under",    "Over",    "Both",      "Between",  "Against", "Meanwhile", "Yet",       "So",
            "If",        "Although", "Though",  "Then",      "Also",     "Like",    "Unlike",    "Across",    "Into",
            "Including", "Near",     "Outside", "Inside",    "Via",      "Without", "Within",    "Why",       "How",
            "What",      "Where",    "Whether", "That",      "This",     "These",   "Those",     "Today",     "Now",
            "Once",      "Only",     "Even",    "Still",     "Here",     "There",   "Thus",      "Hence",     "Neither",
            "Nor",       "Monday",   "Tuesday", "Wednesday", "Thursday", "Friday",  "Saturday",  "Sunday",    "January",
            "February",  "March",    "April",   "May",       "June",     "July",    "August",    "September", "October",
            "November",  "December", "Did",     "Does",      "Do",       "Will",    "Would",     "Can",       "Could",
            "Should",    "Has",      "Have",    "Had",       "Is",       "Was",     "Are",       "Were",      "Let",
            "Not",       "Every",    "All",     "Each",      "Many",     "Some",    "Most",      "Whereas",   "Because",
            "Until",     "Upon",     "Toward",  "Towards"});
}

bool isReportingVerb(QStringView w)
{
    return isOneOf(w,
                   {"said", "says", "told", "tells", "added", "wrote", "writes", "scored", "scores", "tweeted",
                    "posted", "recalled", "explained", "laughed", "smiled", "played", "plays", "sang"});
}

} // namespace

bool CountryDisambiguator::isCountry(QStringView text, const QList<Token> &tokens, const CountryMatcher::Match &match,
                                     const GazetteerEntry &entry)
{
    if ((entry.flags & (GazetteerEntry::PersonFirst | GazetteerEntry::PersonLast))
        && looksLikePerson(text, tokens, match, entry))
        return false;
    if ((entry.flags & GazetteerEntry::UsState) && looksLikeUsState(text, tokens, match, entry))
        return false;
    return true;
}

bool CountryDisambiguator::looksLikePerson(QStringView text, const QList<Token> &tokens,
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

bool CountryDisambiguator::looksLikeUsState(QStringView text, const QList<Token> &tokens,
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
                {"state", "governor", "Governor", "Gov", "Senate", "senator", "Senator", "Bulldogs", "Democrats",
                 "Republicans", "Democrat", "Republican", "county", "County"}))
        return true;
    if (entry.kind == CountryMentionKind::Capital)
        return false; // Washington the capital is not decided by the story's other places
    if (usStateStory())
        return true;
    // Other US states in the same paragraph.
    for (const char *s : {"Alabama", "Florida", "Tennessee", "Carolina", "Texas", "Ohio", "Arizona", "Pennsylvania",
                          "Michigan", "Wisconsin", "Nevada", "Kentucky", "Mississippi", "Louisiana"}) {
        if (text.contains(QLatin1StringView(s)))
            return !m_article.plainText().contains(QLatin1StringView("Tbilisi"));
    }
    return false;
}

bool CountryDisambiguator::usStateStory()
{
    if (!m_usStateStory) {
        bool cue = false;
        bool tbilisi = false;
        for (const QString &p : m_article.paragraphs) {
            for (const char *c : {"Atlanta", "Savannah", "Peach State", "Fulton County", "Augusta"})
                cue = cue || p.contains(QLatin1StringView(c));
            tbilisi = tbilisi || p.contains(QLatin1StringView("Tbilisi"));
        }
        m_usStateStory = cue && !tbilisi;
    }
    return *m_usStateStory;
}

} // namespace dateline
