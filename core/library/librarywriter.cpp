#include "library/librarywriter.h"

#include "library/database.h"
#include "library/derivedcolumns.h"
#include "library/ftstokenizer.h"
#include "library/jsonlist.h"
#include "library/libraryerror.h"
#include "library/paragraphtext.h"
#include "library/searchfacets.h"
#include "library/sqlstatement.h"
#include "library/statementpositions.h"
#include "library/textkey.h"

#include <QDateTime>
#include <array>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace dateline {

namespace {

// Rows of one table an INSERT of Bulk mode takes at most: an article's
// statements go in one or two. Most of a row's cost in a one-row INSERT
// is running the statement; sixteen rows at once took 40 % less time a row.
constexpr int kMaxRowsPerInsert = 16;

constexpr int kStatementColumns = 12;
constexpr const char *kStatementInsert = "INTO statement_rows(article_id, person_id, speaker, surface_label, "
                                         "role_label, verb_label, kind_label, text, edits, paragraph, span_start, "
                                         "span_end) VALUES ";
constexpr int kCountryColumns = 5;
constexpr const char *kCountryInsert = "INTO article_countries(article_id, code, first, mentions, spans) VALUES ";

// The writer's caches look strings up several times a statement. Qt's
// qHash of a string was 3.5 % of an import's time on its own (perf);
// libstdc++'s hash of the same UTF-16 units is a fraction of that.
struct Utf16Hash
{
    size_t operator()(const QString &text) const noexcept
    {
        return std::hash<std::u16string_view> {}(
            std::u16string_view(reinterpret_cast<const char16_t *>(text.constData()), size_t(text.size())));
    }
    size_t operator()(const std::pair<qint64, QString> &key) const noexcept
    {
        return (*this)(key.second) ^ (size_t(key.first) * 0x9e3779b97f4a7c15ull);
    }
};
template<typename Value> using StringMap = std::unordered_map<QString, Value, Utf16Hash>;

// An INSERT `into` with `rows` rows of `columns` numbered parameters each.
// Of many rows, OR FAIL: a failing row ends the statement without undoing
// the rows before it (the caller rolls the article back), so SQLite needs
// no statement journal for it, whose opening makes FTS5 write out the
// terms it holds for the transaction. An ABORT, the default, needs one.
QString manyRowsSql(const char *into, int columns, int rows)
{
    QString sql = rows > 1 ? QStringLiteral("INSERT OR FAIL ") : QStringLiteral("INSERT ");
    sql += QLatin1String(into);
    int parameter = 1;
    for (int r = 0; r < rows; ++r) {
        sql += r == 0 ? QLatin1String("(") : QLatin1String(", (");
        for (int c = 0; c < columns; ++c, ++parameter)
            sql += (c == 0 ? QStringLiteral("?%1") : QStringLiteral(", ?%1")).arg(parameter);
        sql += QLatin1Char(')');
    }
    return sql;
}

// One table's INSERTs by row count: the one-row statement, prepared with
// the writer, and those of 2 to kMaxRowsPerInsert rows (Bulk mode),
// prepared when first needed.
class RowsInsert
{
public:
    RowsInsert(Database &db, const char *into, int columns)
        : m_db(db)
        , m_into(into)
        , m_columns(columns)
        , m_one(db, manyRowsSql(into, columns, 1))
    {
    }

    SqlStatement &forRows(int rows)
    {
        if (rows <= 1)
            return m_one;
        std::unique_ptr<SqlStatement> &st = m_many.at(size_t(rows));
        if (!st)
            st = std::make_unique<SqlStatement>(m_db, manyRowsSql(m_into, m_columns, rows));
        return *st;
    }

private:
    Database &m_db;
    const char *m_into;
    int m_columns;
    SqlStatement m_one;
    std::array<std::unique_ptr<SqlStatement>, kMaxRowsPerInsert + 1> m_many;
};

} // namespace

