#pragma once

#include <QString>
#include <QStringList>

struct GumboInternalNode;

namespace dateline {

// Finds the article text of a whole web page in the manner of Mozilla
// Readability: scores containers by the paragraphs they hold (length, commas,
// link density, class/id hints), keeps the best one with its qualifying
// siblings and cleans navigation, share bars, related links and ads out of it.
// Statistics are computed once bottom-up per attempt, so work stays linear.
class Readability final
{
public:
    struct Result
    {
        QStringList paragraphs;
        QString byline; // text of a byline element found in the page, if any
    };

    // title: the article's headline; a body heading repeating it is dropped.
    static Result extract(const GumboInternalNode *document, const QString &title);
};

} // namespace dateline
