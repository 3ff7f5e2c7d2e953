#include "extract/statements/statementbuilder.h"

#include "extract/statements/lexicon.h"
#include "extract/statements/wordlist.h"

#include <QHash>

#include <algorithm>

namespace dateline {

namespace {

constexpr int kMaxGap = 10; // tokens between a verb and its "that"
constexpr int kMaxComplement = 8; // tokens of "told reporters on Thursday"
constexpr int kMaxTail = 12; // tokens of a trailing ", Peskov told reporters"
constexpr int kMaxCircumstance = 30; // tokens of ", in the latest sign of …" after it
constexpr int kMinClauseWords = 3;
constexpr int kOrphanLookback = 50;
constexpr int kMaxSpeakersPerSentence = 16;

bool isTerminal(const Token &t)
{
    return t.kind == Token::Punct && (t.ch == u'.' || t.ch == u'!' || t.ch == u'?' || t.ch == u'\u2026');
}

// Whether a mention at token `first` is the sentence's subject: only small
// words and commas come before it ("Separately, Foreign Minister …").
bool leadsSentence(const std::vector<Token> &tokens, int sentenceStart, int first)
{
    for (int i = sentenceStart; i < first; ++i) {
        const Token &t = tokens[size_t(i)];
        if (t.kind == Token::Quote || (t.kind == Token::Punct && t.ch != u','))
            return false;
        if (t.kind == Token::Word && !(t.flags & (Lexicon::Function | Lexicon::Adverb)))
            return false;
    }
    return true;
}

bool opensSpan(const std::vector<Token> &tokens, const std::vector<QuoteSpan> &spans, int i)
{
    if (i < 0 || i >= int(tokens.size()))
        return false;
    const Token &t = tokens[size_t(i)];
    return t.kind == Token::Quote && t.span >= 0 && spans[size_t(t.span)].open == i;
}

int wordCount(const std::vector<Token> &tokens, int first, int end)
{
    int n = 0;
    for (int i = first; i < end; ++i)
        n += tokens[size_t(i)].kind == Token::Word ? 1 : 0;
    return n;
}

bool before(const Statement &a, const Statement &b)
{
    return a.paragraph != b.paragraph ? a.paragraph < b.paragraph : a.start < b.start;
}

} // namespace

void StatementBuilder::prepare(Paragraph &p, QStringView text, QStringView next, std::vector<Token> *tokens)
{
    p.text = text;
    if (tokens)
        p.tokens.swap(*tokens);
    else
        Tokenizer::tokenize(text, p.tokens);
    QuoteScanner::pair(p.tokens, p.spans);
    if (!p.spans.empty() && p.spans.back().close < 0) {
        // A quotation may run on only when the next paragraph reopens it;
        // otherwise the mark is stray and costs nothing beyond itself.
        const Token::Family family = p.tokens[size_t(p.spans.back().open)].family;
        qsizetype i = 0;
        while (i < next.size() && next[i].isSpace())
            ++i;
        if (i >= next.size() || Tokenizer::quoteFamily(next[i].unicode()) != family)
            QuoteScanner::drop(p.tokens, p.spans, int(p.spans.size()) - 1);
    }
    SentenceSplitter::split(text, p.tokens, p.spans, p.sentences);
}

void StatementBuilder::learn(const QString &text)
{
    // The scratch paragraph's buffers serve here too; every field is set anew.
    Paragraph &p = m_scratch;
    p.index = 0;
    prepare(p, text, {});
    const AttributionFinder finder(p.text, p.tokens, p.spans);
    for (const Sentence &s : p.sentences)
        learnPeople(p, finder, s);
}

void StatementBuilder::learnPeople(const Paragraph &p, const AttributionFinder &finder, const Sentence &s)
{
    const auto &t = p.tokens;
    // "Steelmakers in both countries welcomed the move, but they warned …":
    // the group the sentence is about is who "they" are from here on.
    const Mention group = finder.mentions().pluralSubject(s.first, s.end);
    if (group.isValid()) {
        m_resolver.tick();
        m_resolver.noteGroup(group);
    }
    for (int i = s.first; i < s.end; ++i) {
        if (opensSpan(t, p.spans, i)) {
            const int close = p.spans[size_t(t[size_t(i)].span)].close;
            if (close < 0)
                return;
            i = close;
            continue;
        }
        // Read each capitalised run once, from its last word.
        if (t[size_t(i)].kind != Token::Word || !t[size_t(i)].upper)
            continue;
        if (i + 1 < s.end && t[size_t(i + 1)].kind == Token::Word && t[size_t(i + 1)].upper)
            continue;
        const MentionFinder &words = finder.mentions();
        // Only runs with a title or organisation word, ending in a known
        // name, or set off by commas after a description ("Chile's
        // ambassador to Kenya, Rodrigo Fuentes, welcomed …") can tell the
        // resolver something; skip the rest cheaply.
        int runStart = i;
        while (runStart > s.first && i - runStart < 9 && t[size_t(runStart - 1)].kind == Token::Word
               && t[size_t(runStart - 1)].upper)
            --runStart;
        const bool appositive = words.isPunct(runStart - 1, u',') && words.isPunct(i + 1, u',');
        bool useful = appositive || m_resolver.knows(words.word(i));
        for (int j = i; !useful && j >= s.first && i - j < 9 && t[size_t(j)].kind == Token::Word; --j)
            useful = (t[size_t(j)].flags & (Lexicon::Title | Lexicon::Organisation)) != 0;
        if (!useful)
            continue;
        Mention m = words.endingAt(i, s.first - 1);
        if (appositive && m.kind == Mention::Person) {
            // The appositive name is the sentence's subject, with its role.
            const Mention whole = words.endingAt(i + 1, s.first - 1);
            if (whole.kind == Mention::Person && whole.name == m.name)
                m = whole;
        }
        if (m.kind == Mention::Person || m.kind == Mention::Organisation) {
            m_resolver.tick();
            m_resolver.note(m, leadsSentence(t, s.first, m.first));
        }
    }
}

bool StatementBuilder::appendQuote(const Paragraph &p, int span, Statement &st)
{
    const QuoteSpan &q = p.spans[size_t(span)];
    int start = p.tokens[size_t(q.open)].end;
    int end = q.close >= 0 ? p.tokens[size_t(q.close)].start : int(p.text.size());
    while (start < end && p.text[start].isSpace())
        ++start;
    while (end > start && p.text[end - 1].isSpace())
        --end;
    // “We hope,” he said: the comma belongs to the sentence, not the words.
    while (end > start && (p.text[end - 1] == u',' || p.text[end - 1].isSpace()))
        --end;
    const QString words = p.text.sliced(start, end - start).toString();
    if (st.text.isEmpty()) {
        st.paragraph = p.index;
        st.start = start;
        st.text = words;
    } else if (!words.isEmpty()) {
        st.text += u' ' + words;
    }
    if (st.paragraph == p.index)
        st.end = end;
    return q.close >= 0;
}

Statement StatementBuilder::reported(const Paragraph &p, int first, int end) const
{
    // The reported clause with its quote marks taken out.
    Statement st;
    st.paragraph = p.index;
    st.start = p.tokens[size_t(first)].start;
    st.end = p.tokens[size_t(end - 1)].end;
    // Copied once, whitespace runs collapsed on the way (what simplified()
    // would do to the joined pieces).
    QString text(st.end - st.start, Qt::Uninitialized);
    QChar *out = text.data();
    qsizetype len = 0;
    bool space = false;
    const auto append = [&](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to; ++k) {
            const QChar c = p.text[k];
            if (c.isSpace()) {
                space = len > 0;
                continue;
            }
            if (space)
                out[len++] = u' ';
            space = false;
            out[len++] = c;
        }
    };
    int from = st.start;
    bool quoted = false;
    for (int i = first; i < end; ++i) {
        const Token &t = p.tokens[size_t(i)];
        if (t.kind == Token::Quote && t.span >= 0) {
            append(from, t.start);
            from = t.end;
            quoted = true;
        }
    }
    append(from, st.end);
    text.truncate(len);
    st.text = text;
    st.kind = quoted ? StatementKind::Mixed : StatementKind::Indirect;
    return st;
}

