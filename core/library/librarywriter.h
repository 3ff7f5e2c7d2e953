#pragma once

#include "library/countryspans.h"
#include "model/article.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace dateline {

class Database;

// The one place rows are written. Holds its prepared statements for the
// life of the writer so a batch of thousands of articles prepares nothing.
// Callers wrap calls in a Transaction; the writer never commits by itself.
class LibraryWriter final
{
public:
    enum class Outcome { Stored, Duplicate };
    struct Result
    {
        Outcome outcome = Outcome::Stored;
        qint64 articleId = 0; // the new row, or the row it duplicates
    };

    // A statement's values as the writer binds them, worked out beforehand.
    // The text as statement_rows keeps it: the paragraph span itself
    // (nothing stored), edits of the span, or the text as it is (literal);
    // and the speaker in UTF-8 for the full-text index, with the token
    // positions the statement takes there (see StatementPositions).
    struct StatementValues
    {
        bool literal = false;
        QByteArray edits;
        QByteArray text; // when literal: the text as it is stored
        QString speaker; // simplified
        QByteArray speakerUtf8;
        int tokenStart = 0;
        int tokenCount = 0;
        int speakerTokens = 0;
        int quoteTokens = 0; // of `text` when literal
    };
    static QList<StatementValues> statementValues(const Extraction &extraction, const QStringList &paragraphs,
                                                  QByteArrayView bodyUtf8, const QList<qsizetype> &paragraphBytes = {});

    // What store() works out from the article's text alone: hashing,
    // joining and compressing it. An import computes it on the parsing
    // threads so that the one writing thread does not.
    struct Prepared
    {
        QByteArray hash; // the content hash's SHA-256 digest, as stored
        QByteArray bodyUtf8;
        QByteArray packedBody;
        bool compressed = false;
        QStringList paragraphs; // as they read back from the stored body
        // From the extraction: the article_countries rows and the facet
        // words its statements share.
        QList<CountrySpans::Row> countries;
        QByteArray articleFacets;
        QList<StatementValues> statements;
        // The article row's text values in UTF-8, as SQLite takes them: its
        // fields (the headline and standfirst bound twice, for the row and
        // the full-text index) and those worked out here.
        struct Row
        {
            QByteArray source, format, section, headline, standfirst, published, updated, dateline, agency, caption,
                language, link, guid, authorsJson, categoriesJson, importedAt, lengths;
        };
        Row row;
    };
    static Prepared prepare(const Article &article);

    // Checked: every row checked against its foreign keys as it goes in.
    // Bulk: for an import that has the connection to itself, outside any
    // transaction when the writer is made and when it goes. The writer
    // stores an article before the rows that name it and a person before
    // their statements, and nothing deletes persons, so the keys hold by
    // construction: they are not checked row by row while the writer
    // lives (Library::check() still runs foreign_key_check), and an
    // article's statements and countries go in a few INSERTs of many rows
    // each. (With the keys checked, such an INSERT opens a statement
    // journal, and FTS5 writes out its pending terms for every one.)
    enum class Mode { Checked, Bulk };

    explicit LibraryWriter(Database &db, Mode mode = Mode::Checked);
    ~LibraryWriter();
    LibraryWriter(const LibraryWriter &) = delete;
    LibraryWriter &operator=(const LibraryWriter &) = delete;

    // Stores the article with its paragraphs and extraction unless it is
    // already there: same normalised text (content hash), same feed guid or
    // same link. Throws LibraryError.
    Result store(const Article &article, int extractorVersion);
    // The same with `prepared` = prepare(article).
    Result store(const Article &article, int extractorVersion, const Prepared &prepared);
    // Swaps an article's statements and mentions for a new extraction.
    void replaceExtraction(qint64 articleId, const Extraction &extraction, int extractorVersion);
    // Deletes an article and everything hanging off it; false if absent.
    bool remove(qint64 articleId);
    // Forgets the ids the writer keeps at hand (persons, labels): to be
    // called when rows it wrote are rolled back. A failing store() does
    // it itself.
    void discardCachedIds();

private:
    struct Statements;

    qint64 findDuplicate(const Article &article, const QByteArray &hash);
    qint64 sourceId(const Article &article, const Prepared::Row &row);
    QString keyOf(const QString &text);
    // The person's id (0 for none) and, in `name`, the name it is stored under.
    qint64 personId(const Statement &statement, QString *name);
    // A statement_labels id for the text; 0 (NULL) for none.
    qint64 labelId(const QString &text);
    Result storeOrThrow(const Article &article, int extractorVersion, const Prepared &prepared);
    // The speakers and facets columns of the article's full-text row.
    struct IndexedColumns
    {
        QByteArray speakers;
        QByteArray quotes;
        QByteArray facets;
    };
    IndexedColumns insertExtraction(qint64 articleId, const Extraction &extraction, const QStringList &paragraphs,
                                    const QList<StatementValues> &values, const QList<CountrySpans::Row> &countries,
                                    const QByteArray &articleFacets);

    // Rows of statement_rows or article_countries the next INSERT takes:
    // one in Checked mode, up to kMaxRowsPerInsert in Bulk.
    int rowsPerInsert(qsizetype remaining) const;

    Database &m_db;
    bool m_manyRowsPerInsert = false;
    bool m_restoreForeignKeys = false;
    std::unique_ptr<Statements> m_st;
};

} // namespace dateline
