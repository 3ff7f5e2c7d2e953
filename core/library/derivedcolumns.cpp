#include "library/derivedcolumns.h"

#include "library/countryspans.h"
#include "library/paragraphtext.h"
#include "library/searchfacets.h"
#include "library/varint.h"

#include <sqlite3.h>

#include <libdeflate.h>

#include <algorithm>
#include <cctype>
#include <limits>

namespace dateline {

namespace {

// Bodies are stored in qCompress's format: the length, 4 bytes big-endian,
// then a zlib stream. libdeflate writes and reads it in one call on whole
// buffers: at its level 1 about 2.5 times as fast as zlib's default level
// and as small on news text. One compressor and one decompressor
// per thread, made once: setting zlib's state up for every article cost
// the import's parsing threads as much as compressing did.
struct DeflateState
{
    libdeflate_compressor *compressor = libdeflate_alloc_compressor(1);
    libdeflate_decompressor *decompressor = libdeflate_alloc_decompressor();
    DeflateState() = default;
    ~DeflateState()
    {
        libdeflate_free_compressor(compressor);
        libdeflate_free_decompressor(decompressor);
    }
    DeflateState(const DeflateState &) = delete;
    DeflateState &operator=(const DeflateState &) = delete;
};

DeflateState &deflateState()
{
    thread_local DeflateState state;
    return state;
}

QByteArray compressLikeQt(const QByteArray &data)
{
    libdeflate_compressor *c = deflateState().compressor;
    if (!c || quint64(data.size()) > std::numeric_limits<quint32>::max())
        return {};
    const size_t bound = libdeflate_zlib_compress_bound(c, size_t(data.size()));
    QByteArray out(qsizetype(4 + bound), Qt::Uninitialized);
    const auto size = quint32(data.size());
    auto *head = reinterpret_cast<uchar *>(out.data());
    head[0] = uchar(size >> 24);
    head[1] = uchar(size >> 16);
    head[2] = uchar(size >> 8);
    head[3] = uchar(size);
    const size_t written = libdeflate_zlib_compress(c, data.constData(), size_t(data.size()), head + 4, bound);
    if (written == 0)
        return {};
    out.resize(qsizetype(4 + written));
    return out;
}

// qUncompress's reading of it; empty for anything damaged.
QByteArray uncompressLikeQt(const QByteArray &stored, quint32 expected)
{
    libdeflate_decompressor *d = deflateState().decompressor;
    if (!d)
        return {};
    QByteArray out(qsizetype(expected), Qt::Uninitialized);
    size_t actual = 0;
    const libdeflate_result result = libdeflate_zlib_decompress(d, stored.constData() + 4, size_t(stored.size() - 4),
                                                                out.data(), size_t(expected), &actual);
    if (result != LIBDEFLATE_SUCCESS || actual != expected)
        return {};
    return out;
}

// What SQLite hands a function as text, without copying it.
QByteArray bytesOf(sqlite3_value *value)
{
    const auto *data = static_cast<const char *>(sqlite3_value_blob(value));
    const int size = sqlite3_value_bytes(value);
    return data && size > 0 ? QByteArray::fromRawData(data, size) : QByteArray();
}

QString textOf(sqlite3_value *value)
{
    const QByteArray bytes = bytesOf(value);
    return QString::fromUtf8(bytes.constData(), bytes.size());
}

// A body argument, unpacked when it is stored compressed.
QByteArray bodyOf(sqlite3_value *value)
{
    return DerivedColumns::unpackBody(bytesOf(value), sqlite3_value_type(value) == SQLITE_BLOB);
}

void resultText(sqlite3_context *context, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

// dateline_body(body): the stored body as text.
void bodyFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL)
        return;
    const QByteArray text = bodyOf(argv[0]);
    sqlite3_result_text(context, text.isNull() ? "" : text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

// dateline_pack(text): the body as LibraryWriter stores it.
void packFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1)
        return;
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
        sqlite3_result_value(context, argv[0]);
        return;
    }
    bool compressed = false;
    const QByteArray packed = DerivedColumns::packBody(bytesOf(argv[0]), &compressed);
    if (compressed)
        sqlite3_result_blob(context, packed.constData(), int(packed.size()), SQLITE_TRANSIENT);
    else
        sqlite3_result_value(context, argv[0]);
}

