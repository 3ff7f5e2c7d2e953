#include "extract/statements/quotescanner.h"
#include "extract/statements/tokenizer.h"
#include "statementtestsupport.h"

#include <gtest/gtest.h>

using namespace dateline;
using dateline::test::u8;

namespace {

// The quoted words of each outermost quotation in `text`.
QStringList quotations(const QString &text)
{
    std::vector<Token> tokens;
    std::vector<QuoteSpan> spans;
    Tokenizer::tokenize(text, tokens);
    QuoteScanner::pair(tokens, spans);
    QStringList out;
    for (const QuoteSpan &q : spans) {
        if (q.open < 0)
            continue;
        const int from = tokens[size_t(q.open)].end;
        const int to = q.close >= 0 ? tokens[size_t(q.close)].start : int(text.size());
        out << text.mid(from, to - from) + (q.close >= 0 ? QString() : QStringLiteral("…"));
    }
    return out;
}

} // namespace

TEST(QuoteScanner, CurlyDoubleQuotesPair)
{
    EXPECT_EQ(quotations(u8("“We hope,” he said, “to restore ties.”")),
              (QStringList {QStringLiteral("We hope,"), QStringLiteral("to restore ties.")}));
}

TEST(QuoteScanner, ApostrophesAreNotQuoteMarks)
{
    EXPECT_EQ(quotations(u8("Russia’s envoy said the ’90s and don't matter; the countries’ envoys met.")),
              QStringList {});
    EXPECT_EQ(quotations(u8("‘It’s Russia’s choice,’ she said.")), QStringList {u8("It’s Russia’s choice,")});
}

TEST(QuoteScanner, StraightQuotesPairByContext)
{
    EXPECT_EQ(quotations(u8("\"We won't stop,\" he said of the 'so-called' plan.")),
              (QStringList {u8("We won't stop,"), u8("so-called")}));
}

TEST(QuoteScanner, NestedQuotesStayInsideTheOuterOne)
{
    EXPECT_EQ(quotations(u8("“He called it ‘a disgrace’ today,” she said.")),
              QStringList {u8("He called it ‘a disgrace’ today,")});
}

TEST(QuoteScanner, GuillemetsAndGermanQuotes)
{
    EXPECT_EQ(quotations(u8("«Nous sommes prêts», a-t-il dit. „Wir sind bereit“, sagte er.")),
              (QStringList {u8("Nous sommes prêts"), u8("Wir sind bereit")}));
}

TEST(QuoteScanner, UnclosedQuotationIsReportedOpen)
{
    EXPECT_EQ(quotations(u8("He said: “This runs on")), QStringList {u8("This runs on…")});
}
