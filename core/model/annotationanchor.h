#pragma once

#include "model/annotation.h"

#include <QString>

#include <optional>

namespace dateline {

// A half-open range of UTF-16 offsets into an article's plain text.
struct TextRange
{
    int start = 0;
    int end = 0;

    friend bool operator==(const TextRange &, const TextRange &) = default;
};

// Creates and re-finds the selectors of a UserAnnotation, so a highlight
// stays on the same words after the article is imported or extracted again
// and its plain text shifts.
class AnnotationAnchor final
{
public:
    // Characters of context kept on each side; enough to tell repeated
    // quotes apart, short enough to survive nearby edits.
    static constexpr int kContextLength = 32;

    // An annotation (selectors only) for [start, end) of plainText. The range
    // is clamped to the text and never splits a surrogate pair.
    static UserAnnotation fromRange(const QString &plainText, int start, int end);

    // Where the annotation is in plainText now: the stored position when the
    // exact text is still there, otherwise the occurrence of the exact text
    // whose surroundings best match the stored prefix and suffix (nearest to
    // the old position on a tie). Empty when the quote is gone.
    static std::optional<TextRange> locate(const UserAnnotation &annotation, const QString &plainText);

    // The annotation with position and context refreshed for plainText, or
    // empty when it can no longer be anchored.
    static std::optional<UserAnnotation> reanchor(const UserAnnotation &annotation, const QString &plainText);
};

} // namespace dateline