// dateline_span(body, paragraph_lengths, paragraph, span_start, span_end
// [, edits]): the span, with statement_rows.edits applied when given.
void spanFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 5 && argc != 6)
        return;
    const QString span = DerivedColumns::span(bodyOf(argv[0]), textOf(argv[1]), sqlite3_value_int(argv[2]),
                                              sqlite3_value_int(argv[3]), sqlite3_value_int(argv[4]));
    if (argc == 6 && sqlite3_value_type(argv[5]) != SQLITE_NULL)
        resultText(context, DerivedColumns::applyEdits(span, bytesOf(argv[5])));
    else
        resultText(context, span);
}

// dateline_text_edits(span, text): DerivedColumns::textEdits as a BLOB,
// NULL when there are none (migration 008).
void textEditsFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 2)
        return;
    const QByteArray edits = DerivedColumns::textEdits(textOf(argv[0]), textOf(argv[1]));
    if (edits.isEmpty())
        sqlite3_result_null(context);
    else
        sqlite3_result_blob(context, edits.constData(), int(edits.size()), SQLITE_TRANSIENT);
}

// dateline_facets(person_id, published, codes joined by char(31))
void facetsFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 3)
        return;
    const QString codes = textOf(argv[2]);
    resultText(context,
               DerivedColumns::facets(sqlite3_value_int64(argv[0]), textOf(argv[1]),
                                      codes.isEmpty() ? QStringList() : codes.split(QChar(0x1f))));
}

// dateline_article_facets(published, person ids joined by ',', codes joined
// by char(31)): the facets column of an article's full-text row.
void articleFacetsFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 3)
        return;
    QList<qint64> persons;
    for (const QByteArray &id : bytesOf(argv[1]).split(',')) {
        if (const qint64 person = id.toLongLong(); person > 0)
            persons << person;
    }
    const QString codes = textOf(argv[2]);
    const QByteArray facets = SearchFacets::ofArticleRowUtf8(
        persons,
        SearchFacets::ofArticleCodes(textOf(argv[0]), codes.isEmpty() ? QStringList() : codes.split(QChar(0x1f)))
            .toUtf8());
    sqlite3_result_text(context, facets.constData(), int(facets.size()), SQLITE_TRANSIENT);
}

// dateline_country_spans(place, kind, paragraph, span_start, span_end,
// words): an aggregate packing one country's mentions of an article as
// article_countries.spans holds them (migration 008). `words` NULL: the
// paragraph span.
using PendingMentions = QList<CountrySpans::Mention>;

PendingMentions **pendingOf(sqlite3_context *context, bool create)
{
    return static_cast<PendingMentions **>(sqlite3_aggregate_context(context, create ? int(sizeof(void *)) : 0));
}

void countrySpansStep(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 6)
        return;
    PendingMentions **pending = pendingOf(context, true);
    if (!pending) {
        sqlite3_result_error_nomem(context);
        return;
    }
    if (!*pending)
        *pending = new PendingMentions;
    CountrySpans::Mention m;
    m.place = sqlite3_value_int(argv[0]);
    m.kind = CountrySpans::kindOf(textOf(argv[1]));
    m.paragraph = sqlite3_value_int(argv[2]);
    m.start = sqlite3_value_int(argv[3]);
    m.end = sqlite3_value_int(argv[4]);
    if (sqlite3_value_type(argv[5]) != SQLITE_NULL)
        m.words = textOf(argv[5]);
    (*pending)->append(m);
}