void StatementBuilder::attribute(Statement &st, const Attribution &a)
{
    m_resolver.tick();
    const Speaker sp = m_resolver.resolve(a.speaker);
    st.speaker = sp.name;
    st.speakerSurface = sp.surface;
    st.speakerRole = sp.role;
    st.speakerKind = sp.kind;
    st.verb = a.verb;
    if (MentionFinder::isDocument(a.speaker.head) && sp.name == sp.surface) {
        // "according to the statement" with no known issuer: the body
        // quoted last ("…, the ministry said") issued it.
        const qsizetype stop = std::max<qsizetype>(0, m_statements.size() - kOrphanLookback);
        for (qsizetype i = m_statements.size() - 1; i >= stop; --i) {
            const Statement &c = m_statements.at(i);
            const QStringView last = QStringView(c.speaker).sliced(c.speaker.lastIndexOf(u' ') + 1);
            if (c.speakerKind != SpeakerKind::Organisation || c.speaker.isEmpty() || MentionFinder::isDocument(last))
                continue;
            st.speaker = c.speaker;
            st.speakerRole = c.speakerRole;
            break;
        }
    }
}

void StatementBuilder::emit(const Statement &st)
{
    if (!st.text.isEmpty())
        m_statements.append(st);
}

void StatementBuilder::addParagraph(const QStringList &paragraphs, int index, std::vector<Token> *tokens)
{
    // One scratch paragraph for the whole article keeps its buffers.
    Paragraph &p = m_scratch;
    p.index = index;
    const QStringView next = index + 1 < paragraphs.size() ? QStringView(paragraphs.at(index + 1)) : QStringView();
    prepare(p, paragraphs.at(index), next, tokens);
    const AttributionFinder finder(p.text, p.tokens, p.spans);
    for (const Sentence &s : p.sentences) {
        m_resolver.tick();
        learnPeople(p, finder, s);
        sentence(p, finder, s);
    }
    if (m_open.active && (p.spans.empty() || p.spans.back().close >= 0)) {
        // Nothing runs on from here: the open quotation ended in this paragraph.
        m_open.active = false;
        if (m_open.statement.speaker.isEmpty() && m_open.statement.speakerSurface.isEmpty())
            m_orphans.push_back(m_open.statement);
        else
            emit(m_open.statement);
    }
    settleOrphans();
}

