// Any bytes straight into the NewsmlImporter, bypassing format detection.
#include "import/newsml/newsmlimporter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const dateline::ImportResult r = dateline::NewsmlImporter::parse(bytes, QStringLiteral("fuzz"));
    for (const dateline::Article &a : r.articles) {
        // Importers hand on trimmed, non-empty paragraphs only.
        for (const QString &p : a.paragraphs) {
            if (p.isEmpty())
                __builtin_trap();
        }
    }
    return 0;
}
