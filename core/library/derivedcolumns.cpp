#include "library/derivedcolumns.h"

#include "library/paragraphtext.h"
#include "library/searchfacets.h"

#include <sqlite3.h>

namespace dateline {

namespace {

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

// dateline_span(body, paragraph_lengths, paragraph, span_start, span_end)
void spanFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 5)
        return;
    resultText(context,
               DerivedColumns::span(bodyOf(argv[0]), textOf(argv[1]), sqlite3_value_int(argv[2]),
                                    sqlite3_value_int(argv[3]), sqlite3_value_int(argv[4])));
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
                                             {"dateline_facets", 3, &facetsFunction}};
    // Innocuous: the views and triggers of the schema call them.
    constexpr int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    for (const Function &f : functions) {
        if (sqlite3_create_function_v2(db, f.name, f.arguments, flags, nullptr, f.call, nullptr, nullptr, nullptr)
            != SQLITE_OK)
            return false;
    }
    return true;
}

QByteArray DerivedColumns::packBody(const QByteArray &utf8, bool *compressed)
{
    // Short texts do not shrink: zlib's header and Qt's length prefix cost
    // more than they save.
    constexpr qsizetype kMinBytes = 200;
    *compressed = false;
    if (utf8.size() < kMinBytes)
        return utf8;
    // Level 1: most of the saving of the default level at a fraction of its
    // time, on the writer's thread.
    QByteArray packed = qCompress(utf8, 1);
    if (packed.size() >= utf8.size())
        return utf8;
    *compressed = true;
    return packed;
}

QByteArray DerivedColumns::unpackBody(const QByteArray &stored, bool compressed)
{
    if (!compressed)
        return stored;
    // qUncompress allocates what the length prefix claims. zlib expands at
    // most about 1,032 times, so a prefix claiming more than that of the
    // stored bytes is damage, read as empty rather than allocated.
    constexpr quint64 kMaxRatio = 1100;
    if (stored.size() < 4)
        return {};
    const auto *p = reinterpret_cast<const uchar *>(stored.constData());
    const quint32 expected = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    if (quint64(expected) > quint64(stored.size()) * kMaxRatio)
        return {};
    return qUncompress(stored);
}

QString DerivedColumns::span(const QByteArray &bodyUtf8, const QString &lengths, int paragraph, int start, int end)
{
    if (start < 0 || end < start)
        return {};
    return spanOf(ParagraphText::at(bodyUtf8, lengths, paragraph), start, end);
}

QString DerivedColumns::spanOf(const QString &paragraph, int start, int end)
{
    if (start < 0 || end < start || end > paragraph.size())
        return {};
    return paragraph.mid(start, end - start);
}

QString DerivedColumns::facets(qint64 personId, const QString &published, const QStringList &countryCodes)
{
    return SearchFacets::ofStatement(personId, SearchFacets::ofArticleCodes(published, countryCodes));
}

} // namespace dateline