struct LibraryWriter::Statements
{
    explicit Statements(Database &db)
        : byHash(db, QStringLiteral("SELECT id FROM articles WHERE content_hash = ?1"))
        , byGuid(db, QStringLiteral("SELECT id FROM articles WHERE guid = ?1 AND guid <> '' LIMIT 1"))
        , byLink(db, QStringLiteral("SELECT id FROM articles WHERE link = ?1 AND link <> '' LIMIT 1"))
        , findSource(db, QStringLiteral("SELECT id FROM sources WHERE location = ?1"))
        , source(db, QStringLiteral("INSERT INTO sources(location, kind, added_at) VALUES (?1, ?2, ?3)"))
        , article(db,
                  QStringLiteral("INSERT INTO articles(source_id, source, format, section, headline, standfirst, "
                                 "authors, published, updated, dateline, agency, caption, language, link, guid, "
                                 "categories, body, content_hash, imported_at, extractor_version, paragraph_lengths) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
                                 "?18, ?19, ?20, ?21)"))
        , articleText(db,
                      QStringLiteral("INSERT INTO articles_fts(rowid, headline, standfirst, body, speakers, quotes, "
                                     "facets) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"))
        , positions(db, QStringLiteral("INSERT INTO statement_positions(article_id, positions) VALUES (?1, ?2)"))
        , unindexArticle(db,
                         QStringLiteral("INSERT INTO articles_fts(articles_fts, rowid, headline, standfirst, body, "
                                        "speakers, quotes, facets) SELECT 'delete', id, headline, standfirst, body, "
                                        "speakers, quotes, facets FROM article_texts WHERE id = ?1"))
        , indexArticle(db,
                       QStringLiteral("INSERT INTO articles_fts(rowid, headline, standfirst, body, speakers, quotes, "
                                      "facets) SELECT id, headline, standfirst, body, speakers, quotes, facets FROM "
                                      "article_texts WHERE id = ?1"))
        , stored(db,
                 QStringLiteral("SELECT published, dateline_body(body), paragraph_lengths FROM articles WHERE id = ?1"))
        , findPerson(db, QStringLiteral("SELECT id, kind, name FROM persons WHERE key = ?1"))
        , findLabel(db, QStringLiteral("SELECT id FROM statement_labels WHERE text = ?1"))
        , label(db, QStringLiteral("INSERT INTO statement_labels(text) VALUES (?1)"))
        , person(db, QStringLiteral("INSERT INTO persons(name, kind, key) VALUES (?1, ?2, ?3)"))
        , personKind(db, QStringLiteral("UPDATE persons SET kind = ?2 WHERE id = ?1"))
        , alias(db, QStringLiteral("INSERT OR IGNORE INTO person_aliases(person_id, alias, key) VALUES (?1, ?2, ?3)"))
        , ambassador(db,
                     QStringLiteral("INSERT INTO ambassador_mentions(article_id, id, country, host, name, role, "
                                    "surface, paragraph, span_start, span_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                                    "?7, ?8, ?9, ?10)"))
        , deleteStatements(db, QStringLiteral("DELETE FROM statement_rows WHERE article_id = ?1"))
        , deletePositions(db, QStringLiteral("DELETE FROM statement_positions WHERE article_id = ?1"))
        , deleteCountries(db, QStringLiteral("DELETE FROM article_countries WHERE article_id = ?1"))
        , deleteAmbassadors(db, QStringLiteral("DELETE FROM ambassador_mentions WHERE article_id = ?1"))
        , setVersion(db, QStringLiteral("UPDATE articles SET extractor_version = ?2 WHERE id = ?1"))
        , deleteArticle(db, QStringLiteral("DELETE FROM articles WHERE id = ?1"))
        , statementRows(db, kStatementInsert, kStatementColumns)
        , countryRows(db, kCountryInsert, kCountryColumns)
    {
    }

    SqlStatement byHash, byGuid, byLink, findSource, source, article, articleText, positions, unindexArticle,
        indexArticle, stored, findPerson, findLabel, label, person, personKind, alias, ambassador, deleteStatements,
        deletePositions, deleteCountries, deleteAmbassadors, setVersion, deleteArticle;
    RowsInsert statementRows, countryRows;
    // TextKey::of by text: the same few names recur in every batch, and
    // folding them (NFKD, case) cost more than storing the statement.
    StringMap<QString> keys;

    // Rows looked up (or written) once and then known: the same speakers,
    // roles and verbs recur in every article. Valid while the rows they
    // name are; discardCachedIds() forgets them when a rollback may not be.
    struct Person
    {
        qint64 id = 0;
        bool kindUnknown = false;
        QString name;
    };
    StringMap<Person> persons; // by key
    std::unordered_set<std::pair<qint64, QString>, Utf16Hash> aliases; // (person, alias key) written
    StringMap<qint64> labels;
};

namespace {

// text.simplified(), sharing the text when it is simple already (as names
// and roles nearly always are): simplified() copies it every time, three
// times a statement.
QString simplifiedShared(const QString &text)
{
    const QChar *p = text.constData();
    const qsizetype n = text.size();
    bool simple = n == 0 || (!p[0].isSpace() && !p[n - 1].isSpace());
    for (qsizetype i = 1; simple && i < n; ++i)
        simple = !p[i].isSpace() || (p[i] == u' ' && p[i - 1] != u' ');
    return simple ? text : text.simplified();
}

// Now in UTC to the second, as stored; formatted once a second rather
// than for every article and source.
QString nowUtc()
{
    thread_local qint64 second = -1;
    thread_local QString text;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != second) {
        second = now;
        text = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate);
    }
    return text;
}

