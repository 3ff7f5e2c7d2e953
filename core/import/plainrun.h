#pragma once

#include <QtGlobal>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace dateline {

// How many of the n characters at `text` (whole blocks of eight) are
// printable ASCII with no space after a space, `previous` being the
// character before the first: text that whitespace normalisation leaves as
// it is. Eight characters at a time with SSE2, where the compiler targets
// it (x86-64 always); elsewhere 0, and callers go a character at a time.
inline qsizetype plainAsciiRun(const char16_t *text, qsizetype n, char16_t previous)
{
    qsizetype i = 0;
#ifdef __SSE2__
    // Signed compares: U+8000 and up are negative, below the space.
    const __m128i space = _mm_set1_epi16(0x20);
    const __m128i tilde = _mm_set1_epi16(0x7E);
    for (; i + 8 <= n; i += 8) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + i));
        if (_mm_movemask_epi8(_mm_or_si128(_mm_cmplt_epi16(x, space), _mm_cmpgt_epi16(x, tilde))) != 0)
            break;
        // Each lane's previous character: x shifted by one, the last
        // character of the block before in the first lane.
        const __m128i before = _mm_or_si128(_mm_slli_si128(x, 2), _mm_cvtsi32_si128(int(previous)));
        if (_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi16(x, space), _mm_cmpeq_epi16(before, space))) != 0)
            break;
        previous = text[i + 7];
    }
#else
    Q_UNUSED(text);
    Q_UNUSED(n);
    Q_UNUSED(previous);
#endif
    return i;
}

} // namespace dateline
