#include "library/library.h"

#include "extract/extractor.h"
#include "library/countryspans.h"
#include "library/derivedcolumns.h"
#include "library/libraryerror.h"
#include "library/librarysearch.h"
#include "library/librarywriter.h"
#include "library/migrations.h"
#include "library/paragraphtext.h"
#include "library/sqlstatement.h"
#include "library/transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <functional>
#include <thread>
#include <vector>

namespace dateline {

namespace {

// Articles re-extracted per transaction: big enough to amortise the
// commit, small enough that a cancel loses little.
constexpr int kReindexBatch = 200;

QStringList stringList(const QString &json)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        out << v.toString();
    return out;
}

StatementKind statementKind(const QString &s)
{
    if (s == toString(StatementKind::Indirect))
        return StatementKind::Indirect;
    if (s == toString(StatementKind::Mixed))
        return StatementKind::Mixed;
    return StatementKind::Direct;
}

SpeakerKind speakerKind(const QString &s)
{
    if (s == toString(SpeakerKind::Person))
        return SpeakerKind::Person;
    if (s == toString(SpeakerKind::Organisation))
        return SpeakerKind::Organisation;
    return SpeakerKind::Unknown;
}

// Runs work(0 .. count-1) on up to one thread per core.
void parallelFor(size_t count, const std::function<void(size_t)> &work)
{
    const size_t threads = qMin(count, size_t(qMax(1, QThread::idealThreadCount())));
    std::atomic<size_t> next {0};
    auto loop = [&] {
        for (size_t i = next.fetch_add(1); i < count; i = next.fetch_add(1))
            work(i);
    };
    std::vector<std::thread> pool;
    for (size_t t = 1; t < threads; ++t)
        pool.emplace_back(loop);
    loop();
    for (std::thread &t : pool)
        t.join();
}

} // namespace

Library::Library(Database db)
    : m_db(std::move(db))
{
}

Library Library::open(const QString &path)
{
    Database db = Database::open(path);
    Migrations::apply(db); // refuses foreign and newer files before anything is written
    db.enableWriteAheadLog();
    return Library(std::move(db));
}

bool Library::needsUpgrade(const QString &path)
{
    // SQLite's header: the magic string, and user_version as a big-endian
    // 32-bit integer at offset 60.
    constexpr qsizetype kUserVersionOffset = 60;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(kUserVersionOffset + 4);
    if (header.size() < kUserVersionOffset + 4 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return false;
    const auto *p = reinterpret_cast<const uchar *>(header.constData() + kUserVersionOffset);
    const qint64 version = (qint64(p[0]) << 24) | (qint64(p[1]) << 16) | (qint64(p[2]) << 8) | qint64(p[3]);
    return version > 0 && version < Migrations::latestVersion();
}

QString Library::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.sqlite");
}

