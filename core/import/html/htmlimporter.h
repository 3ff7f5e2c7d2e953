#pragma once

#include "import/importoptions.h"
#include "import/importresult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dateline {

// Reads a saved web page: decodes it (BOM, declared meta charset, detection),
// parses it with gumbo after flattening hostile nesting, takes the metadata
// (JSON-LD, OpenGraph, meta tags) and the main text (Readability) into one Article.
class HtmlImporter final
{
public:
    static ImportResult parse(const QByteArray &data, const QString &source, const ImportOptions &options = {});

    // Names from a byline as pages print it ("By A and B | March 3, 2015").
    static QStringList bylineAuthors(const QString &byline);
};

} // namespace dateline
