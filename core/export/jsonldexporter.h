#pragma once

#include "export/exportitem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace dateline {

// Extraction results and the reader's annotations as a W3C Web Annotation
// Data Model document: one AnnotationCollection whose first AnnotationPage
// holds an Annotation per statement, country mention, ambassador mention and
// user annotation.
//
// Motivations: statements, countries and ambassadors are "identifying" (the
// body says who or what the span refers to); bodies are TextualBody values
// with a purpose: "identifying" for the speaker, country code or envoy name,
// "describing" for role, country name or the envoy's posting, "classifying"
// for the statement kind, "tagging" for the reporting verb. User highlights
// are "highlighting" without a body, notes "commenting" with the note as body.
//
// Every target's source is urn:dateline:article:<content hash> (the text the
// offsets count in, "via" the article's link when known). Selectors are a
// TextQuoteSelector and a TextPositionSelector in Unicode code points over
// Article::plainText(), which is included in the document ("articles", in a
// dateline: extension context) so consumers can check every selector.
class JsonLdExporter final
{
public:
    static QJsonObject toJson(const QList<ExportItem> &items);
    static QByteArray render(const QList<ExportItem> &items);
    // The IRI annotations use for the article's plain text.
    static QString sourceId(const Article &article);
};

} // namespace dateline
