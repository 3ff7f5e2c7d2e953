#pragma once

#include "library/database.h"
#include "library/librarystats.h"
#include "library/searchfilter.h"
#include "library/searchresults.h"
#include "library/storedarticle.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace dateline {

// The user's library: one SQLite file with articles, statements, persons,
// mentions and annotations, and full-text indexes over them. One Library
// per thread; exactly one of them writes at a time (WAL lets readers on).
// Failures throw LibraryError with a message fit to show.
class Library final
{
public:
    // Opens the file, creating it (and its folder) when absent, refusing
    // it untouched when it is not a healthy Dateline library, and upgrades
    // the schema to the latest version.
    static Library open(const QString &path);
    // AppDataLocation/library.sqlite.
    static QString defaultPath();
    // Whether opening the library at `path` will upgrade its schema first,
    // from its file header alone (without opening it): a hint for saying
    // so while open() works, which for a large library takes minutes.
    static bool needsUpgrade(const QString &path);

    Database &database() { return m_db; }
    const QString &path() const { return m_db.path(); }

    std::optional<StoredArticle> article(qint64 id);
    // One paragraph's text (empty when absent): what hit offsets index.
    QString paragraph(qint64 articleId, int index);
    // Deletes an article with its statements, mentions and annotations.
    bool removeArticle(qint64 id);
    LibraryStats stats();
    // Integrity of the file, the foreign keys and both full-text indexes:
    // one line per problem, empty when all is well.
    QStringList check();
    // Re-runs the extractors over stored articles (all of them, or those
    // extracted by an older Extractor::kVersion) without re-importing.
    // Returns how many articles were re-extracted.
    int reindex(bool all, const std::atomic<bool> *cancel = nullptr);

    StatementResults searchStatements(const SearchFilter &filter);
    ArticleResults searchArticles(const SearchFilter &filter);

private:
    explicit Library(Database db);

    Database m_db;
};

} // namespace dateline