void StatementBuilder::settleOrphans()
{
    // A quotation standing alone takes the speaker of the next attributed
    // statement in its paragraph, else of the one just before it (the usual
    // follow-up paragraph: “…,” he said. / “More words.”).
    for (Statement &o : m_orphans) {
        const Statement *after = nullptr;
        const Statement *prior = nullptr;
        const qsizetype stop = std::max<qsizetype>(0, m_statements.size() - kOrphanLookback);
        for (qsizetype i = m_statements.size() - 1; i >= stop; --i) {
            const Statement &c = m_statements.at(i);
            if (c.speaker.isEmpty() && c.speakerSurface.isEmpty())
                continue;
            if (before(o, c)) {
                if (c.paragraph == o.paragraph && (!after || before(c, *after)))
                    after = &c;
            } else if (c.paragraph >= o.paragraph - 1 && (!prior || before(*prior, c))) {
                prior = &c;
            }
        }
        const Statement *from = after ? after : prior;
        if (!from)
            continue;
        o.speaker = from->speaker;
        o.speakerSurface = from->speakerSurface;
        o.speakerRole = from->speakerRole;
        o.speakerKind = from->speakerKind;
        m_statements.append(o);
    }
    m_orphans.clear();
}

void StatementBuilder::continueOpen(const Paragraph &p, const AttributionFinder &finder, const Sentence &s)
{
    Statement &st = m_open.statement;
    if (!appendQuote(p, p.tokens.front().span, st))
        return; // still running
    const int close = p.spans[size_t(p.tokens.front().span)].close;
    const Attribution a = finder.after(close + 1, s.end);
    if (a.isValid() && st.speaker.isEmpty() && st.speakerSurface.isEmpty())
        attribute(st, a);
}

int StatementBuilder::sentencePart(const Paragraph &p, const AttributionFinder &finder, const Sentence &s)
{
    const auto &t = p.tokens;
    int effectiveEnd = s.end;
    while (effectiveEnd > s.first && isTerminal(t[size_t(effectiveEnd - 1)]))
        --effectiveEnd;
    if (effectiveEnd <= s.first)
        return -1;
    if (m_open.active && s.first == 0 && opensSpan(t, p.spans, 0)) {
        continueOpen(p, finder, s);
        return -1;
    }
    if (opensSpan(t, p.spans, s.first) && quoteFirst(p, finder, s, effectiveEnd))
        return -1;
    if (colonQuote(p, finder, s, effectiveEnd) || accordingTo(p, finder, s, effectiveEnd)
        || trailingAttribution(p, finder, s, effectiveEnd))
        return -1;
    const Attribution a = finder.inSentence(s.first, effectiveEnd);
    if (!a.isValid() || framedQuote(p, finder, a, effectiveEnd))
        return -1;
    // "… stressed the importance of a ceasefire, saying: “…”": the quotation
    // is its own statement, and the clause before it ends at the comma.
    const Attribution framing = finder.inSentence(s.first, effectiveEnd, a.end);
    if (framing.isValid() && framing.strength == ReportingVerbLexicon::Participle
        && framedQuote(p, finder, framing, effectiveEnd)) {
        if (a.strength == ReportingVerbLexicon::Strong)
            clause(p, finder, a, framing.verbToken - 1);
        return -1;
    }
    int rest = -1;
    clause(p, finder, a, effectiveEnd, &rest);
    return rest;
}