void countrySpansFinal(sqlite3_context *context)
{
    PendingMentions **pending = pendingOf(context, false);
    const PendingMentions mentions = pending && *pending ? **pending : PendingMentions();
    if (pending)
        delete *pending;
    const QByteArray spans = CountrySpans::encode(mentions);
    sqlite3_result_blob(context, spans.constData(), int(spans.size()), SQLITE_TRANSIENT);
}

// dateline_digest(content_hash): a hex SHA-256 content hash as the 32
// bytes schema 8 stores; anything else as it is (migration 008).
void digestFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1)
        return;
    const QByteArray hex = bytesOf(argv[0]);
    constexpr qsizetype kHexDigits = 64;
    const bool isHex = sqlite3_value_type(argv[0]) == SQLITE_TEXT && hex.size() == kHexDigits
        && std::all_of(hex.begin(), hex.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
    if (!isHex) {
        sqlite3_result_value(context, argv[0]);
        return;
    }
    const QByteArray digest = QByteArray::fromHex(hex);
    sqlite3_result_blob(context, digest.constData(), int(digest.size()), SQLITE_TRANSIENT);
}

} // namespace

bool DerivedColumns::registerWith(sqlite3 *db)
{
    struct Function
    {
        const char *name;
        int arguments;
        void (*call)(sqlite3_context *, int, sqlite3_value **);
    };
    static constexpr Function functions[] = {{"dateline_body", 1, &bodyFunction},
                                             {"dateline_pack", 1, &packFunction},
                                             {"dateline_span", 5, &spanFunction},
                                             {"dateline_span", 6, &spanFunction},
                                             {"dateline_text_edits", 2, &textEditsFunction},
                                             {"dateline_digest", 1, &digestFunction},
                                             {"dateline_facets", 3, &facetsFunction},
                                             {"dateline_article_facets", 3, &articleFacetsFunction}};
    // Innocuous: the views and triggers of the schema call them.
    constexpr int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    for (const Function &f : functions) {
        if (sqlite3_create_function_v2(db, f.name, f.arguments, flags, nullptr, f.call, nullptr, nullptr, nullptr)
            != SQLITE_OK)
            return false;
    }
    return sqlite3_create_function_v2(db, "dateline_country_spans", 6, flags, nullptr, nullptr, &countrySpansStep,
                                      &countrySpansFinal, nullptr)
        == SQLITE_OK;
}

QByteArray DerivedColumns::packBody(const QByteArray &utf8, bool *compressed)
{
    // Short texts do not shrink: zlib's header and Qt's length prefix cost
    // more than they save.
    constexpr qsizetype kMinBytes = 200;
    *compressed = false;
    if (utf8.size() < kMinBytes)
        return utf8;
    QByteArray packed = compressLikeQt(utf8);
    if (packed.isEmpty() || packed.size() >= utf8.size())
        return utf8;
    *compressed = true;
    return packed;
}

QByteArray DerivedColumns::unpackBody(const QByteArray &stored, bool compressed)
{
    if (!compressed)
        return stored;
    // The length prefix says what to allocate. DEFLATE expands at most
    // about 1,032 times, so a prefix claiming more than that of the stored
    // bytes is damage, read as empty rather than allocated.
    constexpr quint64 kMaxRatio = 1100;
    if (stored.size() < 4)
        return {};
    const auto *p = reinterpret_cast<const uchar *>(stored.constData());
    const quint32 expected = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    if (quint64(expected) > quint64(stored.size()) * kMaxRatio)
        return {};
    return uncompressLikeQt(stored, expected);
}

QString DerivedColumns::span(const QByteArray &bodyUtf8, const QString &lengths, int paragraph, int start, int end)
{
    if (start < 0 || end < start)
        return {};
    return spanOf(ParagraphText::at(bodyUtf8, lengths, paragraph), start, end);
}

QString DerivedColumns::spanOf(const QString &paragraph, int start, int end)
{
    return spanViewOf(paragraph, start, end).toString();
}

QStringView DerivedColumns::spanViewOf(QStringView paragraph, int start, int end)
{
    if (start < 0 || end < start || end > paragraph.size())
        return {};
    return paragraph.mid(start, end - start);
}

