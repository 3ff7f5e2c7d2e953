#include "model/article.h"

#include <QCryptographicHash>

#include <openssl/evp.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace dateline {

namespace {

// Whitespace runs and case differ between copies of the same story (a feed
// item and the saved page, say); they must not make it a different article.
// Appends text.simplified().toCaseFolded() as UTF-8: the hashes of every
// stored article depend on exactly this. Paragraphs of ASCII and general
// punctuation (quotation marks, dashes, ellipses: most of English news) go
// in one pass instead of through three copies; anything else the long way.
void appendNormalised(const QString &text, QByteArray &out)
{
    // U+2010-U+2027 and U+2030-U+205E: dashes, quotation marks, bullets,
    // ellipsis, primes and the like. None has case or is a space (U+2028,
    // U+2029, U+202F and U+205F around them are spaces).
    const auto isPunctuation = [](char16_t c) {
        return (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e);
    };
    const auto *p = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype n = text.size();
    // QChar::isSpace below 0x80: tab, line feed, vertical tab, form feed,
    // carriage return, space.
    const auto isSpace = [](char16_t c) {
        return c == u' ' || (c >= 0x09 && c <= 0x0d);
    };
    // Written through a pointer into room for the longest result (three
    // bytes per character), then cut to what was written.
    const qsizetype start = out.size();
    out.resize(start + 3 * n);
    char *w = out.data() + start;
    bool gap = false;
    bool started = false;
    for (qsizetype i = 0; i < n; ++i) {
#ifdef __SSE2__
        // Eight units at a time while they are printable ASCII with single
        // spaces between words: lowered and written as they are, a pending
        // space first. A space that ends the eight stays pending (a run may
        // go on, or the text end). Most of a story goes here; tabs, line
        // breaks, space runs and the rest go one by one.
        if (i + 8 <= n) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
            // Signed: units from U+8000 compare below the space too.
            const __m128i outside
                = _mm_or_si128(_mm_cmplt_epi16(v, _mm_set1_epi16(0x20)), _mm_cmpgt_epi16(v, _mm_set1_epi16(0x7f)));
            const int spaces = _mm_movemask_epi8(_mm_cmpeq_epi16(v, _mm_set1_epi16(0x20))); // two bits a unit
            const bool firstIsSpace = (spaces & 1) != 0;
            if (_mm_movemask_epi8(outside) == 0 && (spaces & (spaces >> 2)) == 0
                && !(firstIsSpace && (gap || !started))) {
                if (gap)
                    *w++ = ' ';
                const __m128i upper = _mm_and_si128(_mm_cmpgt_epi16(v, _mm_set1_epi16(u'A' - 1)),
                                                    _mm_cmplt_epi16(v, _mm_set1_epi16(u'Z' + 1)));
                const __m128i lowered = _mm_add_epi16(v, _mm_and_si128(upper, _mm_set1_epi16(0x20)));
                _mm_storel_epi64(reinterpret_cast<__m128i *>(w), _mm_packus_epi16(lowered, lowered));
                gap = (spaces & 0xc000) != 0;
                w += gap ? 7 : 8;
                started = true;
                i += 7;
                continue;
            }
        }
#endif
        const char16_t c = p[i];
        if (isSpace(c)) {
            gap = started;
            continue;
        }
        if (gap)
            *w++ = ' ';
        gap = false;
        started = true;
        if (c < 0x80) {
            *w++ = char(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c);
        } else if (!isPunctuation(c)) {
            // A letter outside ASCII, a space of another kind: Qt's way,
            // in place of what this pass wrote.
            out.truncate(start);
            out += text.simplified().toCaseFolded().toUtf8();
            return;
        } else {
            // Three bytes of UTF-8, as for every character from U+0800.
            *w++ = char(0xe0 | (c >> 12));
            *w++ = char(0x80 | ((c >> 6) & 0x3f));
            *w++ = char(0x80 | (c & 0x3f));
        }
    }
    out.truncate(w - out.constData());
}

// OpenSSL's SHA-256 uses the processor's SHA extensions where it has them:
// about ten times QCryptographicHash's speed, a twentieth of an import's
// parsing time. The algorithm is fetched once; using it is thread-safe.
QByteArray sha256(const QByteArray &data)
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (md && EVP_Digest(data.constData(), size_t(data.size()), digest, &size, md, nullptr) == 1)
        return QByteArray(reinterpret_cast<const char *>(digest), qsizetype(size));
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

} // namespace

QString Article::contentHash() const
{
    return QString::fromLatin1(contentDigest().toHex());
}

QByteArray Article::contentDigest() const
{
    QByteArray text;
    qsizetype size = headline.size();
    for (const QString &p : paragraphs)
        size += 1 + p.size();
    // appendNormalised makes room for three bytes a character.
    text.reserve(3 * size);
    appendNormalised(headline, text);
    for (const QString &p : paragraphs) {
        text += '\n';
        appendNormalised(p, text);
    }
    return sha256(text);
}

QString Article::plainText() const
{
    QStringList parts;
    if (!headline.isEmpty())
        parts << headline;
    if (!standfirst.isEmpty())
        parts << standfirst;
    parts << paragraphs;
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace dateline