void StatementBuilder::sentence(const Paragraph &p, const AttributionFinder &finder, const Sentence &s)
{
    // A sentence may hold several speakers ("X said …, while Y said …");
    // each part starts where the previous one handed over.
    Sentence part = s;
    for (int round = 0; round < kMaxSpeakersPerSentence; ++round) {
        const int rest = sentencePart(p, finder, part);
        if (rest <= part.first)
            return;
        part.first = rest;
    }
}

bool StatementBuilder::quoteFirst(const Paragraph &p, const AttributionFinder &finder, const Sentence &s,
                                  int effectiveEnd)
{
    const auto &t = p.tokens;
    Statement st;
    st.kind = StatementKind::Direct;
    if (!appendQuote(p, t[size_t(s.first)].span, st)) {
        // Runs into the next paragraph; its attribution may come at the end.
        m_open = {st, true};
        return true;
    }
    const int close = p.spans[size_t(t[size_t(s.first)].span)].close;
    const Attribution a = finder.after(close + 1, s.end);
    if (a.isValid()) {
        attribute(st, a);
        const MentionFinder &w0 = finder.mentions();
        // “We hope,” he said, “to restore relations.”: one statement; but
        // “…,” he said, adding: “…” is a second one.
        int j = a.end;
        int participle = -1;
        while (j < s.end && j - a.end < kMaxComplement) {
            const Token &tok = t[size_t(j)];
            const bool commaThenWord
                = tok.kind == Token::Punct && tok.ch == u',' && j + 1 < s.end && t[size_t(j + 1)].kind == Token::Word;
            if (tok.kind != Token::Word && !commaThenWord)
                break;
            if (participle < 0 && tok.kind == Token::Word && !tok.upper && (tok.flags & Lexicon::ParticipleVerb))
                participle = j;
            ++j;
        }
        // “…,” he said, adding that …: a second, indirect statement.
        if (participle >= 0 && w0.isPunct(participle - 1, u',') && w0.isWord(participle + 1, u"that")) {
            emit(st);
            emitAdded(p, finder, st, participle - 1, effectiveEnd);
            return true;
        }
        if (j + 1 < s.end && t[size_t(j)].kind == Token::Punct && (t[size_t(j)].ch == u',' || t[size_t(j)].ch == u':')
            && opensSpan(t, p.spans, j + 1)) {
            Statement *target = &st;
            Statement second = st;
            if (participle >= 0) {
                emit(st);
                second.text.clear();
                second.verb = finder.mentions().word(participle).toString();
                target = &second;
            }
            if (!appendQuote(p, t[size_t(j + 1)].span, *target)) {
                m_open = {*target, true};
                return true;
            }
            if (participle >= 0) {
                emit(second);
                return true;
            }
        }
        emit(st);
        if (!st.text.isEmpty())
            m_joinable = {p.index, s.end, m_statements.size() - 1};
        return true;
    }
    if (close + 1 >= effectiveEnd && wordCount(t, s.first, close) >= kMinClauseWords) {
        // “We will not yield,” she said. “Our path is set.”: the quotation
        // goes on after its attribution, so it is the same statement.
        if (m_joinable.paragraph == p.index && m_joinable.end == s.first
            && m_joinable.statement == m_statements.size() - 1) {
            Statement &prev = m_statements[m_joinable.statement];
            prev.text += u' ' + st.text;
            prev.end = st.end;
            m_joinable.end = s.end;
            return true;
        }
        m_orphans.push_back(st);
        return true;
    }
    return false; // a title or scare quote opening the sentence
}

