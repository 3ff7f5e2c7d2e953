#pragma once

#include <QString>
#include <QXmlStreamReader>

namespace dateline {

class CdataStash;

// Reads what an element holds (up to and including its end tag) as one string,
// the way the format says its text is to be taken. Iterative, and it raises a
// reader error rather than follow nesting deeper than allowed.
class XmlMarkup final
{
public:
    enum class Mode {
        Text, // character data only; child elements contribute their text
        Html, // character data is HTML source (escaped markup); child elements are kept as tags
        Markup, // inline XHTML: child elements kept as tags, character data escaped
    };

    // Call on a StartElement; returns with the reader on the matching
    // EndElement (or at an error). `depthLeft` is how many more levels may nest.
    // With a stash, CDATA contents it took out of the document are put back.
    static QString readContent(QXmlStreamReader &reader, Mode mode, int depthLeft, const CdataStash *stash = nullptr);

    static void appendEscaped(QString &out, QStringView text);
};

} // namespace dateline
