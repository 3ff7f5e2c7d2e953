// The two plain-text importers on decoded text, bypassing detection so every
// input reaches both.
#include "import/agencytextimporter.h"
#include "import/plaintextimporter.h"
#include "import/textdecoder.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text
        = dateline::TextDecoder::decode(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size))).text;
    if (dateline::AgencyTextImporter::looksLike(text))
        dateline::AgencyTextImporter::parse(text, QStringLiteral("fuzz"));
    dateline::PlainTextImporter::parse(text, QStringLiteral("fuzz"));
    return 0;
}