bool StatementBuilder::framedQuote(const Paragraph &p, const AttributionFinder &finder, const Attribution &a,
                                   int effectiveEnd)
{
    // Putin said: “…” / stating, “…” / told reporters: “…”
    const auto &t = p.tokens;
    const MentionFinder &words = finder.mentions();
    int j = a.end;
    while (j < effectiveEnd && j - a.end < kMaxComplement && t[size_t(j)].kind == Token::Word
           && (t[size_t(j)].upper || words.has(j, Lexicon::Audience | Lexicon::AdverbialStart)))
        ++j;
    if (j < effectiveEnd && t[size_t(j)].kind == Token::Punct && (t[size_t(j)].ch == u':' || t[size_t(j)].ch == u','))
        ++j;
    if (!opensSpan(t, p.spans, j))
        return false;
    const int close = p.spans[size_t(t[size_t(j)].span)].close;
    if (close >= 0 && close < effectiveEnd - 1)
        return false; // words follow the quotation: a mixed statement
    if (j > a.end && !(t[size_t(j - 1)].kind == Token::Punct))
        return false;
    Statement st;
    st.kind = StatementKind::Direct;
    const bool closed = appendQuote(p, t[size_t(j)].span, st);
    attribute(st, a);
    if (!closed)
        m_open = {st, true};
    else
        emit(st);
    return true;
}

int StatementBuilder::addedClause(const Paragraph &p, const AttributionFinder &finder, int first, int end) const
{
    // ", adding that" outside quotation marks; a participle frame within a
    // quotation is the speaker's own words.
    const auto &t = p.tokens;
    const MentionFinder &w = finder.mentions();
    bool quoted = false;
    for (int i = first; i + 3 < end; ++i) {
        if (t[size_t(i)].kind == Token::Quote && t[size_t(i)].span >= 0)
            quoted = p.spans[size_t(t[size_t(i)].span)].open == i;
        if (quoted || t[size_t(i + 1)].upper || !w.isWord(i + 2, u"that"))
            continue;
        // ", adding that …"; "… and cautioned that …" (the same subject
        // reporting again with a verb of its own).
        if ((w.isPunct(i, u',') && w.has(i + 1, Lexicon::ParticipleVerb))
            || (w.isWord(i, u"and") && w.has(i + 1, Lexicon::StrongVerb | Lexicon::WeakVerb)))
            return i;
    }
    return -1;
}

void StatementBuilder::emitAdded(const Paragraph &p, const AttributionFinder &finder, const Statement &first, int comma,
                                 int end)
{
    // `comma` is the comma (or "and") before the verb; the clause follows "that".
    const int c = comma + 3;
    if (c >= end || wordCount(p.tokens, c, end) < kMinClauseWords)
        return;
    Statement st = reported(p, c, end);
    st.speaker = first.speaker;
    st.speakerSurface = first.speakerSurface;
    st.speakerRole = first.speakerRole;
    st.speakerKind = first.speakerKind;
    st.verb = finder.mentions().word(comma + 1).toString();
    emit(st);
}

