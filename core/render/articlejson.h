#pragma once

#include "model/article.h"

#include <QJsonObject>
#include <QList>

namespace dateline {

// The article JSON of the command-line contract (README, "JSON format"):
// metadata, paragraphs, quotes, countries grouped by code, ambassadors.
// Offsets are Unicode code points within the paragraph.
class ArticleJson final
{
public:
    static QJsonObject toJson(const Article &article);
    // {"articles": [...]} with a trailing newline.
    static QByteArray document(const QList<Article> &articles);
};

} // namespace dateline
