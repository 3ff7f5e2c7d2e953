#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

struct sqlite3;

namespace dateline {

class FtsTokenizer;

// Where each statement of an article stands in the article's full-text row:
// its span as a range of token positions in the body column, its speaker's
// words in the speakers column and, for the rare statement whose text is
// not its span's (stored as it is), that text in the quotes column (both
// columns list the statements in id order, one after the other); and its
// person. With them one index over the articles answers
// statement searches too: a statement matches when the query's words fall
// inside its ranges (see StatementHits), where a second index repeating
// the statements' words nearly doubled the library's full-text data.
// One row of statement_positions per article packs them, a few bytes per
// statement.
struct StatementPosition
{
    qint64 id = 0;
    qint64 personId = 0; // 0: none
    int start = 0; // first token of the span in the body column
    int count = 0; // its tokens
    int speakerCount = 0; // tokens of the speaker in the speakers column
    int quoteCount = 0; // tokens of a literal text in the quotes column
};

class StatementPositions final
{
public:
    // A statement's span: UTF-16 offsets [start, end) in a paragraph.
    struct Span
    {
        int paragraph = 0;
        int start = 0;
        int end = 0;
    };
    // The token range [first, first + count) each span takes in the body
    // column, the body being `paragraphs` as ParagraphText joins them.
    // `paragraphBytes`, the paragraphs' UTF-8 sizes when the caller has
    // them (ParagraphText::encode), saves counting them again.
    static QList<std::pair<int, int>> bodyRanges(const FtsTokenizer &tokenizer, QByteArrayView bodyUtf8,
                                                 const QStringList &paragraphs, const QList<Span> &spans,
                                                 const QList<qsizetype> &paragraphBytes = {});

    // Varints per statement, ids ascending: id step, person, start, count,
    // speaker tokens, quote tokens.
    static QByteArray pack(const QList<StatementPosition> &positions);
    // What pack() wrote; a damaged value yields the statements before the
    // damage.
    static QList<StatementPosition> unpack(QByteArrayView packed);
    // The same one statement at a time, with nothing allocated.
    class Reader
    {
    public:
        explicit Reader(QByteArrayView packed)
            : m_packed(packed)
        {
        }
        bool next(StatementPosition &position);

    private:
        QByteArrayView m_packed;
        qsizetype m_pos = 0;
        qint64 m_previous = 0;
    };

    // The separator of the speakers and quotes columns' values
    // (group_concat in the schema's article_texts view): no token, so each
    // statement's words follow the previous one's.
    static constexpr char kSeparator = '\x1f';

    // Registers dateline_statement_positions(body, paragraph_lengths, id,
    // person_id, paragraph, span_start, span_end, speaker, literal text or
    // NULL), the aggregate migration 009 fills statement_positions with.
    static bool registerWith(sqlite3 *db);
};

} // namespace dateline
