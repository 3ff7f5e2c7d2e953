// Any bytes through format detection and whichever importer it picks.
#include "import/importer.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const dateline::ImportResult r = dateline::Importer::importData(bytes, QStringLiteral("fuzz"));
    // An importer either produces articles or says why not.
    if (r.articles.isEmpty() && r.error.isEmpty())
        __builtin_trap();
    return 0;
}
