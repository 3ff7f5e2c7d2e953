#pragma once

#include <QDate>
#include <QString>

namespace dateline {

enum class SearchOrder { Relevance, Newest };

// One search as the user set it up: the typed query plus filters and the
// page wanted. Empty filters do not restrict.
struct SearchFilter
{
    QString query; // as typed; see SearchQuery
    QString speaker; // canonical name or alias, any case or accents, prefix of a word
    QString country; // ISO 3166-1 alpha-2 mentioned in the article
    QDate from; // article published on or after
    QDate to; // article published on or before
    QString source; // agency name, or the start of the source path/URL
    SearchOrder order = SearchOrder::Relevance;
    int limit = 20;
    int offset = 0;
    // Around matched words in snippets; plain text, the caller escapes.
    QString highlightOpen = QStringLiteral("[");
    QString highlightClose = QStringLiteral("]");
};

} // namespace dateline
