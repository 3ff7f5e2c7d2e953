#include "extract/statements/mentionfinder.h"

#include "extract/countries/countrygazetteer.h"
#include "extract/statements/lexicon.h"
#include "extract/statements/wordlist.h"

namespace dateline {

namespace {

constexpr int kMaxRun = 9;
constexpr int kMaxAppositive = 12;
// ", speaking at a press conference in Ankara with his counterpart,"
constexpr int kMaxInsertion = 24;
constexpr int kMaxNameWords = 4;
// Phrases nest (appositives, "X in Y"); a few levels cover real prose.
constexpr int kMaxDepth = 4;

bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'\u2019';
}

// Russia's, Russia’s, allies' (checked for most words of every phrase).
bool isPossessive(QStringView w)
{
    const qsizetype n = w.size();
    if (n <= 2)
        return false;
    const char16_t a = w.utf16()[n - 2];
    const char16_t b = w.utf16()[n - 1];
    return (isApostrophe(a) && b == u's') || (a == u's' && isApostrophe(b));
}

bool isAcronym(QStringView w)
{
    if (w.size() < 2)
        return false;
    for (QChar c : w) {
        if (c.isLetter() && !c.isUpper())
            return false;
    }
    return true;
}

} // namespace

bool MentionFinder::isDocument(QStringView head)
{
    return head == u"statement" || head == u"communique" || head == u"readout";
}

MentionFinder::MentionFinder(QStringView text, const std::vector<Token> &tokens)
    : m_text(text)
    , m_tokens(tokens)
{
}

QStringView MentionFinder::word(int i) const
{
    if (i < 0 || i >= int(m_tokens.size()))
        return {};
    const Token &t = m_tokens[size_t(i)];
    return m_text.sliced(t.start, t.end - t.start);
}

bool MentionFinder::isWord(int i, QStringView w) const
{
    if (i < 0 || i >= int(m_tokens.size()))
        return false;
    const Token &t = m_tokens[size_t(i)];
    // Lengths differ for most words asked about: no string compare then.
    return t.kind == Token::Word && t.end - t.start == w.size() && WordList::sameWord(word(i), w);
}

bool MentionFinder::isPunct(int i, char16_t c) const
{
    return i >= 0 && i < int(m_tokens.size()) && m_tokens[size_t(i)].kind == Token::Punct
        && m_tokens[size_t(i)].ch == c;
}

quint32 MentionFinder::flags(int i) const
{
    return i >= 0 && i < int(m_tokens.size()) ? m_tokens[size_t(i)].flags : 0;
}

QString MentionFinder::joined(int first, int last) const
{
    const int s = m_tokens[size_t(first)].start;
    const QStringView run = m_text.sliced(s, m_tokens[size_t(last)].end - s);
    for (qsizetype i = 0; i < run.size(); ++i) {
        if (run[i].isSpace() && (run[i] != u' ' || (i + 1 < run.size() && run[i + 1].isSpace())))
            return run.toString().simplified();
    }
    return run.toString();
}