// Whether the text holds any surrogate, whole or half a pair. Tested in
// blocks of fixed size, which the compiler vectorises at -O2: a paragraph
// nearly never holds one, and QStringView::isValidUtf16, which walks the
// text a character at a time, took 0.9 % of an import's instructions
// asking every paragraph of every article.
bool hasSurrogates(QStringView text)
{
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    constexpr qsizetype kBlock = 32;
    qsizetype i = 0;
    for (; i + kBlock <= n; i += kBlock) {
        int found = 0;
        for (qsizetype k = 0; k < kBlock; ++k)
            found |= int((p[i + k] & 0xf800) == 0xd800);
        if (found)
            return true;
    }
    for (; i < n; ++i) {
        if ((p[i] & 0xf800) == 0xd800)
            return true;
    }
    return false;
}

// The paragraphs as they read back from the stored body: the article's own,
// unless one holds half a surrogate pair, which UTF-8 cannot carry.
QStringList storedParagraphs(const QStringList &paragraphs, const ParagraphText::Encoded &encoded)
{
    for (const QString &p : paragraphs) {
        if (hasSurrogates(p) && !QStringView(p).isValidUtf16())
            return ParagraphText::split(encoded.bodyUtf8, encoded.lengths);
    }
    return paragraphs;
}

bool isFeedFormat(const QString &format)
{
    return format == QLatin1String("rss") || format == QLatin1String("atom") || format == QLatin1String("rdf");
}

// Pronouns and descriptions ("he", "the minister") point at a person but
// do not name them; only capitalised names become searchable aliases.
bool isNameLike(const QString &surface, const QString &key)
{
    static const QStringList pronouns
        = {QStringLiteral("he"),  QStringLiteral("she"),  QStringLiteral("they"), QStringLiteral("it"),
           QStringLiteral("we"),  QStringLiteral("i"),    QStringLiteral("you"),  QStringLiteral("him"),
           QStringLiteral("her"), QStringLiteral("them"), QStringLiteral("this"), QStringLiteral("that")};
    return !surface.isEmpty() && surface.at(0).isUpper() && !pronouns.contains(key);
}

