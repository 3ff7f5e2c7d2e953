#pragma once

#include "extract/statements/attributionfinder.h"
#include "extract/statements/quotescanner.h"
#include "extract/statements/sentencesplitter.h"
#include "extract/statements/speakerresolver.h"
#include "extract/statements/tokenizer.h"
#include "model/extraction.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace dateline {

// Reads an article's paragraphs in order and collects its statements. It
// keeps what must survive a paragraph break: the people met so far, a
// quotation still open, the last speaker for unattributed follow-up quotes.
class StatementBuilder final
{
public:
    // Learns people from text that is not searched for statements
    // (headline, standfirst, caption).
    void learn(const QString &text);
    // `tokens`, when given, holds the paragraph's tokens from
    // Tokenizer::tokenize; they are taken over.
    void addParagraph(const QStringList &paragraphs, int index, std::vector<Token> *tokens = nullptr);
    QList<Statement> finish();

private:
    struct Paragraph
    {
        QStringView text;
        int index = 0;
        std::vector<Token> tokens;
        std::vector<QuoteSpan> spans;
        std::vector<Sentence> sentences;
    };
    // A quotation that runs over paragraph breaks, or one with no speaker yet.
    struct Open
    {
        Statement statement;
        bool active = false;
    };

    // Tokenises the text unless `tokens` already holds its tokens.
    void prepare(Paragraph &p, QStringView text, QStringView next, std::vector<Token> *tokens = nullptr);
    void learnPeople(const Paragraph &p, const AttributionFinder &finder, const Sentence &s);
    void sentence(const Paragraph &p, const AttributionFinder &finder, const Sentence &s);
    // Finds the statement of one part of a sentence; returns where the next
    // speaker's part starts, or -1.
    int sentencePart(const Paragraph &p, const AttributionFinder &finder, const Sentence &s);
    bool quoteFirst(const Paragraph &p, const AttributionFinder &finder, const Sentence &s, int effectiveEnd);
    bool framedQuote(const Paragraph &p, const AttributionFinder &finder, const Attribution &a, int effectiveEnd);
    // A reported clause; `restOut` receives where a second speaker's part of
    // the sentence starts ("…, while Rutte said …"), if there is one.
    bool clause(const Paragraph &p, const AttributionFinder &finder, const Attribution &a, int effectiveEnd,
                int *restOut = nullptr);
    // Where ", adding that …" or "… and cautioned that …" starts in
    // [first, end) (its comma or "and"), or -1.
    int addedClause(const Paragraph &p, const AttributionFinder &finder, int first, int end) const;
    // The clause after "adding that" as a statement by the speaker of `first`.
    void emitAdded(const Paragraph &p, const AttributionFinder &finder, const Statement &first, int comma, int end);
    bool trailingAttribution(const Paragraph &p, const AttributionFinder &finder, const Sentence &s, int effectiveEnd);
    bool accordingTo(const Paragraph &p, const AttributionFinder &finder, const Sentence &s, int effectiveEnd);
    bool colonQuote(const Paragraph &p, const AttributionFinder &finder, const Sentence &s, int effectiveEnd);

    // Appends a quotation's words to a statement; returns false when the
    // quotation runs on into the next paragraph.
    bool appendQuote(const Paragraph &p, int span, Statement &st);
    void attribute(Statement &st, const Attribution &a);
    void emit(const Statement &st);
    void continueOpen(const Paragraph &p, const AttributionFinder &finder, const Sentence &s);
    void settleOrphans();
    Statement reported(const Paragraph &p, int first, int end) const;

    // The last quote-first statement, which a following whole-sentence
    // quotation in the same paragraph continues.
    struct Joinable
    {
        int paragraph = -1;
        int end = -1; // token after its sentence
        qsizetype statement = -1;
    };

    Paragraph m_scratch;
    Joinable m_joinable;
    SpeakerResolver m_resolver;
    QList<Statement> m_statements;
    std::vector<Statement> m_orphans; // whole-sentence quotes awaiting a speaker
    Open m_open;
};

} // namespace dateline
