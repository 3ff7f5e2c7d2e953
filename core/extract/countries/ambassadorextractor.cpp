#include "extract/countries/ambassadorextractor.h"

#include "extract/countries/countrygazetteer.h"
#include "extract/countries/diplomaticrolefinder.h"
#include "extract/countries/wordtokenizer.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <cstdlib>

namespace dateline {

namespace {

// One paragraph's tokens with its country mentions indexed by token.
struct Paragraph
{
    int index = 0;
    QStringView text;
    QList<Token> tokens;
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
    bool wordIs(int i, const char *w) const
    {
        return isWord(i) && word(i).compare(QLatin1StringView(w), Qt::CaseInsensitive) == 0;
    }
    bool punctIs(int i, QChar c) const
    {
        return i >= 0 && i < tokens.size() && !tokens.at(i).word
            && WordTokenizer::foldPunctuation(text.at(tokens.at(i).start)) == c;
    }
    // "," or "and" between the items of a list.
    bool isListSeparator(int i) const { return punctIs(i, u',') || wordIs(i, "and"); }
    bool sameSentence(int a, int b) const
    {
        return a >= 0 && b >= 0 && a < tokens.size() && b < tokens.size()
            && tokens.at(a).sentence == tokens.at(b).sentence;
    }
};

int tokenStartingAt(const QList<Token> &tokens, int offset)
{
    const auto it
        = std::lower_bound(tokens.begin(), tokens.end(), offset, [](const Token &t, int o) { return t.start < o; });
    return it != tokens.end() && it->start == offset ? int(it - tokens.begin()) : -1;
}

Paragraph paragraphOf(const QString &text, const QList<CountryMention> &all, int index)
{
    Paragraph p;
    p.index = index;
    p.text = text;
    p.tokens = WordTokenizer::tokenize(text);
    for (const CountryMention &m : all) {
        if (m.paragraph != index)
            continue;
        const int first = tokenStartingAt(p.tokens, m.start);
        if (first < 0)
            continue;
        int last = first;
        while (last < p.tokens.size() && p.tokens.at(last).end <= m.end)
            ++last;
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
        std::initializer_list<const char *> words;
    };
    static const Form forms[] = {
        {"UN", {"United", "Nations"}}, {"UN", {"UN"}},       {"UN", {"U", ".", "N", "."}}, {"UN", {"U", ".", "N"}},
        {"EU", {"European", "Union"}}, {"EU", {"EU"}},       {"NATO", {"NATO"}},           {"OSCE", {"OSCE"}},
        {"AU", {"African", "Union"}},  {"ASEAN", {"ASEAN"}}, {"IAEA", {"IAEA"}},           {"WTO", {"WTO"}},
    };
    for (const Form &f : forms) {
        int k = i;
        bool ok = true;
        for (const char *w : f.words) {
            if (k >= p.tokens.size() || p.word(k) != QLatin1StringView(w)) {
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
    for (const char *m :
         {"new",       "newly",        "appointed", "former",  "outgoing",    "incoming", "then",    "top",
          "chief",     "special",      "senior",    "deputy",  "acting",      "current",  "interim", "designate",
          "permanent", "presidential", "resident",  "non",     "nonresident", "de",       "facto",   "the",
          "a",         "an",           "its",       "their",   "own",         "ex",       "first",   "female",
          "woman",     "veteran",      "longtime",  "serving", "previous",    "sitting",  "newest",  "roving",
          "peace",     "nuclear",      "trade",     "climate"}) {
        if (w.compare(QLatin1StringView(m), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
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
};

// Countries written before the title: "South Korea's new ambassador", "the
// French, German and Italian envoys", "US Ambassador".
QList<int> sendersBefore(const Paragraph &p, int first, bool &special, int &phraseFirst)
{
    QList<int> out;
    int i = first - 1;
    while (i >= 0 && p.sameSentence(i, first)) {
        const QStringView w = p.word(i);
        if (p.endingAt.contains(i)) {
            const int k = p.endingAt.value(i);
            out.prepend(k);
            phraseFirst = p.mentions.at(k).start;
            i = tokenStartingAt(p.tokens, p.mentions.at(k).start) - 1;
            // Coordination: "French, German and Italian".
            while (p.isListSeparator(i))
                --i;
            if (i >= 0 && p.endingAt.contains(i) && i < first)
                continue;
            break;
        }
        if (!p.isWord(i)) {
            if (!p.punctIs(i, u'-'))
                break;
        } else if (w == u"s" && p.punctIs(i - 1, u'\'')) {
            --i; // possessive
        } else if (isPreModifier(w)) {
            if (w.compare(QLatin1StringView("special"), Qt::CaseInsensitive) == 0)
                special = true;
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
    if (!p.wordIs(i, "of") && !p.wordIs(i, "from"))
        return out;
    int k = i + 1;
    while (k < p.tokens.size()) {
        if (p.wordIs(k, "the"))
            ++k;
        if (!p.startingAt.contains(k))
            break;
        const int m = p.startingAt.value(k);
        out.append(m);
        k = p.lastTokenOf.value(m);
        i = k;
        int j = k;
        bool separated = false;
        while (p.isListSeparator(j)) {
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
bool hostAfter(const Paragraph &p, int i, Resolved &r)
{
    if (!(p.wordIs(i, "to") || p.wordIs(i, "in") || p.wordIs(i, "at")))
        return false;
    int k = i + 1;
    if (p.wordIs(k, "the"))
        ++k;
    if (p.startingAt.contains(k)) {
        const int m = p.startingAt.value(k);
        if (p.mentions.at(m).kind == CountryMentionKind::Demonym)
            return false;
        r.host = p.mentions.at(m).code;
        r.hostLast = p.lastTokenOf.value(m);
        return true;
    }
    if (p.wordIs(i, "in"))
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
    if (words >= 2 || (words == 1 && titleCase)) {
        r.name = p.text.sliced(p.tokens.at(i).start, p.tokens.at(k - 1).end - p.tokens.at(i).start).toString();
        r.nameLast = k;
    }
}

// A place in the same sentence: "ambassadors ... in the Kremlin", "Speaking in Ankara".
QString placeInSentence(const Paragraph &p, const DiplomaticRole &role, const QList<int> &sending)
{
    QString best;
    int bestDistance = INT_MAX;
    for (auto it = p.startingAt.begin(); it != p.startingAt.end(); ++it) {
        const int t = it.key();
        const CountryMention &m = p.mentions.at(it.value());
        if (!p.sameSentence(t, role.first) || sending.contains(it.value()) || m.kind == CountryMentionKind::Demonym)
            continue;
        int prep = t - 1;
        if (p.wordIs(prep, "the"))
            --prep;
        if (!(p.wordIs(prep, "in") || p.wordIs(prep, "at")))
            continue;
        const int distance = std::abs(t - role.first);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = m.code;
        }
    }
    return best;
}

// The nearest country named before the title in its sentence: "Turkey
// summoned the Swedish ambassador".
QString subjectBefore(const Paragraph &p, int first, const QList<int> &sending, const QString &sendingCode)
{
    for (int i = first - 1; i >= 0 && p.sameSentence(i, first); --i) {
        if (!p.endingAt.contains(i))
            continue;
        const int k = p.endingAt.value(i);
        const CountryMention &m = p.mentions.at(k);
        if (sending.contains(k) || m.kind == CountryMentionKind::Demonym || m.code == sendingCode)
            continue;
        return m.code;
    }
    return {};
}

struct Occurrence
{
    int paragraph = 0;
    DiplomaticRole role;
    Resolved resolved;
    int sentence = 0;
};

} // namespace

QList<AmbassadorMention> AmbassadorExtractor::extract(const Article &article, const QList<CountryMention> &countries)
{
    QList<Paragraph> paragraphs;
    QList<Occurrence> occurrences;
    for (int pi = 0; pi < article.paragraphs.size(); ++pi) {
        const QString &text = article.paragraphs.at(pi);
        if (!text.contains(QLatin1StringView("mbassador"), Qt::CaseInsensitive)
            && !text.contains(QLatin1StringView("nvoy"), Qt::CaseInsensitive)
            && !text.contains(QLatin1StringView("ommissioner"), Qt::CaseInsensitive)
            && !text.contains(QLatin1StringView("affaires"), Qt::CaseInsensitive)
            && !text.contains(QLatin1StringView("epresentative"), Qt::CaseInsensitive)
            && !text.contains(QLatin1StringView("nuncio"), Qt::CaseInsensitive))
            continue;
        paragraphs.append(paragraphOf(text, countries, pi));
        const Paragraph &p = paragraphs.last();
        for (const DiplomaticRole &role : DiplomaticRoleFinder::find(p.text, p.tokens)) {
            Occurrence o;
            o.paragraph = int(paragraphs.size()) - 1;
            o.role = role;
            Resolved &r = o.resolved;
            bool special = false;
            r.phraseFirst = p.tokens.at(role.first).start;
            r.sending = sendersBefore(p, role.first, special, r.phraseFirst);
            int i = role.last;
            const QList<int> after = sendersAfter(p, i);
            if (r.sending.isEmpty())
                r.sending = after;
            r.noHost = special || p.wordIs(i, "for");
            if (!hostAfter(p, i, r)) {
                // "accredited to X" further on in the sentence.
                for (int k = i; k + 1 < p.tokens.size() && p.sameSentence(k, role.first); ++k) {
                    if (p.wordIs(k, "accredited") && hostAfter(p, k + 1, r))
                        break;
                }
            }
            nameAfter(p, r.hostLast >= 0 && r.hostLast > i ? r.hostLast : i, role.titleCase, r);
            r.phraseLast = p.tokens.at(std::max({role.last, i, r.hostLast, r.nameLast}) - 1).end;
            if (r.host.isEmpty())
                r.host = placeInSentence(p, role, r.sending);
            o.sentence = p.tokens.at(role.first).sentence;
            occurrences.append(o);
        }
    }

    const CountryGazetteer &gazetteer = CountryGazetteer::instance();
    const QString datelineCode = gazetteer.placeCode(article.dateline);
    QList<AmbassadorMention> out;
    for (qsizetype oi = 0; oi < occurrences.size(); ++oi) {
        const Occurrence &o = occurrences.at(oi);
        const Paragraph &p = paragraphs.at(o.paragraph);
        QStringList senders;
        for (int k : o.resolved.sending)
            senders << p.mentions.at(k).code;
        if (senders.isEmpty() && o.role.role == QLatin1StringView("nuncio"))
            senders << QStringLiteral("VA");
        for (const QString &sender : senders) {
            QString host = o.resolved.host == sender ? QString() : o.resolved.host;
            if (host.isEmpty() && !o.resolved.noHost) {
                // Another title in the story that names its host: the
                // nearest before this one, else the nearest after.
                for (qsizetype k = oi - 1; k >= 0 && host.isEmpty(); --k) {
                    if (occurrences.at(k).resolved.host != sender)
                        host = occurrences.at(k).resolved.host;
                }
                for (qsizetype k = oi + 1; k < occurrences.size() && host.isEmpty(); ++k) {
                    if (occurrences.at(k).resolved.host != sender)
                        host = occurrences.at(k).resolved.host;
                }
            }
            if (host.isEmpty() && !o.resolved.noHost)
                host = subjectBefore(p, o.role.first, o.resolved.sending, sender);
            if (host.isEmpty() && !o.resolved.noHost && datelineCode != sender)
                host = datelineCode;
            AmbassadorMention m;
            m.country = sender;
            m.host = host;
            m.name = o.resolved.name;
            m.role = o.role.role;
            m.paragraph = p.index;
            m.start = o.resolved.phraseFirst;
            m.end = o.resolved.phraseLast;
            m.text = p.text.sliced(m.start, m.end - m.start).toString();
            out.append(m);
        }
    }
    return out;
}

} // namespace dateline
