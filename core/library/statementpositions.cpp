#include "library/statementpositions.h"

#include "library/derivedcolumns.h"
#include "library/ftstokenizer.h"
#include "library/paragraphtext.h"
#include "library/varint.h"

#include <sqlite3.h>

#include <algorithm>

namespace dateline {

namespace {

// More tokens than a column of a 64 MB file can hold: a larger value is damage.
constexpr quint64 kMaxTokens = quint64(1) << 30;

// UTF-8 bytes of the first `units` UTF-16 units of `text` (a surrogate
// pair they cut counts whole). Counted per unit in blocks of fixed size,
// which the compiler vectorises at -O2 (a loop of unknown length it does
// not), then corrected for surrogate pairs should there be any.
int utf8Length(QStringView text, qsizetype units)
{
    units = qBound(qsizetype(0), units, text.size());
    const char16_t *p = text.utf16();
    constexpr qsizetype kBlock = 32;
    int bytes = 0;
    bool surrogates = false;
    qsizetype i = 0;
    for (; i + kBlock <= units; i += kBlock) {
        int block = 0;
        int halves = 0;
        for (qsizetype k = 0; k < kBlock; ++k) {
            const char16_t c = p[i + k];
            block += 1 + int(c >= 0x80) + int(c >= 0x800);
            halves |= int((c & 0xf800) == 0xd800);
        }
        bytes += block;
        surrogates |= halves != 0;
    }
    for (; i < units; ++i) {
        const char16_t c = p[i];
        bytes += 1 + int(c >= 0x80) + int(c >= 0x800);
        surrogates |= (c & 0xf800) == 0xd800;
    }
    if (!surrogates)
        return bytes;
    // Each half was counted as three bytes; a pair is four.
    for (qsizetype j = 0; j < units; ++j) {
        if (QChar::isHighSurrogate(p[j]) && j + 1 < text.size() && QChar::isLowSurrogate(p[j + 1])) {
            bytes += j + 1 < units ? -2 : 1;
            ++j;
        }
    }
    return bytes;
}

// The aggregate's rows for one article: statements arrive in no set order.
struct PendingStatement
{
    StatementPosition position;
    StatementPositions::Span span;
    QByteArray speaker;
    QByteArray quote;
    bool literal = false; // the text is stored as it is: `quote`
};

struct PendingArticle
{
    QByteArray body;
    bool compressed = false;
    QString lengths;
    QList<PendingStatement> statements;
};

PendingArticle **pendingOf(sqlite3_context *context, bool create)
{
    return static_cast<PendingArticle **>(sqlite3_aggregate_context(context, create ? int(sizeof(void *)) : 0));
}

QByteArray bytesOf(sqlite3_value *value)
{
    const auto *data = static_cast<const char *>(sqlite3_value_blob(value));
    return QByteArray(data, sqlite3_value_bytes(value));
}

void positionsStep(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 9)
        return;
    PendingArticle **pending = pendingOf(context, true);
    if (!pending) {
        sqlite3_result_error_nomem(context);
        return;
    }
    if (!*pending) {
        *pending = new PendingArticle;
        (*pending)->compressed = sqlite3_value_type(argv[0]) == SQLITE_BLOB;
        (*pending)->body = bytesOf(argv[0]);
        (*pending)->lengths = QString::fromUtf8(bytesOf(argv[1]));
    }
    PendingStatement s;
    s.position.id = sqlite3_value_int64(argv[2]);
    s.position.personId = sqlite3_value_int64(argv[3]);
    s.span = {sqlite3_value_int(argv[4]), sqlite3_value_int(argv[5]), sqlite3_value_int(argv[6])};
    s.speaker = bytesOf(argv[7]);
    s.literal = sqlite3_value_type(argv[8]) != SQLITE_NULL;
    s.quote = bytesOf(argv[8]);
    (*pending)->statements.append(std::move(s));
}

void positionsFinal(sqlite3_context *context)
{
    PendingArticle **pending = pendingOf(context, false);
    if (!pending || !*pending) {
        sqlite3_result_blob(context, "", 0, SQLITE_STATIC);
        return;
    }
    PendingArticle article = std::move(**pending);
    delete *pending;
    *pending = nullptr;

    std::sort(article.statements.begin(), article.statements.end(),
              [](const PendingStatement &a, const PendingStatement &b) { return a.position.id < b.position.id; });
    const FtsTokenizer tokenizer(sqlite3_context_db_handle(context));
    if (!tokenizer.isValid()) {
        sqlite3_result_error(context, "dateline_statement_positions: no FTS5 tokenizer", -1);
        return;
    }
    const QByteArray body = DerivedColumns::unpackBody(article.body, article.compressed);
    const QStringList paragraphs = ParagraphText::split(body, article.lengths);
    QList<StatementPositions::Span> spans;
    for (const PendingStatement &s : article.statements)
        spans << s.span;
    const QList<std::pair<int, int>> ranges = StatementPositions::bodyRanges(tokenizer, body, paragraphs, spans);
    QList<StatementPosition> positions;
    for (qsizetype i = 0; i < article.statements.size(); ++i) {
        StatementPosition p = article.statements.at(i).position;
        // A text stored as it is stands in the quotes column alone.
        const bool literal = article.statements.at(i).literal;
        p.start = literal ? 0 : ranges.at(i).first;
        p.count = literal ? 0 : ranges.at(i).second;
        p.speakerCount = tokenizer.count(article.statements.at(i).speaker);
        p.quoteCount = tokenizer.count(article.statements.at(i).quote);
        positions << p;
    }
    const QByteArray packed = StatementPositions::pack(positions);
    sqlite3_result_blob(context, packed.constData(), int(packed.size()), SQLITE_TRANSIENT);
}

} // namespace