bool StatementBuilder::clause(const Paragraph &p, const AttributionFinder &finder, const Attribution &a,
                              int effectiveEnd, int *restOut)
{
    const auto &t = p.tokens;
    const MentionFinder &w = finder.mentions();
    const bool told = a.verb == u"told" || a.verb == u"tells" || a.verb == u"telling";
    int j = a.end;
    int c = -1;
    if (w.isWord(j, u"that")) {
        c = j + 1;
    } else {
        for (int i = j; i < effectiveEnd && i - j < kMaxGap; ++i) {
            const Token &tok = t[size_t(i)];
            if (tok.kind == Token::Quote || isTerminal(tok))
                break;
            if (!w.isWord(i, u"that"))
                continue;
            // "said on Thursday that", "told reporters that",
            // "reaffirmed Moscow's position that"; not "said Russia is open
            // to the cooperation that …".
            if (w.isPunct(j, u',') || w.has(j, Lexicon::AdverbialStart)
                || (told && (t[size_t(j)].upper || w.has(j, Lexicon::Audience))) || w.has(i - 1, Lexicon::Stance))
                c = i + 1;
            break;
        }
    }
    const bool hasThat = c >= 0;
    if (c < 0) {
        c = j;
        if (told) {
            // The audience: "told reporters", "told Reuters", not the
            // clause's subject in "told reporters Ankara will …".
            while (c < effectiveEnd && c - j < kMaxComplement && t[size_t(c)].kind == Token::Word
                   && w.has(c, Lexicon::Audience))
                ++c;
            if (c == j) {
                while (c < effectiveEnd && c - j < kMaxComplement && t[size_t(c)].kind == Token::Word
                       && t[size_t(c)].upper)
                    ++c;
            }
        }
        // "said on Friday it saw …": a time phrase is not part of the clause.
        static const WordList time {u"late",     u"early",     u"earlier",  u"last",   u"this",    u"next",
                                    u"today",    u"yesterday", u"tonight",  u"monday", u"tuesday", u"wednesday",
                                    u"thursday", u"friday",    u"saturday", u"sunday", u"morning", u"afternoon",
                                    u"evening",  u"night",     u"week",     u"month",  u"year",    u"weekend"};
        for (int skipped = 0; skipped < 4 && c + 1 < effectiveEnd; ++skipped) {
            if (time.contains(w.word(c)))
                ++c;
            else if (w.isWord(c, u"on") && time.contains(w.word(c + 1)))
                c += 2;
            else
                break;
        }
        // "warned of", "spoke about": not a reported clause.
        static const WordList prepositions {u"of", u"against", u"about", u"with",   u"for",   u"to",     u"by",
                                            u"on", u"in",      u"at",    u"during", u"after", u"before", u"over"};
        if (c < effectiveEnd && t[size_t(c)].kind == Token::Word && prepositions.contains(w.word(c)))
            return false;
    }
    while (c < effectiveEnd && t[size_t(c)].kind == Token::Punct
           && (t[size_t(c)].ch == u',' || t[size_t(c)].ch == u':'))
        ++c;
    // "… new sanctions, while NATO chief Mark Rutte said …": a second
    // speaker starts a statement of their own.
    int rest = -1;
    for (int i = c + 2; i < effectiveEnd; ++i) {
        const Token &tok = t[size_t(i)];
        if (tok.kind != Token::Word || tok.upper || !w.has(i, Lexicon::StrongVerb))
            continue;
        int k = i - 1;
        while (k > c && w.has(k, Lexicon::Adverb | Lexicon::Time))
            --k;
        const Mention m = w.endingAt(k, c);
        if (!m.isValid() || m.kind == Mention::Pronoun)
            continue;
        static const WordList joins {u"while", u"and", u"but", u"whereas", u"as"};
        int comma = m.first - 1;
        if (t[size_t(comma)].kind == Token::Word && joins.contains(w.word(comma)))
            --comma;
        if (comma > c && w.isPunct(comma, u',')) {
            rest = comma + 1;
            effectiveEnd = comma;
            break;
        }
    }
    // "… committed to “finding a solution,” the Kremlin said.": the second
    // frame is not part of the clause.
    for (int i = effectiveEnd - 1; i > c && effectiveEnd - i <= kMaxTail; --i) {
        const bool comma = w.isPunct(i, u',');
        const bool quotedComma = t[size_t(i)].kind == Token::Quote && w.isPunct(i - 1, u',');
        if (!comma && !quotedComma)
            continue;
        const Attribution second = finder.after(i + 1, effectiveEnd);
        if (second.isValid() && second.strength != ReportingVerbLexicon::Participle
            && effectiveEnd - second.end <= kMaxComplement) {
            effectiveEnd = quotedComma ? i - 1 : i;
            break;
        }
    }
    // "… they were exhausted, according to local media.": the source is
    // not part of what was said.
    for (int i = effectiveEnd - 2; i > c && effectiveEnd - i <= kMaxTail; --i) {
        if (w.isPunct(i, u',') && w.isWord(i + 1, u"according") && w.isWord(i + 2, u"to")) {
            effectiveEnd = i;
            break;
        }
    }
    // "… the talks went well, adding that …": what follows is a second
    // statement by the same speaker.
    // "… said Manila wanted more eyes on the water and thanked Washington
    // for …": the speaker's next act is not part of what was said.
    static const WordList acts {u"thanked",   u"praised",    u"welcomed",  u"urged",      u"called",     u"vowed",
                                u"pledged",   u"promised",   u"condemned", u"criticised", u"criticized", u"invited",
                                u"expressed", u"reiterated", u"announced", u"appealed",   u"rejected",   u"left",
                                u"declined",  u"refused",    u"met",       u"signed"};
    bool inQuote = false;
    for (int i = c + kMinClauseWords; i + 1 < effectiveEnd; ++i) {
        if (t[size_t(i)].kind == Token::Quote && t[size_t(i)].span >= 0)
            inQuote = p.spans[size_t(t[size_t(i)].span)].open == i;
        if (!inQuote && w.isWord(i, u"and") && !t[size_t(i + 1)].upper && acts.contains(w.word(i + 1))) {
            effectiveEnd = w.isPunct(i - 1, u',') ? i - 1 : i;
            break;
        }
    }
    const int added = addedClause(p, finder, c, effectiveEnd);
    int clauseEnd = added >= 0 ? added : effectiveEnd;
    if (added >= 0 && w.isPunct(clauseEnd - 1, u','))
        --clauseEnd;
    if (c >= clauseEnd || wordCount(t, c, clauseEnd) < kMinClauseWords)
        return false;
    Statement st = reported(p, c, clauseEnd);
    if (!hasThat && st.kind == StatementKind::Indirect && a.strength == ReportingVerbLexicon::Weak)
        return false; // "announced a plan", "claimed lives"
    attribute(st, a);
    if (st.speakerKind == SpeakerKind::Person && a.speaker.kind != Mention::Pronoun)
        m_resolver.learnGender(st.speaker, w.word(c));
    emit(st);
    if (added >= 0)
        emitAdded(p, finder, st, added, effectiveEnd);
    if (rest >= 0 && restOut)
        *restOut = rest;
    return true;
}