// Paragraph `i`, empty when there is none, without copying the list's string.
QStringView paragraphView(const QStringList &paragraphs, int i)
{
    return i >= 0 && i < paragraphs.size() ? QStringView(paragraphs.at(i)) : QStringView();
}

QByteArray articleFacets(const QString &published, const QList<CountrySpans::Row> &countries)
{
    QStringList codes;
    codes.reserve(countries.size());
    for (const CountrySpans::Row &row : countries)
        codes << row.code;
    return SearchFacets::ofArticleCodes(published, codes).toUtf8();
}

// Enough for every speaker and label of a large import; past it the
// caches start again rather than grow without end.
constexpr qsizetype kMaxCachedIds = 20000;

qint64 firstId(SqlStatement &st)
{
    const qint64 id = st.step() ? st.integer(0) : 0;
    st.reset();
    return id;
}

} // namespace

LibraryWriter::LibraryWriter(Database &db, Mode mode)
    : m_db(db)
    , m_st(std::make_unique<Statements>(db))
{
    if (mode != Mode::Bulk)
        return;
    if (db.queryInt(QStringLiteral("PRAGMA foreign_keys")) != 0) {
        db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        m_restoreForeignKeys = true;
    }
    // Inside a transaction the pragma changes nothing: the keys stay
    // checked, and so one row goes in per INSERT.
    m_manyRowsPerInsert = db.queryInt(QStringLiteral("PRAGMA foreign_keys")) == 0;
}

LibraryWriter::~LibraryWriter()
{
    if (!m_restoreForeignKeys)
        return;
    try {
        m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    } catch (const LibraryError &) {
        // Only a connection that is going away fails a pragma.
    }
}

int LibraryWriter::rowsPerInsert(qsizetype remaining) const
{
    return m_manyRowsPerInsert ? int(qMin<qsizetype>(remaining, kMaxRowsPerInsert)) : 1;
}

qint64 LibraryWriter::findDuplicate(const Article &article, const QByteArray &hash)
{
    m_st->byHash.bindBlob(1, hash);
    if (const qint64 id = firstId(m_st->byHash))
        return id;
    if (!article.guid.isEmpty()) {
        m_st->byGuid.bind(1, article.guid);
        if (const qint64 id = firstId(m_st->byGuid))
            return id;
    }
    if (!article.link.isEmpty()) {
        m_st->byLink.bind(1, article.link);
        if (const qint64 id = firstId(m_st->byLink))
            return id;
    }
    return 0;
}

qint64 LibraryWriter::sourceId(const Article &article, const Prepared::Row &row)
{
    if (row.source.isEmpty())
        return 0;
    // A lookup, then a plain insert: an upsert (or RETURNING) runs in a
    // statement journal, and opening one makes FTS5 flush the terms it
    // holds for the batch to a new segment, once per article.
    m_st->findSource.bindUtf8(1, row.source);
    if (const qint64 id = firstId(m_st->findSource))
        return id;
    m_st->source.bindUtf8(1, row.source)
        .bind(2, isFeedFormat(article.format) ? QStringLiteral("feed") : QStringLiteral("file"))
        .bindUtf8(3, row.importedAt);
    m_st->source.run();
    return m_db.lastInsertId();
}

QString LibraryWriter::keyOf(const QString &text)
{
    constexpr qsizetype kMaxKeys = 20000;
    const auto it = m_st->keys.find(text);
    if (it != m_st->keys.end())
        return it->second;
    if (m_st->keys.size() >= kMaxKeys)
        m_st->keys.clear();
    return m_st->keys.emplace(text, TextKey::of(text)).first->second;
}

