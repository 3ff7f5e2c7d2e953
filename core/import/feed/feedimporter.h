#pragma once

#include "import/feed/feedinfo.h"
#include "import/importoptions.h"
#include "import/importresult.h"

#include <QByteArray>
#include <QString>

namespace dateline {

// RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom 0.3/1.0 read with QXmlStreamReader:
// one Article per item or entry, full content preferred over the summary for
// paragraphs, dates normalised to ISO 8601, relative links resolved against
// xml:base. Hostile input (entity bombs, external entities, deep nesting,
// truncation, unknown charsets) ends in a one-line error, never a crash.
class FeedImporter final
{
public:
    static FeedInfo read(const QByteArray &data, const QString &source, const ImportOptions &options = {});
    // read() as an ImportResult; a feed without items is an error.
    static ImportResult parse(const QByteArray &data, const QString &source, const ImportOptions &options = {});
};

} // namespace dateline
