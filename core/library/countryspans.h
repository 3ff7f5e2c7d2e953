#pragma once

#include "model/extraction.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dateline {

// How schema 8 keeps an article's country mentions: one row per country
// the article names (article_countries), its mentions packed into the
// row's `spans` BLOB, a few bytes each, instead of a row per mention.
// The mention's words are not stored when they are the paragraph span
// they come from, which they are unless the text was written otherwise.
//
// A mention is, in order: a varint of its place among the article's
// country mentions minus the previous one's (the first: minus 0); a varint
// of paragraph << 3 | kind << 1 | has-words; a varint of its start and one
// of its length (UTF-16 units); then, with has-words, a varint byte count
// and the words in UTF-8. Kinds on disk: name 0, demonym 1, capital 2,
// dateline 3.
class CountrySpans final
{
public:
    struct Mention
    {
        int place = 0; // among all the article's country mentions
        CountryMentionKind kind = CountryMentionKind::Name;
        int paragraph = 0;
        int start = 0;
        int end = 0;
        std::optional<QString> words; // none: the paragraph span

        friend bool operator==(const Mention &, const Mention &) = default;
    };

    // One row of article_countries.
    struct Row
    {
        QString code;
        int first = 0; // place of its first mention
        int mentions = 0;
        QByteArray spans;
    };

    // Sorted by place first.
    static QByteArray encode(QList<Mention> mentions);
    // What `spans` holds; damaged bytes end the list early, never read past it.
    static QList<Mention> decode(QByteArrayView spans);

    // An article's mentions as rows, one per code in the order the article
    // first names them; `paragraphs` tell which mentions need their words.
    static QList<Row> rows(const QList<CountryMention> &mentions, const QStringList &paragraphs);
    // Back again: rows' mentions for `code`, appended to `out` as
    // (place, mention) with the words cut from `paragraphs` where not stored.
    static void appendMentions(const QString &code, QByteArrayView spans, const QStringList &paragraphs,
                               QList<std::pair<int, CountryMention>> &out);

    static int kindCode(CountryMentionKind kind);
    static CountryMentionKind kindOf(int code);
    static CountryMentionKind kindOf(const QString &name);
};

} // namespace dateline
