#include "extract/countries/ambassadorextractor.h"

#include "extract/countries/countrygazetteer.h"
#include "extract/countries/diplomaticrolefinder.h"
#include "extract/countries/wordtokenizer.h"
#include "extract/statements/wordlist.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <cstdlib>

namespace dateline {

namespace {

// How far, in tokens, context is looked for around a title. News sentences
// are shorter; the bound keeps a hostile one-sentence megabyte linear.
constexpr int contextWindow = 60;
// The longest list of countries read before or after a title.
constexpr int listWindow = 200;

// One paragraph's tokens with its country mentions indexed by token.
struct Paragraph
{
    QStringView text;
    QList<WordToken> tokens;
    QList<CountryMention> mentions;
    QHash<int, int> startingAt; // first token -> mention
    QHash<int, int> endingAt; // last token -> mention
    QHash<int, int> lastTokenOf; // mention -> one past its last token

    QStringView word(int i) const
    {
        if (i < 0 || i >= tokens.size())
            return {};
        return text.sliced(tokens.at(i).start, tokens.at(i).end - tokens.at(i).start);
    }
    bool isWord(int i) const { return i >= 0 && i < tokens.size() && tokens.at(i).word; }
    bool wordIs(int i, QStringView w) const { return isWord(i) && WordList::sameWord(word(i), w); }
    bool punctIs(int i, QChar c) const
    {
        return i >= 0 && i < tokens.size() && !tokens.at(i).word
            && WordTokenizer::foldPunctuation(text.at(tokens.at(i).start)) == c;
    }
    // "," or "and" between the items of a list.
    bool isListSeparator(int i) const { return punctIs(i, u',') || wordIs(i, u"and"); }
    bool sameSentence(int a, int b) const
    {
        return a >= 0 && b >= 0 && a < tokens.size() && b < tokens.size()
            && tokens.at(a).sentence == tokens.at(b).sentence;
    }
};

int tokenStartingAt(const QList<WordToken> &tokens, int offset)
{
    const auto it
        = std::lower_bound(tokens.begin(), tokens.end(), offset, [](const WordToken &t, int o) { return t.start < o; });
    return it != tokens.end() && it->start == offset ? int(it - tokens.begin()) : -1;
}

Paragraph paragraphOf(const QString &text, const QList<WordToken> &tokens, const QList<CountryMention> &mentions)
{
    Paragraph p;
    p.text = text;
    p.tokens = tokens;
    for (const CountryMention &m : mentions) {
        const int first = tokenStartingAt(p.tokens, m.start);
        if (first < 0)
            continue;
        int last = first;
        while (last < p.tokens.size() && p.tokens.at(last).end <= m.end)
            ++last;
        if (last == first)
            continue; // not on token boundaries: not from this paragraph's text
        const int k = int(p.mentions.size());
        p.mentions.append(m);
        p.startingAt.insert(first, k);
        p.endingAt.insert(last - 1, k);
        p.lastTokenOf.insert(k, last);
    }
    return p;
}

// An organisation a diplomat can be accredited to, as the code used for host.
struct Organisation
{
    QString code;
    int last = 0;
};

Organisation organisationAt(const Paragraph &p, int i)
{
    struct Form
    {
        const char *code;
        std::initializer_list<QStringView> words;
    };
    static const Form forms[] = {
        {"UN", {u"United", u"Nations"}},
        {"UN", {u"UN"}},
        {"UN", {u"U", u".", u"N", u"."}},
        {"UN", {u"U", u".", u"N"}},
        {"EU", {u"European", u"Union"}},
        {"EU", {u"EU"}},
        {"NATO", {u"NATO"}},
        {"OSCE", {u"OSCE"}},
        {"AU", {u"African", u"Union"}},
        {"ASEAN", {u"ASEAN"}},
        {"IAEA", {u"IAEA"}},
        {"WTO", {u"WTO"}},
    };
    for (const Form &f : forms) {
        int k = i;
        bool ok = true;
        for (QStringView w : f.words) {
            if (k >= p.tokens.size() || p.word(k) != w) {
                ok = false;
                break;
            }
            ++k;
        }
        if (ok)
            return {QString::fromLatin1(f.code), k};
    }
    return {};
}

bool isPreModifier(QStringView w)
{
    static const WordList modifiers {
        u"new",       u"newly",        u"appointed", u"former",  u"outgoing",    u"incoming", u"then",    u"top",
        u"chief",     u"special",      u"senior",    u"deputy",  u"acting",      u"current",  u"interim", u"designate",
        u"permanent", u"presidential", u"resident",  u"non",     u"nonresident", u"de",       u"facto",   u"the",
        u"a",         u"an",           u"its",       u"their",   u"own",         u"ex",       u"first",   u"female",
        u"woman",     u"veteran",      u"longtime",  u"serving", u"previous",    u"sitting",  u"newest",  u"roving",
        u"peace",     u"nuclear",      u"trade",     u"climate"};
    return modifiers.contains(w);
}

struct Resolved
{
    QList<int> sending; // mention indices in the paragraph
    QString host;
    int hostLast = -1; // one past the host's last token
    QString name;
    int nameLast = -1;
    int phraseFirst = 0;
    int phraseLast = 0;
    bool noHost = false; // a special envoy or an envoy "for" a cause has no host state
    bool special = false; // "special envoy": often a post of the UN or another body
};

// Countries written before the title: "South Korea's new ambassador", "the
// French, German and Italian envoys", "US Ambassador".
QList<int> sendersBefore(const Paragraph &p, const DiplomaticRole &role, bool &special, bool &own, int &phraseFirst,
                         QString &hostBefore)
{
    const int first = role.first;
    QList<int> out;
    int i = first - 1;
    while (i >= 0 && i >= first - listWindow && p.sameSentence(i, first)) {
        // "Russia's U.N. ambassador", "the EU ambassador": the body the
        // envoy is accredited to, written before the title.
        if (hostBefore.isEmpty() && out.isEmpty() && !p.punctIs(i + 1, u'\'')) {
            int orgFirst = -1;
            for (int j = i; j >= 0 && j > i - 4 && orgFirst < 0; --j) {
                const Organisation o = organisationAt(p, j);
                if (!o.code.isEmpty() && o.last == i + 1) {
                    hostBefore = o.code;
                    orgFirst = j;
                }
            }
            if (orgFirst >= 0) {
                phraseFirst = p.tokens.at(orgFirst).start;
                i = orgFirst - 1;
                continue;
            }
        }
        const QStringView w = p.word(i);
        if (p.endingAt.contains(i)) {
            const int k = p.endingAt.value(i);
            out.prepend(k);
            phraseFirst = p.mentions.at(k).start;
            i = tokenStartingAt(p.tokens, p.mentions.at(k).start) - 1;
            // Coordination: "French, German and Italian".
            // Only plural titles are shared ("French and German ambassadors");
            // in "to Türkiye and Ukraine's ambassador" Türkiye hosts another.
            const int before = i;
            while (p.isListSeparator(i) && i > first - listWindow)
                --i;
            if (role.plural && i < before && i >= 0 && p.endingAt.contains(i)) {
                const int start = tokenStartingAt(p.tokens, p.mentions.at(p.endingAt.value(i)).start);
                const int prep = p.wordIs(start - 1, u"the") ? start - 2 : start - 1;
                if (!(p.wordIs(prep, u"to") || p.wordIs(prep, u"in") || p.wordIs(prep, u"at") || p.wordIs(prep, u"of")
                      || p.wordIs(prep, u"from")))
                    continue;
            }
            break;
        }
        if (!p.isWord(i)) {
            if (!p.punctIs(i, u'-'))
                break;
        } else if (w == u"s" && p.punctIs(i - 1, u'\'')) {
            --i; // possessive
        } else if (WordList::sameWord(w, u"whose")) {
            // "Japan, whose ambassador in Beijing was summoned"
            int k = i - 1;
            if (p.punctIs(k, u','))
                --k;
            if (p.endingAt.contains(k)) {
                out << p.endingAt.value(k);
                phraseFirst = p.mentions.at(p.endingAt.value(k)).start;
            }
            break;
        } else if (isPreModifier(w)) {
            if (WordList::sameWord(w, u"special"))
                special = true;
            if (WordList::sameWord(w, u"its") || WordList::sameWord(w, u"their"))
                own = true;
        } else {
            break;
        }
        --i;
    }
    return out;
}

// Countries after the title: "the envoys of France, Italy and Pakistan".
QList<int> sendersAfter(const Paragraph &p, int &i)
{
    QList<int> out;
    if (!p.wordIs(i, u"of") && !p.wordIs(i, u"from") && !p.wordIs(i, u"including"))
        return out;
    int k = i + 1;
    const int limit = i + listWindow;
    while (k < p.tokens.size() && k < limit) {
        if (p.wordIs(k, u"the"))
            ++k;
        if (!p.startingAt.contains(k))
            break;
        const int m = p.startingAt.value(k);
        out.append(m);
        k = p.lastTokenOf.value(m);
        i = k;
        int j = k;
        bool separated = false;
        while (p.isListSeparator(j) && j < limit) {
            ++j;
            separated = true;
        }
        if (!separated)
            break;
        k = j;
    }
    return out;
}

// "to Russia", "in Ankara", "at the UN", right after the title.
bool hostAfter(const Paragraph &p, int i, Resolved &r, bool fromIsHost = false)
{
    if (!(p.wordIs(i, u"to") || p.wordIs(i, u"in") || p.wordIs(i, u"at") || (fromIsHost && p.wordIs(i, u"from"))))
        return false;
    int k = i + 1;
    if (p.wordIs(k, u"the"))
        ++k;
    if (p.startingAt.contains(k)) {
        const int m = p.startingAt.value(k);
        if (p.mentions.at(m).kind == CountryMentionKind::Demonym)
            return false;
        r.host = p.mentions.at(m).code;
        r.hostLast = p.lastTokenOf.value(m);
        return true;
    }
    if (p.wordIs(i, u"in"))
        return false; // "in the UN" is no accreditation
    const Organisation o = organisationAt(p, k);
    if (o.code.isEmpty())
        return false;
    r.host = o.code;
    r.hostLast = o.last;
    return true;
}

// "Tom Barrack" in "US Ambassador to Türkiye Tom Barrack".
void nameAfter(const Paragraph &p, int i, bool titleCase, Resolved &r)
{
    // In apposition: "the new Chinese ambassador, Zhang Hanhui, said".
    const bool apposition = p.punctIs(i, u',');
    if (apposition)
        ++i;
    int k = i;
    int words = 0;
    while (k < p.tokens.size() && words < 4 && p.sameSentence(k, i) && !p.startingAt.contains(k)) {
        const QStringView w = p.word(k);
        if (!p.isWord(k) || !WordTokenizer::startsUpper(w) || !organisationAt(p, k).code.isEmpty())
            break;
        ++words;
        ++k;
        // An initial: "John F. Kennedy".
        if (w.size() == 1 && p.punctIs(k, u'.'))
            ++k;
    }
    const bool closed = k >= p.tokens.size() || p.punctIs(k, u',') || p.punctIs(k, u'.') || !p.sameSentence(k, i);
    if (apposition ? words >= 2 && closed : words >= 2 || (words == 1 && titleCase)) {
        r.name = p.text.sliced(p.tokens.at(i).start, p.tokens.at(k - 1).end - p.tokens.at(i).start).toString();
        r.nameLast = k;
    }
}

// "Eleanor Marsh, Britain's ambassador to Japan": the name set off before
// the phrase, two to four capitalised words that are not a country.
void nameBefore(const Paragraph &p, int phraseToken, Resolved &r)
{
    const int comma = phraseToken - 1;
    if (phraseToken <= 0 || !p.punctIs(comma, u','))
        return;
    int k = comma;
    int words = 0;
    while (k - 1 >= 0 && words < 5 && p.sameSentence(k - 1, comma) && p.isWord(k - 1)
           && WordTokenizer::startsUpper(p.word(k - 1)) && !p.endingAt.contains(k - 1)
           && organisationAt(p, k - 1).code.isEmpty()) {
        --k;
        ++words;
    }
    // The run must be all that stands there: the sentence's start, or after
    // a verb or a comma ("said Eleanor Marsh, ..."), not a longer phrase.
    const bool bounded
        = k == 0 || !p.sameSentence(k - 1, comma) || !p.isWord(k - 1) || !WordTokenizer::startsUpper(p.word(k - 1));
    if (words < 2 || words > 4 || !bounded)
        return;
    static const QStringView notNames[] = {u"The", u"A", u"An", u"In", u"On", u"At", u"But", u"And", u"Meanwhile"};
    for (QStringView n : notNames) {
        if (p.word(k) == n)
            return;
    }
    r.name = p.text.sliced(p.tokens.at(k).start, p.tokens.at(comma - 1).end - p.tokens.at(k).start).toString();
}

// "The Kazakh Embassy in Ankara said ... Ambassador Yerlan Abenov": a title
// with no country of its own is the envoy of the embassy named before it in
// the sentence, hosted where that embassy is.
QList<int> embassyBefore(const Paragraph &p, int first, Resolved &r)
{
    for (int i = first - 1; i > 0 && i >= first - contextWindow && p.sameSentence(i, first); --i) {
        if (!p.wordIs(i, u"embassy"))
            continue;
        int k = i - 1;
        if (p.wordIs(k, u"s") && p.punctIs(k - 1, u'\''))
            k -= 2; // "Kazakhstan's embassy"
        if (!p.endingAt.contains(k))
            return {};
        Resolved at;
        if (hostAfter(p, i + 1, at) && r.host.isEmpty())
            r.host = at.host;
        return {p.endingAt.value(k)};
    }
    return {};
}

// A place in the same sentence: "ambassadors ... in the Kremlin", "Speaking in Ankara".
QString placeInSentence(const Paragraph &p, const DiplomaticRole &role, const QList<int> &sending)
{
    QStringList sendingCodes;
    for (int k : sending)
        sendingCodes << p.mentions.at(k).code;
    QString best;
    int bestDistance = INT_MAX;
    const int from = std::max(0, role.first - contextWindow);
    const int to = std::min(int(p.tokens.size()), role.last + contextWindow);
    for (int t = from; t < to; ++t) {
        if (!p.startingAt.contains(t))
            continue;
        const CountryMention &m = p.mentions.at(p.startingAt.value(t));
        if (!p.sameSentence(t, role.first) || sendingCodes.contains(m.code) || m.kind == CountryMentionKind::Demonym)
            continue;
        int prep = t - 1;
        if (p.wordIs(prep, u"the"))
            --prep;
        if (!(p.wordIs(prep, u"in") || p.wordIs(prep, u"at")))
            continue;
        // "the Turkish embassy in Stockholm" places an embassy, not this envoy.
        if (p.wordIs(prep - 1, u"embassy") || p.wordIs(prep - 1, u"consulate") || p.wordIs(prep - 1, u"mission"))
            continue;
        const int distance = std::abs(t - role.first);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = m.code;
        }
    }
    return best;
}

// The nearest country named (not a demonym) before the title in its sentence.
// With the countries coordinated with it: "Britain and France recalled their
// ambassadors" gives both.
QList<int> subjectBefore(const Paragraph &p, int first)
{
    QList<int> out;
    int i = first - 1;
    while (i >= 0 && i >= first - contextWindow && p.sameSentence(i, first)
           && !(p.endingAt.contains(i) && p.mentions.at(p.endingAt.value(i)).kind != CountryMentionKind::Demonym))
        --i;
    while (i >= 0 && i >= first - listWindow && p.endingAt.contains(i)) {
        const int k = p.endingAt.value(i);
        out.prepend(k);
        i = tokenStartingAt(p.tokens, p.mentions.at(k).start) - 1;
        if (!p.isListSeparator(i))
            break;
        while (p.isListSeparator(i) && i > first - listWindow)
            --i;
    }
    return out;
}

// "China abstained. Its envoy, Geng Weimin, said ...": the first country
// the paragraph's previous sentence names, when it opens that sentence.
QList<int> subjectOfSentenceBefore(const Paragraph &p, int first)
{
    // Bounded both ways: a hostile paragraph of one endless sentence full of
    // titles must stay linear.
    int i = first - 1;
    while (i >= 0 && i > first - contextWindow && p.sameSentence(i, first))
        --i;
    if (i < 0 || p.sameSentence(i, first))
        return {};
    int start = i;
    while (start > 0 && start > i - contextWindow && p.sameSentence(start - 1, i))
        --start;
    if (start > 0 && p.sameSentence(start - 1, i))
        return {};
    if (p.wordIs(start, u"the"))
        ++start;
    if (!p.startingAt.contains(start))
        return {};
    const int k = p.startingAt.value(start);
    if (p.mentions.at(k).kind == CountryMentionKind::Demonym)
        return {};
    return {k};
}

// The state that acts on a foreign envoy in the sentence: "Türkiye's foreign
// ministry summoned Sweden's ambassador", "Ankara expelled the envoy".
QString summonerBefore(const Paragraph &p, int first, const QStringList &sendingCodes)
{
    bool verb = false;
    for (int i = first - 1; i >= 0 && i >= first - contextWindow && p.sameSentence(i, first); --i) {
        static const WordList actions {u"summoned",   u"summons",  u"summoning", u"expelled", u"expels",
                                       u"expelling",  u"received", u"receives",  u"welcomed", u"welcomes",
                                       u"accredited", u"hosted",   u"declared",  u"called"};
        if (p.isWord(i) && actions.contains(p.word(i)))
            verb = true;
        if (!verb || !p.endingAt.contains(i))
            continue;
        const CountryMention &m = p.mentions.at(p.endingAt.value(i));
        if (m.kind != CountryMentionKind::Demonym && !sendingCodes.contains(m.code))
            return m.code;
    }
    return {};
}

// Countries named before the title in its sentence, nearest first, that do
// not send it: "Turkey summoned the Swedish ambassador".
QStringList subjectsBefore(const Paragraph &p, int first, const QList<int> &sending)
{
    QStringList out;
    for (int i = first - 1; i >= 0 && i >= first - contextWindow && p.sameSentence(i, first); --i) {
        if (!p.endingAt.contains(i))
            continue;
        const int k = p.endingAt.value(i);
        const CountryMention &m = p.mentions.at(k);
        if (!sending.contains(k) && m.kind != CountryMentionKind::Demonym)
            out << m.code;
    }
    return out;
}

// Compares mention indices with paragraph numbers for std::equal_range.
struct ParagraphOrder
{
    const QList<CountryMention> &countries;
    bool operator()(qsizetype index, int paragraph) const { return countries.at(index).paragraph < paragraph; }
    bool operator()(int paragraph, qsizetype index) const { return paragraph < countries.at(index).paragraph; }
};

// One title and what its paragraph says about it.
struct Occurrence
{
    QStringList senders;
    QStringList subjects;
    QString host;
    bool noHost = false;
    bool special = false;
    bool plural = false;
    QString summoner;
    AmbassadorMention mention; // country and host still to fill in
};

// Reads one title in its paragraph: who sends it, where to, and who it is.
Occurrence resolve(const Paragraph &p, const DiplomaticRole &role, int paragraph)
{
    Resolved r;
    bool special = false;
    r.phraseFirst = p.tokens.at(role.first).start;
    bool own = false;
    QString hostBefore;
    r.sending = sendersBefore(p, role, special, own, r.phraseFirst, hostBefore);
    int i = role.last;
    if (r.sending.isEmpty() && own) {
        // "Sweden recalled its ambassador from Iran": the subject
        // sends, and "from" names the host.
        r.sending = subjectBefore(p, role.first);
        if (r.sending.isEmpty())
            r.sending = subjectOfSentenceBefore(p, role.first);
    }
    const bool fromIsHost = !r.sending.isEmpty() && own;
    if (!fromIsHost) {
        const QList<int> after = sendersAfter(p, i);
        if (r.sending.isEmpty())
            r.sending = after;
    }
    // "20 new ambassadors, including those of Mongolia and Vietnam"
    for (int k = i;
         r.sending.isEmpty() && k + 1 < p.tokens.size() && k < i + contextWindow && p.sameSentence(k, role.first);
         ++k) {
        if (p.wordIs(k, u"those") && p.wordIs(k + 1, u"of")) {
            int at = k + 1;
            r.sending = sendersAfter(p, at);
        } else if (role.plural && p.wordIs(k, u"including")) {
            // "the ambassadors of several EU states, including Germany and Spain"
            int at = k;
            r.sending = sendersAfter(p, at);
        }
    }
    if (r.sending.isEmpty() && !role.plural)
        r.sending = embassyBefore(p, role.first, r);
    r.special = special;
    r.noHost = special || p.wordIs(i, u"for");
    if (!hostAfter(p, i, r, fromIsHost)) {
        // "accredited to X" further on in the sentence.
        for (int k = i; k + 1 < p.tokens.size() && k < i + contextWindow && p.sameSentence(k, role.first); ++k) {
            if (p.wordIs(k, u"accredited") && hostAfter(p, k + 1, r))
                break;
        }
    }
    if (r.host.isEmpty() && !hostBefore.isEmpty())
        r.host = hostBefore;
    nameAfter(p, r.hostLast >= 0 && r.hostLast > i ? r.hostLast : i, role.titleCase, r);
    if (r.name.isEmpty())
        nameBefore(p, tokenStartingAt(p.tokens, r.phraseFirst), r);
    r.phraseLast = p.tokens.at(std::max({role.last, i, r.hostLast, r.nameLast}) - 1).end;
    if (r.host.isEmpty())
        r.host = placeInSentence(p, role, r.sending);

    Occurrence o;
    for (int k : r.sending)
        o.senders << p.mentions.at(k).code;
    if (o.senders.isEmpty() && role.role == u"nuncio")
        o.senders << QStringLiteral("VA"); // the Holy See's ambassador
    o.subjects = subjectsBefore(p, role.first, r.sending);
    o.summoner = summonerBefore(p, role.first, o.senders);
    o.host = r.host;
    o.noHost = r.noHost;
    o.special = r.special;
    o.plural = role.plural;
    o.mention.name = r.name;
    o.mention.role = role.role;
    o.mention.paragraph = paragraph;
    o.mention.start = r.phraseFirst;
    o.mention.end = r.phraseLast;
    o.mention.text = p.text.sliced(r.phraseFirst, r.phraseLast - r.phraseFirst).toString();
    return o;
}

// The host of one sender's envoy, from the closest evidence: the title's own
// phrase or sentence, a state acting on the envoy, the host other titles in
// the story name, a country the sentence is about, then the dateline.
QString hostOf(const QList<Occurrence> &occurrences, const QList<qsizetype> &withHost, qsizetype index,
               const QString &sender, const QString &datelineCode)
{
    const Occurrence &o = occurrences.at(index);
    if (o.host != sender && !o.host.isEmpty())
        return o.host;
    if (o.noHost)
        return {};
    if (!o.summoner.isEmpty() && o.summoner != sender)
        return o.summoner;
    // The host most titles in the story name (the ceremony's country), the
    // nearest one breaking ties.
    QHash<QString, int> votes;
    for (qsizetype k : withHost) {
        if (occurrences.at(k).host != sender)
            ++votes[occurrences.at(k).host];
    }
    QString best;
    qsizetype bestDistance = 0;
    for (qsizetype k : withHost) {
        const QString &host = occurrences.at(k).host;
        if (host == sender)
            continue;
        const qsizetype distance = k < index ? index - k : k - index + occurrences.size(); // before wins over after
        if (best.isEmpty() || votes.value(host) > votes.value(best)
            || (votes.value(host) == votes.value(best) && distance < bestDistance)) {
            best = host;
            bestDistance = distance;
        }
    }
    if (!best.isEmpty())
        return best;
    for (const QString &subject : o.subjects) {
        if (subject != sender)
            return subject;
    }
    return datelineCode != sender ? datelineCode : QString();
}

} // namespace