qint64 LibraryWriter::personId(const Statement &statement, QString *name)
{
    const QString key = keyOf(statement.speaker);
    if (key.isEmpty())
        return 0;
    // A lookup first: an upsert rewrote the person's row for every
    // statement. The kind is set once it is known.
    auto known = m_st->persons.find(key);
    if (known == m_st->persons.end()) {
        Statements::Person p;
        m_st->findPerson.bind(1, key);
        if (m_st->findPerson.step()) {
            p.id = m_st->findPerson.integer(0);
            p.kindUnknown = m_st->findPerson.text(1) == toString(SpeakerKind::Unknown);
            p.name = m_st->findPerson.text(2);
            m_st->findPerson.reset();
        } else {
            m_st->findPerson.reset();
            p.name = simplifiedShared(statement.speaker);
            p.kindUnknown = statement.speakerKind == SpeakerKind::Unknown;
            m_st->person.bind(1, p.name).bind(2, toString(statement.speakerKind)).bind(3, key);
            m_st->person.run();
            p.id = m_db.lastInsertId();
        }
        if (m_st->persons.size() >= kMaxCachedIds) {
            m_st->persons.clear();
            m_st->aliases.clear();
        }
        known = m_st->persons.emplace(key, p).first;
    }
    Statements::Person &person = known->second;
    if (person.kindUnknown && statement.speakerKind != SpeakerKind::Unknown) {
        m_st->personKind.bind(1, person.id).bind(2, toString(statement.speakerKind));
        m_st->personKind.run();
        person.kindUnknown = false;
    }
    *name = person.name;
    const qint64 id = person.id;
    const QString surface = simplifiedShared(statement.speakerSurface);
    const QString surfaceKey = keyOf(surface);
    if (id && surfaceKey != key && isNameLike(surface, surfaceKey) && !m_st->aliases.count({id, surfaceKey})) {
        m_st->alias.bind(1, id).bind(2, surface).bind(3, surfaceKey);
        m_st->alias.run();
        if (m_st->aliases.size() >= kMaxCachedIds)
            m_st->aliases.clear();
        m_st->aliases.insert({id, surfaceKey});
    }
    return id;
}

qint64 LibraryWriter::labelId(const QString &text)
{
    if (text.isEmpty())
        return 0;
    if (const auto it = m_st->labels.find(text); it != m_st->labels.end())
        return it->second;
    m_st->findLabel.bind(1, text);
    qint64 id = firstId(m_st->findLabel);
    if (!id) {
        m_st->label.bind(1, text);
        m_st->label.run();
        id = m_db.lastInsertId();
    }
    if (m_st->labels.size() >= kMaxCachedIds)
        m_st->labels.clear();
    m_st->labels.emplace(text, id);
    return id;
}

void LibraryWriter::discardCachedIds()
{
    m_st->persons.clear();
    m_st->aliases.clear();
    m_st->labels.clear();
}

LibraryWriter::Prepared LibraryWriter::prepare(const Article &a)
{
    Prepared p;
    // Hashing normalises the whole text: once per article, not per use.
    // Stored as the 32 bytes of the digest, half its hex.
    p.hash = a.contentDigest();
    ParagraphText::Encoded encoded = ParagraphText::encode(a.paragraphs);
    // The statements view cuts statement texts out of these.
    p.paragraphs = storedParagraphs(a.paragraphs, encoded);
    p.bodyUtf8 = std::move(encoded.bodyUtf8);
    p.packedBody = DerivedColumns::packBody(p.bodyUtf8, &p.compressed);
    p.countries = CountrySpans::rows(a.extraction.countries, p.paragraphs);
    p.statements = statementValues(a.extraction, p.paragraphs, p.bodyUtf8, encoded.byteLengths);
    p.articleFacets = articleFacets(a.published, p.countries);
    Prepared::Row &row = p.row;
    row.source = a.source.toUtf8();
    row.format = a.format.toUtf8();
    row.section = a.section.toUtf8();
    row.headline = a.headline.toUtf8();
    row.standfirst = a.standfirst.toUtf8();
    row.published = a.published.toUtf8();
    row.updated = a.updated.toUtf8();
    row.dateline = a.dateline.toUtf8();
    row.agency = a.agency.toUtf8();
    row.caption = a.caption.toUtf8();
    row.language = a.language.toUtf8();
    row.link = a.link.toUtf8();
    row.guid = a.guid.toUtf8();
    row.authorsJson = JsonList::encode(a.authors).toUtf8();
    row.categoriesJson = JsonList::encode(a.categories).toUtf8();
    row.importedAt = nowUtc().toUtf8();
    row.lengths = encoded.lengths.toUtf8();
    return p;
}

