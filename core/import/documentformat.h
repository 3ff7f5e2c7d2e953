#pragma once

#include <QByteArrayView>
#include <QString>

namespace dateline {

enum class DocumentFormat {
    Unknown,
    Empty,
    Binary,
    Data, // JSON and similar machine data, not a story
    AgencyText, // the Anadolu-style wire layout
    PlainText,
    Html,
    Feed, // RSS 0.9x/2.0, RSS 1.0 (RDF), Atom
    NewsML, // IPTC NewsML-G2 item, message or package
    Nitf, // standalone NITF 3.x
};

QString toString(DocumentFormat format);

// Decides from the first bytes of a document (and, only as a tie-breaker, its
// file name) which importer should read it.
DocumentFormat detectFormat(QByteArrayView head, const QString &fileName = {});
// The same; when the whole document was short enough to be decoded for the
// decision, its text is left in *decodedText (otherwise it is left alone), so
// a text importer need not decode it a second time.
DocumentFormat detectFormat(QByteArrayView data, const QString &fileName, QString *decodedText);

} // namespace dateline
