#include "library/statementsnippet.h"

#include "library/ftstokenizer.h"

#include <vector>

namespace dateline {

namespace {

struct Phrase
{
    QList<QByteArray> words;
    bool prefix = false;
};

// "word" or "two ""quoted"" words"* back to its words.
Phrase phraseOf(const FtsTokenizer &tokenizer, QString fts)
{
    Phrase p;
    if (fts.endsWith(QLatin1Char('*'))) {
        p.prefix = true;
        fts.chop(1);
    }
    if (fts.size() >= 2 && fts.startsWith(QLatin1Char('"')) && fts.endsWith(QLatin1Char('"')))
        fts = fts.mid(1, fts.size() - 2);
    fts.replace(QStringLiteral("\"\""), QStringLiteral("\""));
    for (const FtsTokenizer::Token &t : tokenizer.tokens(fts.toUtf8()))
        p.words << t.text;
    return p;
}

bool matchesAt(const QList<FtsTokenizer::Token> &tokens, qsizetype at, const Phrase &p)
{
    if (p.words.isEmpty() || at + p.words.size() > tokens.size())
        return false;
    for (qsizetype k = 0; k < p.words.size(); ++k) {
        const QByteArray &token = tokens.at(at + k).text;
        const bool last = k + 1 == p.words.size();
        if (last && p.prefix ? !token.startsWith(p.words.at(k)) : token != p.words.at(k))
            return false;
    }
    return true;
}

} // namespace

QString StatementSnippet::of(const FtsTokenizer &tokenizer, const QString &text, const QStringList &phrases,
                             const QString &open, const QString &close, int maxTokens)
{
    const QByteArray utf8 = text.toUtf8();
    const QList<FtsTokenizer::Token> tokens = tokenizer.tokens(utf8);
    if (tokens.isEmpty())
        return text;

    // The phrase instance each token belongs to (0: none); one highlight
    // per instance, as snippet() gave, so "closer trade" reads
    // "[closer] [trade]" and "\"closer trade\"" "[closer trade]".
    std::vector<int> marked(size_t(tokens.size()), 0);
    int instance = 0;
    for (const QString &fts : phrases) {
        const Phrase p = phraseOf(tokenizer, fts);
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            if (matchesAt(tokens, i, p)) {
                ++instance;
                for (qsizetype k = 0; k < p.words.size(); ++k)
                    marked[size_t(i + k)] = instance;
            }
        }
    }

    // The window of at most maxTokens tokens holding the most marked ones,
    // the earliest of equals, then moved to give the first of them a few
    // words before it where that loses none.
    const qsizetype n = tokens.size();
    const qsizetype window = qMax(1, maxTokens);
    qsizetype first = 0;
    const auto markedIn = [&marked, window](qsizetype start) {
        qsizetype count = 0;
        for (qsizetype i = start; i < start + window; ++i)
            count += marked[size_t(i)] != 0;
        return count;
    };
    if (n > window) {
        qsizetype count = markedIn(0);
        qsizetype best = count;
        for (qsizetype start = 1; start + window <= n; ++start) {
            count += marked[size_t(start + window - 1)] != 0;
            count -= marked[size_t(start - 1)] != 0;
            if (count > best) {
                best = count;
                first = start;
            }
        }
        qsizetype firstMarked = first;
        while (firstMarked < n && !marked[size_t(firstMarked)])
            ++firstMarked;
        const qsizetype moved = qBound(qsizetype(0), firstMarked - window / 4, n - window);
        if (markedIn(moved) == best)
            first = moved;
    }
    const qsizetype last = qMin(n, first + window) - 1;
    const int from = first == 0 ? 0 : tokens.at(first).start;
    const int to = last == n - 1 ? int(utf8.size()) : tokens.at(last).end;

    QString out;
    if (first > 0)
        out += QChar(kEllipsis);
    int at = from;
    for (qsizetype i = first; i <= last; ++i) {
        if (!marked[size_t(i)])
            continue;
        qsizetype end = i;
        while (end + 1 <= last && marked[size_t(end + 1)] == marked[size_t(i)])
            ++end;
        out += QString::fromUtf8(utf8.mid(at, tokens.at(i).start - at));
        out += open;
        out += QString::fromUtf8(utf8.mid(tokens.at(i).start, tokens.at(end).end - tokens.at(i).start));
        out += close;
        at = tokens.at(end).end;
        i = end;
    }
    out += QString::fromUtf8(utf8.mid(at, to - at));
    if (last < n - 1)
        out += QChar(kEllipsis);
    return out;
}

} // namespace dateline
