#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace dateline {

struct CountryMention;

// The filter words of the facets column of articles_fts, so that speaker,
// date and country filters are answered by the full-text index: 'p<person
// id>' per person quoted, 'y2024 m202403 d20240315' for the publication
// date and 'c<code>' per country the article mentions. Derived from the
// rows when read back (article_texts), through DerivedColumns.
class SearchFacets final
{
public:
    // The facets every statement of an article shares (date, countries).
    static QString ofArticle(const QString &published, const QList<CountryMention> &countries);
    // The same from the countries' codes, in the order the article has them.
    static QString ofArticleCodes(const QString &published, const QStringList &countryCodes);
    // An article's full-text row's facets: its persons' words (ids
    // ascending, each once), then `articleFacets`.
    static QByteArray ofArticleRowUtf8(QList<qint64> personIds, const QByteArray &articleFacets);
    // One statement's facets (schema 6 to 8): its speaker's, then the article's.
    static QString ofStatement(qint64 personId, const QString &articleFacets);
    // The same in UTF-8, as the library's writer binds them.
    static QByteArray ofStatementUtf8(qint64 personId, const QByteArray &articleFacets);

    static QString person(qint64 id);
    static QString country(const QString &code);
    // The fewest year, month and day words that cover [from, to] exactly.
    static QStringList dateRange(QDate from, QDate to);
};

} // namespace dateline
