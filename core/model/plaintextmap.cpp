#include "model/plaintextmap.h"

namespace dateline {

// Mirrors Article::plainText(): empty headline and standfirst are left out,
// every paragraph (even an empty one) is kept, parts are joined by "\n\n".
PlainTextMap::PlainTextMap(const Article &article)
{
    int offset = 0;
    const auto add = [&](Part part, int paragraph, const QString &text) {
        m_segments.append({part, paragraph, offset, int(text.size())});
        offset += int(text.size()) + 2;
    };
    if (!article.headline.isEmpty())
        add(Part::Headline, -1, article.headline);
    if (!article.standfirst.isEmpty())
        add(Part::Standfirst, -1, article.standfirst);
    m_firstParagraph = int(m_segments.size());
    for (qsizetype i = 0; i < article.paragraphs.size(); ++i)
        add(Part::Paragraph, int(i), article.paragraphs.at(i));
}

int PlainTextMap::paragraphOffset(int index) const
{
    if (index < 0 || m_firstParagraph + index >= m_segments.size())
        return -1;
    return m_segments.at(m_firstParagraph + index).offset;
}

} // namespace dateline
