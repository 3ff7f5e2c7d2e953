#pragma once

#include "extract/statements/mention.h"
#include "extract/statements/mentionfinder.h"
#include "extract/statements/quotescanner.h"
#include "extract/statements/reportingverblexicon.h"

#include <QString>

#include <vector>

namespace dateline {

// A reporting frame: who, with which verb, and where the frame ends.
struct Attribution
{
    Mention speaker;
    QString verb; // "said", "told", "according to", "was quoted as saying"
    ReportingVerbLexicon::Strength strength = ReportingVerbLexicon::NotAVerb;
    int verbToken = -1;
    int end = -1; // first token after the verb frame

    bool isValid() const { return speaker.isValid() && verbToken >= 0; }
};

// Finds reporting frames in a tokenised paragraph: after a quotation
// (“…,” Putin said / said Putin / according to X), in a sentence
// (Putin said that …, …, arguing that …) and at its end (…, Peskov said.).
class AttributionFinder final
{
public:
    AttributionFinder(QStringView text, const std::vector<Token> &tokens, const std::vector<QuoteSpan> &spans);

    // A frame starting at `from` (after a closing quote mark), within [from, end).
    Attribution after(int from, int end) const;
    // The first verb in [from, end) outside quotations that has a speaker;
    // the sentence starts at `first` (from == first unless searching on).
    Attribution inSentence(int first, int end, int from = -1) const;
    // The subject of a sentence, for frames like "…, arguing that".
    Mention subjectOf(int first, int limit) const;

    const MentionFinder &mentions() const { return m_mentions; }

private:
    // The verb at token i, extended to its frame ("said in a statement").
    bool verbAt(int i, Attribution &a) const;

    const std::vector<Token> &m_tokens;
    const std::vector<QuoteSpan> &m_spans;
    MentionFinder m_mentions;
};

} // namespace dateline