QByteArray DerivedColumns::textEdits(const QString &span, const QString &text)
{
    // How far one side may skip ahead to find the other again: the words
    // between the parts of an interrupted quote, the few put in to join them.
    constexpr qsizetype kMaxLeftOut = 96;
    constexpr qsizetype kMaxPutIn = 12;
    // Units that must agree after a skip for the two to be in step again.
    constexpr qsizetype kInStep = 6;
    const qsizetype n = span.size();
    const qsizetype m = text.size();
    const QChar *s = span.constData();
    const QChar *t = text.constData();
    const auto inStep = [&](qsizetype i, qsizetype j) {
        const qsizetype left = std::min(n - i, m - j);
        if (left < kInStep && (n - i != m - j))
            return false;
        const qsizetype check = std::min(left, kInStep);
        return std::equal(s + i, s + i + check, t + j);
    };
    // Edits as long as the text are no saving: the search stops there,
    // which also bounds its work on texts unlike their span.
    const qsizetype textBytes = text.toUtf8().size();
    QByteArray edits;
    qsizetype i = 0;
    qsizetype j = 0;
    qsizetype kept = 0;
    const auto addRun = [&](qsizetype leftOut, qsizetype putFrom, qsizetype putIn) {
        const QByteArray utf8 = text.mid(putFrom, putIn).toUtf8();
        putVarint(edits, quint64(kept));
        putVarint(edits, quint64(leftOut));
        putVarint(edits, quint64(utf8.size()));
        edits.append(utf8);
        kept = 0;
    };
    while (i < n && j < m) {
        if (s[i] == t[j]) {
            ++i;
            ++j;
            ++kept;
            continue;
        }
        // The cheapest skip (fewest units left out plus put in) after which
        // both agree again.
        qsizetype leftOut = -1;
        qsizetype putIn = 0;
        for (qsizetype cost = 1; cost <= kMaxLeftOut + kMaxPutIn && leftOut < 0; ++cost) {
            for (qsizetype in = 0; in <= std::min(cost, kMaxPutIn); ++in) {
                const qsizetype out = cost - in;
                if (out > kMaxLeftOut || i + out > n || j + in > m)
                    continue;
                if (inStep(i + out, j + in)) {
                    leftOut = out;
                    putIn = in;
                    break;
                }
            }
        }
        if (leftOut < 0)
            return {};
        addRun(leftOut, j, putIn);
        if (edits.size() >= textBytes)
            return {};
        i += leftOut;
        j += putIn;
    }
    if (i < n || j < m)
        addRun(n - i, j, m - j);
    if (edits.size() >= textBytes || applyEdits(span, edits) != text)
        return {};
    return edits;
}

QString DerivedColumns::applyEdits(const QString &span, QByteArrayView edits)
{
    QString out;
    out.reserve(span.size());
    qsizetype pos = 0;
    qsizetype at = 0;
    while (pos < edits.size()) {
        quint64 keep = 0;
        quint64 leftOut = 0;
        quint64 bytes = 0;
        if (!getVarint(edits, pos, keep) || !getVarint(edits, pos, leftOut) || !getVarint(edits, pos, bytes)
            || keep > quint64(span.size() - at) || leftOut > quint64(span.size() - at) - keep
            || bytes > quint64(edits.size() - pos))
            return span;
        out.append(QStringView(span).sliced(at, qsizetype(keep)));
        at += qsizetype(keep + leftOut);
        out.append(QString::fromUtf8(edits.sliced(pos, qsizetype(bytes))));
        pos += qsizetype(bytes);
    }
    out.append(QStringView(span).sliced(at));
    return out;
}

QString DerivedColumns::facets(qint64 personId, const QString &published, const QStringList &countryCodes)
{
    return SearchFacets::ofStatement(personId, SearchFacets::ofArticleCodes(published, countryCodes));
}

} // namespace dateline