QList<std::pair<int, int>> StatementPositions::bodyRanges(const FtsTokenizer &tokenizer, QByteArrayView bodyUtf8,
                                                          const QStringList &paragraphs, const QList<Span> &spans,
                                                          const QList<qsizetype> &paragraphBytes)
{
    QList<std::pair<int, int>> ranges;
    ranges.reserve(spans.size());
    if (spans.isEmpty())
        return ranges;
    // Paragraph i starts after the ones before it and their blank lines.
    std::vector<int> paragraphStart;
    paragraphStart.reserve(size_t(paragraphs.size()));
    const bool sized = paragraphBytes.size() == paragraphs.size();
    int offset = 0;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        paragraphStart.push_back(offset);
        const QString &p = paragraphs.at(i);
        offset += (sized ? int(paragraphBytes.at(i)) : utf8Length(p, p.size())) + 2;
    }
    // A span takes the tokens it overlaps, a word it cuts included.
    const std::vector<FtsTokenizer::Bounds> tokens = tokenizer.tokenBounds(bodyUtf8);
    const auto firstEndingAfter = [&tokens](int byte) {
        return int(std::partition_point(tokens.begin(), tokens.end(),
                                        [byte](const FtsTokenizer::Bounds &t) { return t.end <= byte; })
                   - tokens.begin());
    };
    const auto firstStartingFrom = [&tokens](int byte) {
        return int(std::partition_point(tokens.begin(), tokens.end(),
                                        [byte](const FtsTokenizer::Bounds &t) { return t.start < byte; })
                   - tokens.begin());
    };
    for (const Span &s : spans) {
        if (s.paragraph < 0 || s.paragraph >= paragraphs.size() || s.end <= s.start) {
            ranges.append({0, 0});
            continue;
        }
        const QString &p = paragraphs.at(s.paragraph);
        const int base = paragraphStart[size_t(s.paragraph)];
        const int first = firstEndingAfter(base + utf8Length(p, s.start));
        const int last = firstStartingFrom(base + utf8Length(p, s.end));
        ranges.append({first, qMax(0, last - first)});
    }
    return ranges;
}

QByteArray StatementPositions::pack(const QList<StatementPosition> &positions)
{
    QByteArray out;
    out.reserve(positions.size() * 6);
    qint64 previous = 0;
    for (const StatementPosition &p : positions) {
        putVarint(out, quint64(p.id - previous));
        putVarint(out, quint64(qMax<qint64>(0, p.personId)));
        putVarint(out, quint64(qMax(0, p.start)));
        putVarint(out, quint64(qMax(0, p.count)));
        putVarint(out, quint64(qMax(0, p.speakerCount)));
        putVarint(out, quint64(qMax(0, p.quoteCount)));
        previous = p.id;
    }
    return out;
}

bool StatementPositions::Reader::next(StatementPosition &p)
{
    quint64 step = 0, person = 0, start = 0, count = 0, speaker = 0, quote = 0;
    if (m_pos >= m_packed.size() || !getVarint(m_packed, m_pos, step) || !getVarint(m_packed, m_pos, person)
        || !getVarint(m_packed, m_pos, start) || !getVarint(m_packed, m_pos, count)
        || !getVarint(m_packed, m_pos, speaker) || !getVarint(m_packed, m_pos, quote)
        || std::max({start, count, speaker, quote}) > kMaxTokens) {
        m_pos = m_packed.size();
        return false;
    }
    p.id = m_previous + qint64(step);
    p.personId = qint64(person);
    p.start = int(start);
    p.count = int(count);
    p.speakerCount = int(speaker);
    p.quoteCount = int(quote);
    m_previous = p.id;
    return true;
}

QList<StatementPosition> StatementPositions::unpack(QByteArrayView packed)
{
    QList<StatementPosition> positions;
    Reader reader(packed);
    StatementPosition p;
    while (reader.next(p))
        positions << p;
    return positions;
}

bool StatementPositions::registerWith(sqlite3 *db)
{
    // Not deterministic: it reads the connection's tokenizer. Innocuous:
    // a migration calls it.
    return sqlite3_create_function_v2(db, "dateline_statement_positions", 9, SQLITE_UTF8 | SQLITE_INNOCUOUS, nullptr,
                                      nullptr, &positionsStep, &positionsFinal, nullptr)
        == SQLITE_OK;
}

} // namespace dateline
