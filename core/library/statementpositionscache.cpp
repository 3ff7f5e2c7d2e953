#include "library/statementpositionscache.h"

#include "library/database.h"
#include "library/sqlstatement.h"

#include <sqlite3.h>

#include <algorithm>

namespace dateline {

bool StatementPositionsCache::ready(Database &db)
{
    if (m_searches < 1) {
        ++m_searches;
        return false;
    }
    const qint64 dataVersion = db.queryInt(QStringLiteral("PRAGMA data_version"));
    const qint64 changes = sqlite3_total_changes64(db.handle());
    if (dataVersion != m_dataVersion || changes != m_changes) {
        load(db);
        m_dataVersion = dataVersion;
        m_changes = changes;
    }
    return true;
}

void StatementPositionsCache::load(Database &db)
{
    m_packed.clear();
    m_entries.clear();
    const qint64 rows = db.queryInt(QStringLiteral("SELECT count(*) FROM statement_positions"));
    m_entries.reserve(size_t(rows) + 1);
    SqlStatement st(db, QStringLiteral("SELECT article_id, positions FROM statement_positions ORDER BY article_id"));
    while (st.step()) {
        m_entries.push_back({st.integer(0), m_packed.size()});
        m_packed.append(st.blobView(1));
    }
    m_entries.push_back({0, m_packed.size()});
    m_packed.squeeze();
}

QByteArrayView StatementPositionsCache::of(qint64 articleId) const
{
    if (m_entries.size() < 2)
        return {};
    const auto last = m_entries.end() - 1; // the end marker
    const auto it = std::lower_bound(m_entries.begin(), last, articleId,
                                     [](const Entry &e, qint64 id) { return e.articleId < id; });
    if (it == last || it->articleId != articleId)
        return {};
    return QByteArrayView(m_packed).sliced(it->offset, (it + 1)->offset - it->offset);
}

} // namespace dateline