bool StatementBuilder::trailingAttribution(const Paragraph &p, const AttributionFinder &finder, const Sentence &s,
                                           int effectiveEnd)
{
    // "Russia is ready for talks, Peskov told reporters."
    const auto &t = p.tokens;
    const MentionFinder &w = finder.mentions();
    static const WordList prepositions {u"after", u"at", u"in", u"during", u"following", u"before", u"amid", u"on"};
    const auto lastComma = [&](int end) {
        for (int i = end - 1; i > s.first && end - i <= kMaxTail; --i) {
            const Token &tok = t[size_t(i)];
            if (tok.kind == Token::Quote)
                return -1;
            if (tok.kind == Token::Punct && tok.ch == u',')
                return i;
        }
        return -1;
    };
    // ", in a deepening row …", ", speaking on condition of anonymity": what
    // closes a sentence after its frame.
    const auto closesFrame = [&](int i) {
        // A comma may be the sentence's last token: nothing follows it.
        if (i >= effectiveEnd || size_t(i) >= t.size())
            return false;
        return t[size_t(i)].kind == Token::Word && !t[size_t(i)].upper
            && (prepositions.contains(w.word(i)) || w.isWord(i, u"speaking"));
    };
    int k = lastComma(effectiveEnd);
    if (k < 0) {
        // "…, the foreign ministry said, in the latest sign of strained ties
        // between Paris and the junta.": a long closing circumstance.
        for (int i = effectiveEnd - 1; i > s.first && effectiveEnd - i <= kMaxCircumstance && k < 0; --i) {
            if (t[size_t(i)].kind == Token::Quote)
                return false;
            if (w.isPunct(i, u',') && closesFrame(i + 1))
                k = i;
        }
        if (k < 0)
            return false;
    }
    int frameEnd = effectiveEnd;
    Attribution a = finder.after(k + 1, frameEnd);
    if (!a.isValid() && closesFrame(k + 1)) {
        // "…, the ministry said, in a deepening row …": the frame sits
        // before a closing circumstance.
        frameEnd = k;
        k = lastComma(frameEnd);
        if (k < 0)
            return false;
        a = finder.after(k + 1, frameEnd);
    }
    if (wordCount(t, s.first, k) < kMinClauseWords + 1)
        return false;
    if (!a.isValid() || frameEnd - a.end > kMaxComplement)
        return false;
    // The frame must be all that follows: "…, he said on Thursday", "…,
    // Peskov told reporters in Moscow", "…, he said after talks in Lima",
    // not "…, Zelenskyy said Ukraine …".
    const bool circumstance = a.end < frameEnd && t[size_t(a.end)].kind == Token::Word && !t[size_t(a.end)].upper
        && prepositions.contains(w.word(a.end));
    for (int i = a.end; i < frameEnd && !circumstance; ++i) {
        const Token &tok = t[size_t(i)];
        if (tok.kind == Token::Punct && tok.ch == u',')
            break;
        if (tok.kind != Token::Word)
            return false;
        const bool complement
            = w.has(i, Lexicon::Audience | Lexicon::AdverbialStart | Lexicon::Time | Lexicon::Determiner);
        const bool addressee = tok.upper && (i > a.end || a.verb == u"told" || a.verb == u"tells");
        if (!complement && !addressee)
            return false;
    }
    for (int i = a.end; i < frameEnd && circumstance; ++i) {
        if (t[size_t(i)].kind == Token::Quote)
            return false;
    }
    Statement st = reported(p, s.first, k);
    attribute(st, a);
    emit(st);
    return true;
}