QList<AmbassadorMention> AmbassadorExtractor::extract(const Article &article, const QList<CountryMention> &countries)
{
    return extract(article, countries, WordTokenizer::tokenize(article.paragraphs));
}

QList<AmbassadorMention> AmbassadorExtractor::extract(const Article &article, const QList<CountryMention> &countries,
                                                      const QList<QList<WordToken>> &tokens)
{
    // Mentions by paragraph, looked up only for the few paragraphs with a title.
    QList<qsizetype> order(countries.size());
    for (qsizetype k = 0; k < order.size(); ++k)
        order[k] = k;
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return countries.at(a).paragraph < countries.at(b).paragraph; });
    auto mentionsIn = [&](int paragraph) {
        const auto range = std::equal_range(order.cbegin(), order.cend(), paragraph, ParagraphOrder {countries});
        QList<CountryMention> out;
        for (auto it = range.first; it != range.second; ++it)
            out.append(countries.at(*it));
        return out;
    };

    QList<Occurrence> occurrences;
    for (int pi = 0; pi < article.paragraphs.size(); ++pi) {
        // Most paragraphs hold no title: look for one before indexing mentions.
        const QString &text = article.paragraphs.at(pi);
        const QList<DiplomaticRole> roles = DiplomaticRoleFinder::find(text, tokens.at(pi));
        if (roles.isEmpty())
            continue;
        const Paragraph p = paragraphOf(text, tokens.at(pi), mentionsIn(pi));
        for (const DiplomaticRole &role : roles)
            occurrences.append(resolve(p, role, pi));
    }

    const CountryGazetteer &gazetteer = CountryGazetteer::instance();
    const QString datelineCode = gazetteer.placeCode(article.dateline);
    // Titles that name their host, in story order, for the ones that do not.
    QList<qsizetype> withHost;
    for (qsizetype oi = 0; oi < occurrences.size(); ++oi) {
        if (!occurrences.at(oi).host.isEmpty())
            withHost.append(oi);
    }
    QList<AmbassadorMention> out;
    out.reserve(occurrences.size());
    for (qsizetype oi = 0; oi < occurrences.size(); ++oi) {
        const Occurrence &o = occurrences.at(oi);
        QStringList senders = o.senders;
        // "the envoy to Japan" under a WASHINGTON dateline is the home
        // country's envoy; "ambassadors to Russia" are many states' and stay
        // unnamed, and so does "the special envoy to Yemen", as special
        // envoys are as often the UN's as a state's.
        if (senders.isEmpty() && !o.plural && !o.special && !o.host.isEmpty() && !datelineCode.isEmpty()
            && datelineCode != o.host)
            senders << datelineCode;
        for (const QString &sender : senders) {
            AmbassadorMention m = o.mention;
            m.country = sender;
            m.host = hostOf(occurrences, withHost, oi, sender, datelineCode);
            out.append(m);
        }
    }
    return out;
}

} // namespace dateline
