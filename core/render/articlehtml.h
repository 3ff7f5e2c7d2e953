#pragma once

#include "model/annotation.h"
#include "model/article.h"

#include <QHash>
#include <QList>
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
        QList<UserAnnotation> annotations; // the reader's highlights and notes
    };

    // Statements are tinted per speaker with this many colours (classes s0..s7).
    static constexpr int kSpeakerColours = 8;

    // What goes inside <article> besides the page frame: ids can be
    // prefixed so several articles fit in one document (exports), and the
    // reader's own highlights form a fourth layer (<mark class="u">).
    struct BodyOptions
    {
        QString idPrefix;
        QList<UserAnnotation> annotations; // re-anchored on the article's plain text
    };

    static QString render(const Article &article, const Options &options);
    // Headline, standfirst, metadata and annotated paragraphs, without the
    // page around them.
    static QString articleBody(const Article &article, const BodyOptions &options);
    // Colour slot (0-7, the CSS classes s0..s7) of each speaker, assigned in
    // order of first statement so every view of an article agrees.
    static QHash<QString, int> speakerSlots(const Extraction &extraction);
    // The annotation's colour when it is a plain #rgb / #rrggbb value, else
    // empty (user data never reaches CSS unchecked).
    static QString safeColor(const QString &color);
    // The stylesheet shipped in resources (reader/reader.css).
    static QString defaultCss();
    // Escapes text for HTML element content and attribute values.
    static QString escape(QStringView text);
};

} // namespace dateline