bool StatementBuilder::accordingTo(const Paragraph &p, const AttributionFinder &finder, const Sentence &s,
                                   int effectiveEnd)
{
    // "According to Peskov, the talks …"
    const MentionFinder &w = finder.mentions();
    if (!w.isWord(s.first, u"according") || !w.isWord(s.first + 1, u"to"))
        return false;
    Attribution a;
    a.speaker = w.startingAt(s.first + 2, effectiveEnd);
    if (!a.speaker.isValid() || a.speaker.kind == Mention::Pronoun || !w.isPunct(a.speaker.tail + 1, u','))
        return false;
    const int c = a.speaker.tail + 2;
    if (wordCount(p.tokens, c, effectiveEnd) < kMinClauseWords)
        return false;
    a.verb = QStringLiteral("according to");
    a.verbToken = s.first;
    Statement st = reported(p, c, effectiveEnd);
    attribute(st, a);
    emit(st);
    return true;
}

bool StatementBuilder::colonQuote(const Paragraph &p, const AttributionFinder &finder, const Sentence &s,
                                  int effectiveEnd)
{
    // Headline style: Putin: “We hope …”
    const auto &t = p.tokens;
    bool colonNear = false;
    for (int i = s.first + 1; i < effectiveEnd && i - s.first < 10 && !colonNear; ++i)
        colonNear = t[size_t(i)].kind == Token::Punct && t[size_t(i)].ch == u':';
    if (!colonNear)
        return false;
    Attribution a;
    a.speaker = finder.mentions().startingAt(s.first, effectiveEnd);
    if (a.speaker.kind != Mention::Person && a.speaker.kind != Mention::Organisation)
        return false;
    const int colon = a.speaker.tail + 1;
    if (!finder.mentions().isPunct(colon, u':') || !opensSpan(t, p.spans, colon + 1))
        return false;
    const int close = p.spans[size_t(t[size_t(colon + 1)].span)].close;
    if (close >= 0 && close < effectiveEnd - 1)
        return false;
    a.verb = QStringLiteral(":");
    a.verbToken = colon;
    Statement st;
    st.kind = StatementKind::Direct;
    const bool closed = appendQuote(p, t[size_t(colon + 1)].span, st);
    attribute(st, a);
    if (closed)
        emit(st);
    else
        m_open = {st, true};
    return true;
}

QList<Statement> StatementBuilder::finish()
{
    if (m_open.active) {
        m_open.active = false;
        if (m_open.statement.speaker.isEmpty() && m_open.statement.speakerSurface.isEmpty())
            m_orphans.push_back(m_open.statement);
        else
            emit(m_open.statement);
        settleOrphans();
    }
    // One look-up per distinct description: a long article repeats them.
    QHash<QString, Speaker> late;
    for (Statement &st : m_statements) {
        // "Malaysia's foreign minister said …" before the minister is named:
        // a description left as its own speaker, not "a diplomat".
        const bool description = st.speakerKind == SpeakerKind::Person && !st.speakerRole.isEmpty()
            && st.speaker == st.speakerSurface && st.speakerSurface.endsWith(st.speakerRole, Qt::CaseInsensitive)
            && !st.speakerSurface.startsWith(u"a ", Qt::CaseInsensitive)
            && !st.speakerSurface.startsWith(u"an ", Qt::CaseInsensitive) && !st.speakerRole.endsWith(u's');
        if (!description)
            continue;
        auto found = late.constFind(st.speakerRole);
        if (found == late.constEnd())
            found = late.insert(st.speakerRole, m_resolver.resolveLate(st.speakerRole));
        if (found->name.isEmpty())
            continue;
        st.speaker = found->name;
        st.speakerRole = found->role;
    }
    std::stable_sort(m_statements.begin(), m_statements.end(), before);
    return m_statements;
}

} // namespace dateline
