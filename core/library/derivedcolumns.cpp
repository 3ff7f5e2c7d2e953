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

void resultText(sqlite3_context *context, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

// dateline_span(body, paragraph_lengths, paragraph, span_start, span_end)
void spanFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 5)
        return;
    resultText(context,
               DerivedColumns::span(bytesOf(argv[0]), textOf(argv[1]), sqlite3_value_int(argv[2]),
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
    // Innocuous: the view and triggers of the schema may call them.
    constexpr int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    return sqlite3_create_function_v2(db, "dateline_span", 5, flags, nullptr, &spanFunction, nullptr, nullptr, nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(db, "dateline_facets", 3, flags, nullptr, &facetsFunction, nullptr, nullptr,
                                      nullptr)
        == SQLITE_OK;
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