QList<LibraryWriter::StatementValues> LibraryWriter::statementValues(const Extraction &e, const QStringList &paragraphs,
                                                                     QByteArrayView bodyUtf8,
                                                                     const QList<qsizetype> &paragraphBytes)
{
    QList<StatementValues> values;
    values.reserve(e.statements.size());
    if (e.statements.isEmpty())
        return values;
    const FtsTokenizer &tokenizer = FtsTokenizer::forThisThread();
    QList<StatementPositions::Span> spans;
    spans.reserve(e.statements.size());
    for (const Statement &s : e.statements)
        spans << StatementPositions::Span {s.paragraph, s.start, s.end};
    const QList<std::pair<int, int>> ranges
        = StatementPositions::bodyRanges(tokenizer, bodyUtf8, paragraphs, spans, paragraphBytes);
    for (qsizetype i = 0; i < e.statements.size(); ++i) {
        const Statement &s = e.statements.at(i);
        StatementValues v;
        const QStringView span = DerivedColumns::spanViewOf(paragraphView(paragraphs, s.paragraph), s.start, s.end);
        if (span != s.text) {
            v.edits = DerivedColumns::textEdits(span.toString(), s.text);
            v.literal = v.edits.isEmpty();
        }
        v.speaker = simplifiedShared(s.speaker);
        v.speakerUtf8 = v.speaker.toUtf8();
        // A text stored as it is stands in the quotes column alone.
        if (v.literal) {
            v.text = s.text.toUtf8();
            v.quoteTokens = tokenizer.count(v.text);
        } else {
            v.tokenStart = ranges.at(i).first;
            v.tokenCount = ranges.at(i).second;
        }
        v.speakerTokens = tokenizer.count(v.speakerUtf8);
        values.append(std::move(v));
    }
    return values;
}

LibraryWriter::Result LibraryWriter::store(const Article &a, int extractorVersion)
{
    return store(a, extractorVersion, prepare(a));
}

LibraryWriter::Result LibraryWriter::store(const Article &a, int extractorVersion, const Prepared &p)
{
    try {
        return storeOrThrow(a, extractorVersion, p);
    } catch (...) {
        // The caller rolls back what this article wrote, rows the caches
        // may name among it.
        discardCachedIds();
        throw;
    }
}

