#include "model/annotationanchor.h"

#include <limits>

namespace dateline {

namespace {

// Moves an offset off the low half of a surrogate pair, so a selector never
// holds half a character.
int snapBack(const QString &text, int i)
{
    if (i > 0 && i < text.size() && text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
        return i - 1;
    return i;
}

int snapForward(const QString &text, int i)
{
    if (i > 0 && i < text.size() && text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
        return i + 1;
    return i;
}

// Characters shared by the end of `before` and the end of `prefix`.
int commonSuffix(QStringView before, QStringView prefix)
{
    int n = 0;
    while (n < before.size() && n < prefix.size()
           && before.at(before.size() - 1 - n) == prefix.at(prefix.size() - 1 - n))
        ++n;
    return n;
}

int commonPrefix(QStringView after, QStringView suffix)
{
    int n = 0;
    while (n < after.size() && n < suffix.size() && after.at(n) == suffix.at(n))
        ++n;
    return n;
}

} // namespace

UserAnnotation AnnotationAnchor::fromRange(const QString &plainText, int start, int end)
{
    const int size = int(plainText.size());
    start = snapBack(plainText, qBound(0, start, size));
    end = snapForward(plainText, qBound(start, end, size));
    const int prefixStart = snapForward(plainText, qMax(0, start - kContextLength));
    const int suffixEnd = snapBack(plainText, qMin(size, end + kContextLength));

    UserAnnotation a;
    a.start = start;
    a.end = end;
    a.exact = plainText.mid(start, end - start);
    a.prefix = plainText.mid(prefixStart, start - prefixStart);
    a.suffix = plainText.mid(end, suffixEnd - end);
    return a;
}

std::optional<TextRange> AnnotationAnchor::locate(const UserAnnotation &annotation, const QString &plainText)
{
    const QString &exact = annotation.exact;
    if (exact.isEmpty())
        return std::nullopt;
    const int length = int(exact.size());
    // 64-bit sum: a stored start near INT_MAX must not wrap around.
    if (annotation.start >= 0 && qint64(annotation.start) + length <= plainText.size()
        && QStringView(plainText).mid(annotation.start, length) == exact)
        return TextRange {annotation.start, annotation.start + length};

    // Every occurrence is scored by how much of the stored context still
    // surrounds it; each score costs at most 2 * kContextLength comparisons,
    // so the scan stays linear in the text.
    const QStringView text(plainText);
    int best = -1;
    int bestScore = -1;
    qint64 bestDistance = std::numeric_limits<qint64>::max();
    for (qsizetype at = plainText.indexOf(exact); at >= 0; at = plainText.indexOf(exact, at + 1)) {
        const int from = int(at);
        const int score = commonSuffix(text.left(from), annotation.prefix)
            + commonPrefix(text.mid(from + length), annotation.suffix);
        const qint64 distance = qAbs(qint64(from) - annotation.start);
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = from;
            bestScore = score;
            bestDistance = distance;
        }
    }
    if (best < 0)
        return std::nullopt;
    return TextRange {best, best + length};
}

std::optional<UserAnnotation> AnnotationAnchor::reanchor(const UserAnnotation &annotation, const QString &plainText)
{
    const std::optional<TextRange> range = locate(annotation, plainText);
    if (!range)
        return std::nullopt;
    UserAnnotation out = fromRange(plainText, range->start, range->end);
    out.id = annotation.id;
    out.color = annotation.color;
    out.note = annotation.note;
    out.created = annotation.created;
    out.updated = annotation.updated;
    return out;
}

} // namespace dateline