std::optional<StoredArticle> Library::article(qint64 id)
{
    SqlStatement a(
        m_db,
        QStringLiteral("SELECT source, format, section, headline, standfirst, authors, published, updated, "
                       "dateline, agency, caption, language, link, guid, categories, imported_at, "
                       "extractor_version, dateline_body(body), paragraph_lengths FROM articles WHERE id = ?1"));
    a.bind(1, id);
    if (!a.step())
        return std::nullopt;
    StoredArticle stored;
    stored.id = id;
    Article &art = stored.article;
    art.source = a.text(0);
    art.format = a.text(1);
    art.section = a.text(2);
    art.headline = a.text(3);
    art.standfirst = a.text(4);
    art.authors = stringList(a.text(5));
    art.published = a.text(6);
    art.updated = a.text(7);
    art.dateline = a.text(8);
    art.agency = a.text(9);
    art.caption = a.text(10);
    art.language = a.text(11);
    art.link = a.text(12);
    art.guid = a.text(13);
    art.categories = stringList(a.text(14));
    stored.importedAt = a.text(15);
    stored.extractorVersion = int(a.integer(16));
    art.paragraphs = ParagraphText::split(a.utf8(17), a.text(18));

    SqlStatement s(m_db,
                   QStringLiteral("SELECT s.text, s.speaker, s.surface, s.role, coalesce(p.kind, 'unknown'), s.verb, "
                                  "s.kind, s.paragraph, s.span_start, s.span_end FROM statements s LEFT JOIN persons "
                                  "p ON p.id = s.person_id WHERE s.article_id = ?1 ORDER BY s.id"));
    s.bind(1, id);
    while (s.step()) {
        Statement st;
        st.text = s.text(0);
        st.speaker = s.text(1);
        st.speakerSurface = s.text(2);
        st.speakerRole = s.text(3);
        st.speakerKind = speakerKind(s.text(4));
        st.verb = s.text(5);
        st.kind = statementKind(s.text(6));
        st.paragraph = int(s.integer(7));
        st.start = int(s.integer(8));
        st.end = int(s.integer(9));
        art.extraction.statements << st;
    }

    SqlStatement c(m_db, QStringLiteral("SELECT code, spans FROM article_countries WHERE article_id = ?1"));
    c.bind(1, id);
    QList<std::pair<int, CountryMention>> placed;
    while (c.step())
        CountrySpans::appendMentions(c.text(0), c.blob(1), art.paragraphs, placed);
    std::stable_sort(placed.begin(), placed.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    art.extraction.countries.reserve(placed.size());
    for (auto &[place, mention] : placed)
        art.extraction.countries << std::move(mention);

    SqlStatement m(m_db,
                   QStringLiteral("SELECT country, host, name, role, surface, paragraph, span_start, span_end FROM "
                                  "ambassador_mentions WHERE article_id = ?1 ORDER BY id"));
    m.bind(1, id);
    while (m.step()) {
        AmbassadorMention am;
        am.country = m.text(0);
        am.host = m.text(1);
        am.name = m.text(2);
        am.role = m.text(3);
        am.paragraph = int(m.integer(5));
        am.start = int(m.integer(6));
        am.end = int(m.integer(7));
        am.text
            = m.isNull(4) ? DerivedColumns::spanOf(art.paragraphs.value(am.paragraph), am.start, am.end) : m.text(4);
        art.extraction.ambassadors << am;
    }
    return stored;
}

QString Library::paragraph(qint64 articleId, int index)
{
    SqlStatement st(m_db, QStringLiteral("SELECT dateline_body(body), paragraph_lengths FROM articles WHERE id = ?1"));
    st.bind(1, articleId);
    return st.step() ? ParagraphText::at(st.utf8(0), st.text(1), index) : QString();
}

bool Library::removeArticle(qint64 id)
{
    Transaction t(m_db);
    LibraryWriter writer(m_db);
    const bool removed = writer.remove(id);
    t.commit();
    return removed;
}

LibraryStats Library::stats()
{
    LibraryStats s;
    auto count = [this](const char *sql) {
        return m_db.queryInt(QString::fromLatin1(sql));
    };
    s.articles = count("SELECT count(*) FROM articles");
    // One more paragraph than commas in each non-empty length list.
    s.paragraphs = count("SELECT coalesce(sum(length(paragraph_lengths) - length(replace(paragraph_lengths, ',', '')) "
                         "+ 1), 0) FROM articles WHERE paragraph_lengths <> ''");
    s.statements = count("SELECT count(*) FROM statements");
    s.persons = count("SELECT count(*) FROM persons");
    s.countryMentions = count("SELECT coalesce(sum(mentions), 0) FROM article_countries");
    s.countries = count("SELECT count(DISTINCT code) FROM article_countries");
    s.ambassadorMentions = count("SELECT count(*) FROM ambassador_mentions");
    s.sources = count("SELECT count(*) FROM sources");
    s.annotations = count("SELECT count(*) FROM annotations");
    SqlStatement stale(m_db, QStringLiteral("SELECT count(*) FROM articles WHERE extractor_version < ?1"));
    stale.bind(1, Extractor::kVersion);
    s.staleArticles = stale.step() ? stale.integer(0) : 0;
    s.schemaVersion = m_db.userVersion();
    s.fileBytes = QFileInfo(path()).size();
    return s;
}

QStringList Library::check()
{
    QStringList problems;
    SqlStatement integrity(m_db, QStringLiteral("PRAGMA integrity_check"));
    while (integrity.step()) {
        const QString line = integrity.text(0);
        if (line != QLatin1String("ok"))
            problems << QStringLiteral("integrity: ") + line;
    }
    SqlStatement keys(m_db, QStringLiteral("PRAGMA foreign_key_check"));
    while (keys.step())
        problems << QStringLiteral("foreign key: row %1 of %2 points to a missing %3 row")
                        .arg(keys.text(1), keys.text(0), keys.text(2));
    // Statement searches trust statement_positions to say where each
    // statement stands in its article's full-text row: worked out again
    // from the rows, they must be what is stored.
    const qint64 misplaced = m_db.queryInt(QStringLiteral(
        "SELECT (SELECT count(*) FROM (SELECT r.article_id AS id, dateline_statement_positions(a.body, "
        "a.paragraph_lengths, r.id, coalesce(r.person_id, 0), r.paragraph, r.span_start, r.span_end, "
        "coalesce(r.speaker, (SELECT p.name FROM persons p WHERE p.id = r.person_id), ''), r.text) AS positions "
        "FROM statement_rows r JOIN articles a ON a.id = r.article_id GROUP BY r.article_id) x "
        "WHERE x.positions IS NOT (SELECT sp.positions FROM statement_positions sp WHERE sp.article_id = x.id)) "
        "+ (SELECT count(*) FROM statement_positions sp WHERE NOT EXISTS "
        "(SELECT 1 FROM statement_rows r WHERE r.article_id = sp.article_id))"));
    if (misplaced > 0)
        problems << QStringLiteral("statement positions: %1 articles' positions differ from their statements")
                        .arg(misplaced);
    for (const char *table : {"articles_fts", "annotations_fts"}) {
        const QString name = QString::fromLatin1(table);
        try {
            // rank 1 compares the index with the content table, not only
            // the index with itself.
            m_db.exec(QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('integrity-check', 1)").arg(name));
        } catch (const LibraryError &e) {
            problems << QStringLiteral("full-text index %1: %2").arg(name, e.message());
        }
    }
    return problems;
}

int Library::reindex(bool all, const std::atomic<bool> *cancel)
{
    QList<qint64> ids;
    {
        SqlStatement st(m_db,
                        all ? QStringLiteral("SELECT id FROM articles ORDER BY id")
                            : QStringLiteral("SELECT id FROM articles WHERE extractor_version < ?1 ORDER BY id"));
        if (!all)
            st.bind(1, Extractor::kVersion);
        while (st.step())
            ids << st.integer(0);
    }
    int done = 0;
    LibraryWriter writer(m_db);
    for (qsizetype i = 0; i < ids.size(); i += kReindexBatch) {
        if (cancel && cancel->load())
            break;
        std::vector<StoredArticle> batch;
        for (qsizetype j = i; j < qMin(ids.size(), i + kReindexBatch); ++j) {
            if (std::optional<StoredArticle> stored = article(ids.at(j)))
                batch.push_back(std::move(*stored));
        }
        // Extraction is the slow part and needs no database: it runs on
        // every core while this thread alone reads and writes.
        std::vector<std::optional<Extraction>> extracted(batch.size());
        parallelFor(batch.size(), [&](size_t k) {
            try {
                extracted[k] = Extractor::extract(batch[k].article);
            } catch (const std::exception &) {
                // Keeps the article's old extraction rather than none.
            }
        });
        Transaction t(m_db);
        for (size_t k = 0; k < batch.size(); ++k) {
            if (extracted[k]) {
                writer.replaceExtraction(batch[k].id, *extracted[k], Extractor::kVersion);
                ++done;
            }
        }
        t.commit();
    }
    m_db.releaseFreePages();
    return done;
}

StatementResults Library::searchStatements(const SearchFilter &filter)
{
    return LibrarySearch::statements(m_db, filter);
}

ArticleResults Library::searchArticles(const SearchFilter &filter)
{
    return LibrarySearch::articles(m_db, filter);
}

} // namespace dateline
