// The packed columns a library file holds (schemas 8 and 9) read from arbitrary
// bytes, as a damaged or hostile file would give them, and statement texts
// turned into edits of arbitrary spans: decoding never reads past its input
// and what it gives back encodes to the same, and edits always give the text
// back.
#include "library/countryspans.h"
#include "library/derivedcolumns.h"
#include "library/statementpositions.h"

#include <cstddef>
#include <cstdint>

namespace {

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 4) {
    case 0: {
        const QList<dateline::CountrySpans::Mention> mentions = dateline::CountrySpans::decode(input);
        for (const auto &m : mentions)
            check(m.place >= 0 && m.paragraph >= 0 && m.start >= 0 && m.start <= m.end);
        check(dateline::CountrySpans::decode(dateline::CountrySpans::encode(mentions)) == mentions);
        break;
    }
    case 1: {
        // The span before the first NUL, the edits after it.
        const qsizetype cut = input.indexOf('\0');
        const QString span = QString::fromUtf8(cut < 0 ? input : input.first(cut));
        const QByteArrayView edits = cut < 0 ? QByteArrayView() : input.sliced(cut + 1);
        const QString text = dateline::DerivedColumns::applyEdits(span, edits);
        check(text.size() <= span.size() + edits.size());
        break;
    }
    case 2: {
        // Statement positions (schema 9): what decodes packs back to itself.
        const QList<dateline::StatementPosition> positions = dateline::StatementPositions::unpack(input);
        for (const auto &p : positions)
            check(p.start >= 0 && p.count >= 0 && p.speakerCount >= 0 && p.quoteCount >= 0);
        const QList<dateline::StatementPosition> again
            = dateline::StatementPositions::unpack(dateline::StatementPositions::pack(positions));
        check(again.size() == positions.size());
        for (qsizetype i = 0; i < again.size(); ++i)
            check(again[i].id == positions[i].id && again[i].start == positions[i].start
                  && again[i].quoteCount == positions[i].quoteCount);
        break;
    }
    default: {
        const qsizetype cut = input.indexOf('\0');
        if (cut < 0)
            return 0;
        const QString span = QString::fromUtf8(input.first(cut));
        const QString text = QString::fromUtf8(input.sliced(cut + 1));
        const QByteArray edits = dateline::DerivedColumns::textEdits(span, text);
        if (!edits.isEmpty()) {
            check(edits.size() < text.toUtf8().size());
            check(dateline::DerivedColumns::applyEdits(span, edits) == text);
        }
        break;
    }
    }
    return 0;
}