LibraryWriter::Result LibraryWriter::storeOrThrow(const Article &a, int extractorVersion, const Prepared &p)
{
    if (const qint64 existing = findDuplicate(a, p.hash))
        return {Outcome::Duplicate, existing};

    SqlStatement &st = m_st->article;
    const Prepared::Row &row = p.row;
    if (const qint64 source = sourceId(a, row))
        st.bind(1, source);
    else
        st.bindNull(1);
    st.bindUtf8InPlace(2, row.source)
        .bindUtf8InPlace(3, row.format)
        .bindUtf8InPlace(4, row.section)
        .bindUtf8InPlace(5, row.headline)
        .bindUtf8InPlace(6, row.standfirst)
        .bindUtf8InPlace(7, row.authorsJson)
        .bindUtf8InPlace(8, row.published)
        .bindUtf8InPlace(9, row.updated)
        .bindUtf8InPlace(10, row.dateline)
        .bindUtf8InPlace(11, row.agency)
        .bindUtf8InPlace(12, row.caption)
        .bindUtf8InPlace(13, row.language)
        .bindUtf8InPlace(14, row.link)
        .bindUtf8InPlace(15, row.guid)
        .bindUtf8InPlace(16, row.categoriesJson)
        .bindBlobInPlace(18, p.hash)
        .bindUtf8InPlace(19, row.importedAt)
        .bind(20, extractorVersion)
        .bindUtf8InPlace(21, row.lengths);
    if (p.compressed)
        st.bindBlobInPlace(17, p.packedBody);
    else
        st.bindUtf8InPlace(17, p.packedBody);
    st.run();
    const qint64 id = m_db.lastInsertId();
    // One StatementValues per statement (both callers work them out from
    // the same extraction); worked out here should one be missing.
    const QList<StatementValues> own = p.statements.size() < a.extraction.statements.size()
        ? statementValues(a.extraction, p.paragraphs, p.bodyUtf8)
        : QList<StatementValues>();
    const IndexedColumns columns = insertExtraction(id, a.extraction, p.paragraphs, own.isEmpty() ? p.statements : own,
                                                    p.countries, p.articleFacets);
    m_st->articleText.bind(1, id)
        .bindUtf8InPlace(2, row.headline)
        .bindUtf8InPlace(3, row.standfirst)
        .bindUtf8InPlace(4, p.bodyUtf8)
        .bindUtf8InPlace(5, columns.speakers)
        .bindUtf8InPlace(6, columns.quotes)
        .bindUtf8InPlace(7, columns.facets);
    m_st->articleText.run();
    return {Outcome::Stored, id};
}

LibraryWriter::IndexedColumns LibraryWriter::insertExtraction(qint64 articleId, const Extraction &e,
                                                              const QStringList &paragraphs,
                                                              const QList<StatementValues> &values,
                                                              const QList<CountrySpans::Row> &countries,
                                                              const QByteArray &articleFacets)
{
    IndexedColumns columns;
    QList<StatementPosition> positions;
    positions.reserve(e.statements.size());
    QList<qint64> persons;
    // Rows [first, first + rows) go in with one INSERT, row r's values
    // from parameter r * kStatementColumns + 1 on.
    SqlStatement *st = nullptr;
    qsizetype first = 0;
    int rows = 0;
    for (qsizetype i = 0; i < e.statements.size(); ++i) {
        if (i == first + rows) {
            first = i;
            rows = rowsPerInsert(e.statements.size() - i);
            st = &m_st->statementRows.forRows(rows);
        }
        const int at = int(i - first) * kStatementColumns;
        const Statement &s = e.statements.at(i);
        const StatementValues &v = values.at(i);
        QString name;
        const qint64 person = personId(s, &name);
        st->bind(at + 1, articleId);
        if (person)
            st->bind(at + 2, person);
        else
            st->bindNull(at + 2);
        // NULL where the statements view gives the same value back: the
        // person's name, the paragraph span.
        if (person && v.speaker == name)
            st->bindNull(at + 3);
        else
            st->bindUtf8InPlace(at + 3, v.speakerUtf8);
        // Labels by id: a few hundred distinct roles and verbs across a
        // library, each written once.
        for (const auto &[column, text] :
             {std::pair {4, s.speakerSurface}, std::pair {5, s.speakerRole}, std::pair {6, s.verb},
              std::pair {7, s.kind == StatementKind::Direct ? QString() : toString(s.kind)}}) {
            if (const qint64 label = labelId(text))
                st->bind(at + column, label);
            else
                st->bindNull(at + column);
        }
        if (v.literal)
            st->bindUtf8InPlace(at + 8, v.text);
        else
            st->bindNull(at + 8);
        if (v.edits.isEmpty())
            st->bindNull(at + 9);
        else
            st->bindBlobInPlace(at + 9, v.edits);
        st->bind(at + 10, s.paragraph).bind(at + 11, s.start).bind(at + 12, s.end);
        positions << StatementPosition {
            0, person, v.tokenStart, v.tokenCount, v.speakerTokens, v.literal ? v.quoteTokens : 0};
        if (i + 1 == first + rows) {
            st->run();
            // The rows took the ids after the largest there was, one by
            // one (SQLite's rowids short of the largest possible one).
            const qint64 last = m_db.lastInsertId();
            for (int r = 0; r < rows; ++r)
                positions[first + r].id = last - rows + 1 + r;
        }
        if (person)
            persons << person;
        // The speakers and quotes columns as article_texts gives them back.
        if (i > 0) {
            columns.speakers += StatementPositions::kSeparator;
            columns.quotes += StatementPositions::kSeparator;
        }
        columns.speakers += v.speakerUtf8;
        if (v.literal)
            columns.quotes += v.text;
    }
    if (!positions.isEmpty()) {
        m_st->positions.bind(1, articleId).bindBlob(2, StatementPositions::pack(positions));
        m_st->positions.run();
    }
    columns.facets = SearchFacets::ofArticleRowUtf8(persons, articleFacets);
    // The statements view reads the codes by their first mention, as
    // articleFacets has them.
    for (qsizetype i = 0; i < countries.size();) {
        const int countryRows = rowsPerInsert(countries.size() - i);
        SqlStatement &insert = m_st->countryRows.forRows(countryRows);
        for (int r = 0; r < countryRows; ++r, ++i) {
            const CountrySpans::Row &row = countries.at(i);
            const int at = r * kCountryColumns;
            insert.bind(at + 1, articleId).bind(at + 2, row.code).bind(at + 3, row.first).bind(at + 4, row.mentions);
            insert.bindBlobInPlace(at + 5, row.spans);
        }
        insert.run();
    }
    // The mention's place in the article is its id; its words are NULL
    // when they are the paragraph span.
    for (qsizetype i = 0; i < e.ambassadors.size(); ++i) {
        const AmbassadorMention &m = e.ambassadors.at(i);
        m_st->ambassador.bind(1, articleId)
            .bind(2, qint64(i))
            .bind(3, m.country)
            .bind(4, m.host)
            .bind(5, m.name)
            .bind(6, m.role);
        if (DerivedColumns::spanViewOf(paragraphView(paragraphs, m.paragraph), m.start, m.end) == m.text)
            m_st->ambassador.bindNull(7);
        else
            m_st->ambassador.bind(7, m.text);
        m_st->ambassador.bind(8, m.paragraph).bind(9, m.start).bind(10, m.end);
        m_st->ambassador.run();
    }
    return columns;
}

