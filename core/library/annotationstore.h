#pragma once

#include "library/notehit.h"
#include "model/annotation.h"

#include <QList>
#include <QString>

#include <optional>

namespace dateline {

class Database;

// The reader's highlights and notes in the library. Positions are UTF-16
// offsets into Article::plainText() (headline, standfirst and paragraphs,
// the empty ones of the first two left out, joined by "\n\n"), the same text
// the JSON-LD export's selectors point into. Failures throw LibraryError.
class AnnotationStore final
{
public:
    explicit AnnotationStore(Database &db);

    // Anchors [start, end) of the article's plain text (clamped, never
    // splitting a character) and stores it. Returns the stored annotation,
    // or nothing when the article does not exist or the range is empty.
    std::optional<UserAnnotation> add(qint64 articleId, int start, int end, const QString &color, const QString &note);
    // Stores an annotation as given, keeping its id when it is set and free
    // (undoing a removal brings back the same row). Returns the id.
    qint64 insert(qint64 articleId, const UserAnnotation &annotation);
    // Changes colour and note; false when there is no such annotation.
    bool update(qint64 id, const QString &color, const QString &note);
    bool remove(qint64 id);
    std::optional<UserAnnotation> annotation(qint64 id);
    qint64 articleOf(qint64 id);

    // The article's annotations in text order, each re-anchored on the
    // current plain text: when the stored position no longer holds the
    // quote, the quote is looked up by its context and the row is
    // corrected. Annotations whose quote is gone keep their stored values.
    QList<UserAnnotation> list(qint64 articleId);
    // Full-text search over notes and highlighted words (words, "phrases",
    // prefix*, -exclusion as in SearchQuery), best match first.
    QList<NoteHit> search(const QString &query, int limit = 50);

private:
    std::optional<QString> plainText(qint64 articleId);

    Database &m_db;
};

} // namespace dateline
