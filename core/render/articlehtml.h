#pragma once

#include "model/article.h"

#include <QHash>
#include <QString>

namespace dateline {

// Builds the reader's annotated HTML from the article model. Only text from
// the model reaches the page, always escaped, so no imported markup or script
// can run in the reader. Statements, country and ambassador mentions become
// <mark> elements with data attributes the reader's panels use to scroll to
// them; each layer can be hidden with a class on <body>.
class ArticleHtml final
{
public:
    struct Options
    {
        QString css; // inlined stylesheet (the reader's or an export's)
        bool darkTheme = false;
    };

    // Statements are tinted per speaker with this many colours (classes s0..s7).
    static constexpr int kSpeakerColours = 8;

    static QString render(const Article &article, const Options &options);
    // Each speaker's colour slot, in order of first appearance, so panels
    // beside the reader can show the colour the page uses.
    static QHash<QString, int> speakerSlots(const Extraction &extraction);
    // The stylesheet shipped in resources (reader/reader.css).
    static QString defaultCss();
    // Escapes text for HTML element content and attribute values.
    static QString escape(QStringView text);
};

} // namespace dateline
