// HTML fragments (feed content, NITF bodies) to paragraphs.
#include "import/html/htmltext.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QString &p : dateline::HtmlText::paragraphs(html)) {
        // Paragraphs are trimmed and never empty.
        if (p.isEmpty() || p.front().isSpace() || p.back().isSpace())
            __builtin_trap();
    }
    return 0;
}
