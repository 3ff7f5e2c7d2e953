// The extractors on arbitrary paragraphs: every span they report must lie
// inside its paragraph.
#include "extract/extractor.h"

#include <cstddef>
#include <cstdint>

namespace {

bool inside(const dateline::Article &a, int paragraph, int start, int end)
{
    return paragraph >= 0 && paragraph < a.paragraphs.size() && start >= 0 && start <= end
        && end <= a.paragraphs.at(paragraph).size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dateline::Article article;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    article.paragraphs = text.split(QLatin1Char('\n'));
    article.dateline = article.paragraphs.value(0).left(20);
    const dateline::Extraction e = dateline::Extractor::extract(article);
    for (const auto &s : e.statements) {
        if (!inside(article, s.paragraph, s.start, s.end))
            __builtin_trap();
    }
    for (const auto &c : e.countries) {
        if (!inside(article, c.paragraph, c.start, c.end) || c.code.size() != 2)
            __builtin_trap();
    }
    for (const auto &m : e.ambassadors) {
        if (!inside(article, m.paragraph, m.start, m.end))
            __builtin_trap();
    }
    return 0;
}
