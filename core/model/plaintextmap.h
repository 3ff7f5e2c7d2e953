#pragma once

#include "model/article.h"

#include <QList>

namespace dateline {

// Where the headline, standfirst and each paragraph sit inside
// Article::plainText(), so paragraph-relative extraction offsets and
// plain-text annotation offsets (both UTF-16) can be converted into each other.
class PlainTextMap final
{
public:
    enum class Part { Headline, Standfirst, Paragraph };

    struct Segment
    {
        Part part = Part::Paragraph;
        int paragraph = -1; // index into Article::paragraphs for Part::Paragraph
        int offset = 0; // start in plainText()
        int length = 0;
    };

    explicit PlainTextMap(const Article &article);

    const QList<Segment> &segments() const { return m_segments; }
    // Start of paragraph `index` in plainText(), or -1 when there is no such paragraph.
    int paragraphOffset(int index) const;

private:
    QList<Segment> m_segments;
    int m_firstParagraph = 0; // index of paragraph 0 in m_segments
};

} // namespace dateline
