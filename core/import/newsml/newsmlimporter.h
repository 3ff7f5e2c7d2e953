#pragma once

#include "import/importoptions.h"
#include "import/importresult.h"

#include <QByteArray>
#include <QString>

namespace dateline {

// IPTC NewsML-G2 (newsItem, newsMessage, packages) and standalone NITF 3.x:
// one Article per news item that carries a headline or text (packages and
// their text-less references are skipped). Headline, slugline, creators,
// dateline/located, dates, language and the body (NITF or XHTML inlineXML,
// plain inlineData) are read with QXmlStreamReader under the same safety
// rules as feeds (no DTD entities, bounded nesting, one-line errors).
class NewsmlImporter final
{
public:
    static ImportResult parse(const QByteArray &data, const QString &source, const ImportOptions &options = {});
};

} // namespace dateline
