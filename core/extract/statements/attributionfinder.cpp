#include "extract/statements/attributionfinder.h"

#include "extract/statements/lexicon.h"
#include "extract/statements/wordlist.h"

namespace dateline {

namespace {

constexpr int kMaxAdverbs = 3;
constexpr int kMaxSpeakerWords = 12;
constexpr int kMaxOpeningPhrase = 30;

} // namespace

AttributionFinder::AttributionFinder(QStringView text, const std::vector<Token> &tokens,
                                     const std::vector<QuoteSpan> &spans)
    : m_tokens(tokens)
    , m_spans(spans)
    , m_mentions(text, tokens)
{
}

bool AttributionFinder::verbAt(int i, Attribution &a) const
{
    if (i < 0 || i >= int(m_tokens.size()) || m_tokens[size_t(i)].kind != Token::Word)
        return false;
    const Token &t = m_tokens[size_t(i)];
    if (t.upper)
        return false;
    const QStringView w = m_mentions.word(i);
    // "was quoted as saying"
    if ((w == u"was" || w == u"is" || w == u"were") && m_mentions.isWord(i + 1, u"quoted")
        && m_mentions.isWord(i + 2, u"as") && m_mentions.isWord(i + 3, u"saying")) {
        a.verb = QStringLiteral("%1 quoted as saying").arg(w);
        a.strength = ReportingVerbLexicon::Strong;
        a.verbToken = i;
        a.end = i + 4;
        return true;
    }
    const auto strength = ReportingVerbLexicon::strengthOf(t.flags);
    if (strength == ReportingVerbLexicon::NotAVerb)
        return false;
    a.verb = w.toString();
    a.strength = strength;
    a.verbToken = i;
    a.end = i + 1;
    if ((w == u"said" || w == u"says") && m_mentions.isWord(i + 1, u"in") && m_mentions.isWord(i + 2, u"a")
        && m_mentions.isWord(i + 3, u"statement")) {
        a.verb = w.toString() + QStringLiteral(" in a statement");
        a.end = i + 4;
    }
    return true;
}

Attribution AttributionFinder::after(int from, int end) const
{
    while (from < end && m_mentions.isPunct(from, u','))
        ++from;
    Attribution a;
    if (from >= end)
        return a;
    if (m_mentions.isWord(from, u"according") && m_mentions.isWord(from + 1, u"to")) {
        a.speaker = m_mentions.startingAt(from + 2, end);
        if (a.speaker.isValid() && a.speaker.kind != Mention::Pronoun) {
            a.verb = QStringLiteral("according to");
            a.strength = ReportingVerbLexicon::Strong;
            a.verbToken = from;
            a.end = a.speaker.tail + 1;
            return a;
        }
        return {};
    }
    // said Putin / said the Russian president
    if (verbAt(from, a) && a.strength != ReportingVerbLexicon::Participle) {
        a.speaker = m_mentions.startingAt(a.end, end);
        if (a.speaker.isValid()) {
            a.end = std::max(a.end, a.speaker.tail + 1);
            return a;
        }
        return {};
    }
    a = Attribution {};
    // Putin said / the ministry said in a statement
    const Mention speaker = m_mentions.startingAt(from, end);
    if (speaker.isValid()) {
        int v = speaker.tail + 1;
        // "Dmitry Peskov, the Kremlin spokesman, said"
        if (m_mentions.isPunct(v, u',') && verbAt(v + 1, a))
            ++v;
        a = Attribution {};
        for (int skipped = 0; skipped < kMaxAdverbs && v < end && m_mentions.has(v, Lexicon::Adverb); ++skipped)
            ++v;
        if (v < end && verbAt(v, a) && a.strength != ReportingVerbLexicon::Participle) {
            a.speaker = speaker;
            return a;
        }
    }
    // Speakers with words the lists lack ("the territory's civil defence
    // agency said"): find the verb first and read the speaker backwards.
    for (int v = from + 1; v < end && v - from <= kMaxSpeakerWords; ++v) {
        const Token &t = m_tokens[size_t(v)];
        if (t.kind != Token::Word && !m_mentions.isPunct(v, u','))
            return {};
        a = Attribution {};
        if (!verbAt(v, a) || a.strength == ReportingVerbLexicon::Participle)
            continue;
        int k = v - 1;
        while (k > from && m_mentions.has(k, Lexicon::Adverb | Lexicon::Time))
            --k;
        a.speaker = m_mentions.endingAt(k, from - 1);
        if (!a.speaker.isValid() || a.speaker.kind == Mention::Pronoun)
            return {};
        return a;
    }
    return {};
}

Mention AttributionFinder::subjectOf(int first, int limit) const
{
    // "But Hungarian Prime Minister Viktor Orban …": a leading conjunction
    // is not part of the subject.
    static const WordList conjunctions {u"but",          u"and",          u"so",          u"yet",   u"meanwhile",
                                        u"however",      u"also",         u"still",       u"then",  u"separately",
                                        u"additionally", u"moreover",     u"furthermore", u"later", u"earlier",
                                        u"now",          u"nevertheless", u"instead",     u"thus",  u"indeed"};
    int from = first;
    while (from < limit && m_tokens[size_t(from)].kind == Token::Word && conjunctions.contains(m_mentions.word(from)))
        ++from;
    if (m_mentions.isPunct(from, u','))
        ++from;
    if (const Mention m = m_mentions.startingAt(from, limit); m.isValid())
        return m;
    // Skip an opening phrase ("Speaking at a ceremony, …") to the main clause.
    if (from < limit && m_tokens[size_t(from)].kind == Token::Word) {
        const QStringView w = m_mentions.word(from);
        if ((m_mentions.has(from, Lexicon::Function) && !m_mentions.has(from, Lexicon::Determiner | Lexicon::Pronoun))
            || w.endsWith(u"ing")) {
            for (int i = from; i < limit && i - from < kMaxOpeningPhrase; ++i) {
                if (m_mentions.isPunct(i, u',')) {
                    from = i + 1;
                    break;
                }
            }
        }
    }
    for (int i = from; i < limit; ++i) {
        const Token &t = m_tokens[size_t(i)];
        if (t.kind == Token::Quote && t.span >= 0 && m_spans[size_t(t.span)].open == i) {
            const int close = m_spans[size_t(t.span)].close;
            if (close < 0)
                break;
            i = close;
            continue;
        }
        if (t.kind != Token::Word)
            continue;
        const Mention m = m_mentions.startingAt(i, limit);
        if (m.isValid())
            return m;
        // Only the first noun phrase can be the subject.
        if (!m_mentions.has(i, Lexicon::Function | Lexicon::Modifier))
            break;
    }
    return {};
}

Attribution AttributionFinder::inSentence(int first, int end, int from) const
{
    for (int i = std::max(first, from); i < end; ++i) {
        const Token &t = m_tokens[size_t(i)];
        if (t.kind == Token::Quote && t.span >= 0 && m_spans[size_t(t.span)].open == i) {
            const int close = m_spans[size_t(t.span)].close;
            if (close < 0)
                break;
            i = close;
            continue;
        }
        if (t.kind != Token::Word || t.upper)
            continue;
        Attribution a;
        if (!verbAt(i, a))
            continue;
        if (a.strength == ReportingVerbLexicon::Participle) {
            if (!m_mentions.isPunct(i - 1, u','))
                continue;
            a.speaker = subjectOf(first, i);
            if (a.speaker.isValid())
                return a;
            continue;
        }
        // "Putin also said", "Erdogan on Thursday said"
        int k = i - 1;
        for (int skipped = 0; skipped < kMaxAdverbs + 2 && k >= first; ++skipped) {
            if (m_mentions.has(k, Lexicon::Adverb | Lexicon::Time)
                || (m_mentions.has(k + 1, Lexicon::Time) && m_mentions.has(k, Lexicon::AdverbialStart)))
                --k;
            else
                break;
        }
        // "… was Chad Holloway, a World Bank vice president, who said …":
        // the relative pronoun stands for the name before it.
        if (m_mentions.isWord(k, u"who") && m_mentions.isPunct(k - 1, u',')) {
            a.speaker = m_mentions.endingAt(k - 1, first - 1);
            if (!a.speaker.isValid())
                a.speaker = m_mentions.endingAt(k - 2, first - 1);
            if (a.speaker.kind == Mention::Person || a.speaker.kind == Mention::Organisation)
                return a;
        }
        a.speaker = m_mentions.endingAt(k, first - 1);
        // "the deal, which officials said would …": a parenthetical report.
        static const WordList relatives {u"which", u"that", u"who", u"as", u"what", u"whom"};
        if (a.speaker.isValid() && relatives.contains(m_mentions.word(a.speaker.first - 1)))
            continue;
        if (a.speaker.isValid())
            return a;
        // "Trump praised the meeting but said …": the sentence's subject.
        if (k > first && (m_mentions.isWord(k, u"and") || m_mentions.isWord(k, u"but"))) {
            a.speaker = subjectOf(first, k);
            if (a.speaker.isValid())
                return a;
        }
    }
    return {};
}

} // namespace dateline