void LibraryWriter::replaceExtraction(qint64 articleId, const Extraction &extraction, int extractorVersion)
{
    // The full-text row's speakers and facets come from the rows about to
    // change: it leaves the index with the values it was indexed with, and
    // comes back with the new ones.
    m_st->unindexArticle.bind(1, articleId);
    m_st->unindexArticle.run();
    for (SqlStatement *st :
         {&m_st->deleteStatements, &m_st->deletePositions, &m_st->deleteCountries, &m_st->deleteAmbassadors}) {
        st->bind(1, articleId);
        st->run();
    }
    SqlStatement &stored = m_st->stored;
    stored.bind(1, articleId);
    QString published;
    QByteArray body;
    QStringList paragraphs;
    if (stored.step()) {
        published = stored.text(0);
        body = stored.utf8(1);
        paragraphs = ParagraphText::split(body, stored.text(2));
    }
    stored.reset();
    const QList<CountrySpans::Row> countries = CountrySpans::rows(extraction.countries, paragraphs);
    insertExtraction(articleId, extraction, paragraphs, statementValues(extraction, paragraphs, body), countries,
                     articleFacets(published, countries));
    m_st->setVersion.bind(1, articleId).bind(2, extractorVersion);
    m_st->setVersion.run();
    m_st->indexArticle.bind(1, articleId);
    m_st->indexArticle.run();
}

bool LibraryWriter::remove(qint64 articleId)
{
    m_st->deleteArticle.bind(1, articleId);
    m_st->deleteArticle.run();
    return m_db.changes() > 0;
}

} // namespace dateline