bool MentionFinder::isPersonPlural(int i) const
{
    if (i < 0 || i >= int(m_tokens.size()) || m_tokens[size_t(i)].kind != Token::Word)
        return false;
    const quint32 f = m_tokens[size_t(i)].flags;
    if (f
        & (Lexicon::Function | Lexicon::Determiner | Lexicon::Pronoun | Lexicon::AnyVerb | Lexicon::Time
           | Lexicon::Title | Lexicon::Organisation))
        return false;
    const QStringView w = word(i);
    if (w.size() < 5 || !w.endsWith(u's') || isPossessive(w))
        return false;
    if (f & Lexicon::PersonNoun)
        return true;
    // Agent nouns: traders, negotiators, protesters, economists, farmers.
    static const QStringView suffixes[] = {u"ers", u"ors", u"ists", u"ians", u"ants", u"ents", u"ats", u"ees"};
    for (QStringView suffix : suffixes) {
        if (w.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Mention MentionFinder::pluralSubject(int first, int ceiling) const
{
    ceiling = std::min(ceiling, int(m_tokens.size()));
    int i = first;
    bool definite = false;
    if (i < ceiling && has(i, Lexicon::Determiner)) {
        definite = isWord(i, u"the");
        ++i;
    }
    if (i >= ceiling || !isPersonPlural(i))
        return {};
    // Capitalised only as the sentence's first word: "Traders", not "Rangers".
    if (m_tokens[size_t(i)].upper && i != first)
        return {};
    // What follows is the predicate or a place: "said", "in Mandera".
    static const WordList next {u"in",      u"from", u"at",       u"of",     u"across", u"near",   u"on",   u"along",
                                u"outside", u"said", u"say",      u"says",   u"told",   u"warned", u"were", u"are",
                                u"had",     u"have", u"welcomed", u"called", u"urged",  u"added"};
    if (i + 1 >= ceiling || m_tokens[size_t(i + 1)].kind != Token::Word || !next.contains(word(i + 1)))
        return {};
    Mention m;
    m.kind = Mention::Description;
    m.first = first;
    m.last = m.tail = i;
    m.surface = joined(first, i);
    m.role = word(i).toString();
    m.head = WordList::lower(m.role);
    m.definite = definite;
    m.plural = true;
    return m;
}

bool MentionFinder::inRun(int i) const
{
    if (i < 0 || i >= int(m_tokens.size()))
        return false;
    const Token &t = m_tokens[size_t(i)];
    if (t.kind != Token::Word)
        return false;
    const QStringView w = word(i);
    if (t.upper)
        return true;
    if (w == u"of" || w == u"for")
        return i + 1 < int(m_tokens.size()) && m_tokens[size_t(i + 1)].upper && i > 0 && m_tokens[size_t(i - 1)].upper;
    return (t.flags
            & (Lexicon::Title | Lexicon::PersonNoun | Lexicon::Organisation | Lexicon::Modifier | Lexicon::Particle
               | Lexicon::Determiner))
        || isPossessive(w);
}

Mention MentionFinder::classify(int first, int last) const
{
    Mention m;
    bool definite = false;
    const int runStart = first;
    while (first <= last) {
        if (has(first, Lexicon::Determiner)) {
            definite = definite || WordList::sameWord(word(first), u"the");
            ++first;
            continue;
        }
        if (m_tokens[size_t(first)].upper && has(first, Lexicon::Function) && !has(first, Lexicon::Title)) {
            ++first;
            continue;
        }
        break;
    }
    if (first > last || isPossessive(word(last)))
        return m;

    // The name is the run of capitalised words after the last title word.
    int nameStart = last + 1;
    for (int i = last; i >= first; --i) {
        const QStringView w = word(i);
        const bool particle = i > first && i < last && has(i, Lexicon::Particle);
        if ((!m_tokens[size_t(i)].upper && !particle)
            || has(i, Lexicon::Title | Lexicon::Organisation | Lexicon::Function) || isPossessive(w)
            || w.contains(u'.'))
            break;
        nameStart = i;
    }
    const QStringView lastWord = word(last);
    m.first = runStart;
    m.last = m.tail = last;
    m.surface = joined(runStart, last);
    m.definite = definite;
    m.head = WordList::lower(lastWord);

    if (nameStart <= last) {
        if (nameStart == last && isAcronym(lastWord)) {
            m.kind = Mention::Organisation;
            m.name = joined(first, last);
            return m;
        }
        const int from = std::max(nameStart, last - kMaxNameWords + 1);
        m.kind = Mention::Person;
        m.name = joined(from, last);
        if (from > first)
            m.role = joined(first, from - 1);
        return m;
    }
    if (has(last, Lexicon::Organisation)) {
        m.kind = Mention::Organisation;
        m.name = joined(first, last);
        return m;
    }
    // "the president", and "Tkachenko's deputy": a lower-case title heads
    // a description too.
    if (has(last, Lexicon::PersonNoun) || (has(last, Lexicon::Title) && !m_tokens[size_t(last)].upper)) {
        m.kind = Mention::Description;
        m.role = joined(first, last);
        return m;
    }
    return Mention {};
}

Mention MentionFinder::endingAt(int last, int floor) const
{
    return backwards(last, floor, 0);
}

int MentionFinder::placePreposition(const Mention &m) const
{
    // "the embassy in Ankara", "ambassador to Lebanon": a bare capitalised
    // run right after a preposition names where, not who.
    static const WordList prepositions {u"in", u"at", u"to", u"of", u"for", u"from"};
    if (m.kind != Mention::Person || !m.role.isEmpty())
        return -1;
    int k = m.first - 1;
    if (isPunct(k, u',') && m.first == m.last) {
        // "in Savannah, Georgia": a town and its state or country. Only a
        // country or state name counts: in "Speaking in Ankara, Erdogan
        // said" the name after the comma is the speaker.
        const CountryGazetteer &gazetteer = CountryGazetteer::instance();
        const int entry = gazetteer.lookup(word(m.first));
        if (entry < 0 || gazetteer.entry(entry).blocks() || gazetteer.entry(entry).kind != CountryMentionKind::Name)
            return -1;
        int j = k - 1;
        while (j > 0 && k - j < kMaxNameWords && m_tokens[size_t(j - 1)].kind == Token::Word
               && m_tokens[size_t(j - 1)].upper)
            --j;
        if (j < 0 || m_tokens[size_t(j)].kind != Token::Word || !m_tokens[size_t(j)].upper)
            return -1;
        k = j - 1;
    }
    if (k >= 0 && m_tokens[size_t(k)].kind == Token::Word && !m_tokens[size_t(k)].upper
        && prepositions.contains(word(k)))
        return k;
    return -1;
}

Mention MentionFinder::coordinated(const Mention &m, int floor, int depth) const
{
    // "Egypt and Qatar said", "Poland and Germany said": two bare names
    // (countries, capitals) or bodies joined by "and" speak together.
    const bool bare = (m.kind == Mention::Person && m.role.isEmpty()) || m.kind == Mention::Organisation;
    if (!bare || !isWord(m.first - 1, u"and") || m.first - 2 <= floor || !m_tokens[size_t(m.first - 2)].upper)
        return m;
    const Mention left = backwards(m.first - 2, floor, depth + 1);
    const bool leftBare = (left.kind == Mention::Person && left.role.isEmpty() && left.tail == left.last)
        || (left.kind == Mention::Organisation && left.tail == left.last);
    if (!leftBare || left.plural)
        return m;
    Mention group;
    group.kind = Mention::Organisation;
    group.first = left.first;
    group.last = group.tail = m.tail;
    group.surface = joined(left.first, m.last);
    group.name = left.name + QStringLiteral(" and ") + m.name;
    group.head = QStringLiteral("and");
    group.plural = true;
    return group;
}

Mention MentionFinder::backwards(int last, int floor, int depth) const
{
    if (last <= floor || last >= int(m_tokens.size()) || depth > kMaxDepth)
        return {};
    // "Dmitry Peskov, the Kremlin spokesman, said": the appositive gives the role.
    if (isPunct(last, u',')) {
        int c0 = last - 1;
        while (c0 > floor && c0 > last - kMaxInsertion && m_tokens[size_t(c0)].kind == Token::Word)
            --c0;
        if (c0 <= floor || !isPunct(c0, u',') || c0 == last - 1)
            return {};
        Mention before = backwards(c0 - 1, floor, depth + 1);
        const Mention inner = classify(c0 + 1, last - 1);
        // "the Taliban authorities in Kabul, Abdul Qadir Noori, said": a
        // full name in the appositive is the one who speaks for the body.
        if (before.kind == Mention::Organisation && inner.kind == Mention::Person && inner.role.isEmpty()
            && inner.name.contains(u' ')) {
            Mention named = inner;
            named.role = before.name;
            named.first = before.first;
            named.tail = last;
            return named;
        }
        // "the ministry's spokeswoman, Maria Zakharova, said"
        if (before.kind == Mention::Description && inner.kind == Mention::Person) {
            Mention named = inner;
            if (named.role.isEmpty())
                named.role = before.role;
            named.first = before.first;
            named.tail = last;
            return named;
        }
        if (before.kind != Mention::Person && before.kind != Mention::Organisation)
            return {};
        if (inner.kind == Mention::Description && before.role.isEmpty())
            before.role = inner.role;
        before.tail = last;
        return before;
    }
    const Token &t = m_tokens[size_t(last)];
    if (t.kind != Token::Word)
        return {};
    const QStringView w = word(last);
    if (has(last, Lexicon::Pronoun)) {
        Mention m;
        m.kind = Mention::Pronoun;
        m.first = m.last = m.tail = last;
        m.surface = w.toString();
        m.head = WordList::lower(m.surface);
        return m;
    }
    if (!inRun(last) || has(last, Lexicon::Determiner)) {
        // "The negotiators said": a plural noun opening the sentence.
        // "Residents of the town said": the group and a place phrase.
        Mention group = pluralSubject(floor + 1, last + 2);
        if (!group.isValid() || last - group.last > kMaxRun)
            return {};
        for (int i = group.last + 1; i <= last; ++i) {
            if (m_tokens[size_t(i)].kind != Token::Word || has(i, Lexicon::AnyVerb | Lexicon::Pronoun))
                return {};
        }
        if (group.last < last && has(group.last + 1, Lexicon::AnyVerb))
            return {};
        group.tail = last;
        return group;
    }
    int first = last;
    while (first - 1 > floor && last - first + 1 < kMaxRun && inRun(first - 1)) {
        --first;
        if (has(first, Lexicon::Determiner))
            break;
    }
    const Mention m = classify(first, last);
    const int preposition = placePreposition(m);
    if (preposition < 0)
        return m.isValid() ? coordinated(m, floor, depth) : m;
    // The place belongs to the phrase before its preposition: "the Dutch
    // Embassy in Ankara said" is the embassy speaking.
    Mention host = backwards(preposition - 1, floor, depth + 1);
    if (!host.isValid()) {
        // "Rourke, a native of Savannah, Georgia, …": a short description
        // set off by a comma describes the name before it.
        int k = preposition - 1;
        while (k > floor && preposition - k <= 3 && m_tokens[size_t(k)].kind == Token::Word
               && !m_tokens[size_t(k)].upper)
            --k;
        if (k < preposition - 1 && k - 1 > floor && isPunct(k, u',')) {
            const Mention named = backwards(k - 1, floor, depth + 1);
            if (named.kind == Mention::Person && named.tail == named.last)
                host = named;
        }
    }
    if (host.kind == Mention::Pronoun || !host.isValid()) {
        // "Traders in the border town of Mandera said": the people the
        // sentence opens with speak, not the place.
        Mention group = pluralSubject(floor + 1, last);
        if (group.isValid())
            group.tail = last;
        return group;
    }
    host.tail = last;
    return host;
}

Mention MentionFinder::startingAt(int first, int ceiling) const
{
    ceiling = std::min(ceiling, int(m_tokens.size()));
    if (first < 0 || first >= ceiling || m_tokens[size_t(first)].kind != Token::Word)
        return {};
    const QStringView w = word(first);
    if (has(first, Lexicon::Pronoun)) {
        Mention m;
        m.kind = Mention::Pronoun;
        m.first = m.last = m.tail = first;
        m.surface = w.toString();
        m.head = WordList::lower(m.surface);
        return m;
    }
    int end = first;
    while (end < ceiling && end - first < kMaxRun && inRun(end) && !(end > first && has(end, Lexicon::Determiner)))
        ++end;
    if (end == first)
        return {};
    // The longest prefix that reads as a speaker ("Putin during" → "Putin").
    Mention m;
    for (int last = end - 1; last >= first && !m.isValid(); --last)
        m = classify(first, last);
    // "a statement from the foreign ministry": the body that issued it speaks.
    if (m.kind == Mention::Organisation && isDocument(m.head)
        && (isWord(m.last + 1, u"from") || isWord(m.last + 1, u"by"))) {
        Mention issuer = startingAt(m.last + 2, ceiling);
        if ((issuer.kind == Mention::Organisation && !isDocument(issuer.head)) || issuer.kind == Mention::Person) {
            issuer.first = m.first;
            return issuer;
        }
    }
    if (m.kind == Mention::Person && m.role.isEmpty() && isPunct(m.last + 1, u',')) {
        int e = m.last + 2;
        while (e < ceiling && e - m.last < kMaxAppositive && inRun(e))
            ++e;
        const Mention inner = e > m.last + 2 ? classify(m.last + 2, e - 1) : Mention {};
        if (inner.kind == Mention::Description) {
            m.role = inner.role;
            m.tail = e - 1;
        }
    }
    // "U.S. Ambassador to the U.N. Linda Harwell", "the UK's ambassador to
    // the UN, Eleanor Marsh,": the post ("to the UN") comes between the
    // description and the name.
    if (m.kind == Mention::Description && (isWord(m.last + 1, u"to") || isWord(m.last + 1, u"in"))) {
        int k = m.last + 2;
        if (isWord(k, u"the"))
            ++k;
        int e = k;
        while (e < ceiling && e - k < kMaxRun && m_tokens[size_t(e)].kind == Token::Word && m_tokens[size_t(e)].upper
               && !has(e, Lexicon::Function))
            ++e;
        Mention named;
        int tail = -1;
        if (e > k && isPunct(e, u',')) {
            int n = e + 1;
            while (n < ceiling && n - e < kMaxAppositive && inRun(n))
                ++n;
            if (n > e + 1 && (n >= ceiling || isPunct(n, u',') || m_tokens[size_t(n)].kind == Token::Punct)) {
                named = classify(e + 1, n - 1);
                tail = n - 1;
            }
        } else if (e - k >= 3 && (e >= ceiling || m_tokens[size_t(e)].kind == Token::Punct)) {
            named = classify(e - 2, e - 1); // the post, then a two-word name
            tail = e - 1;
        }
        if (named.kind == Mention::Person && named.role.isEmpty() && named.name.contains(u' ')) {
            named.role = m.role;
            named.first = m.first;
            named.tail = tail;
            return named;
        }
    }
    // "the ministry's spokeswoman, Maria Zakharova, said"
    if (m.kind == Mention::Description && isPunct(m.last + 1, u',')) {
        int e = m.last + 2;
        while (e < ceiling && e - m.last < kMaxAppositive && inRun(e))
            ++e;
        Mention named = e > m.last + 2 ? classify(m.last + 2, e - 1) : Mention {};
        if (named.kind == Mention::Person && (e >= ceiling || isPunct(e, u','))) {
            if (named.role.isEmpty())
                named.role = m.role;
            named.first = m.first;
            return named;
        }
    }
    return m;
}

} // namespace dateline
