#include "library/statementhitrow.h"

#include "library/sqlstatement.h"

namespace dateline {

StatementHit statementHitFromRow(const SqlStatement &row)
{
    StatementHit h;
    h.statementId = row.integer(0);
    h.articleId = row.integer(1);
    h.headline = row.text(2);
    h.published = row.text(3);
    h.speaker = row.text(4);
    h.text = row.text(5);
    h.paragraph = int(row.integer(6));
    h.start = int(row.integer(7));
    h.end = int(row.integer(8));
    return h;
}

} // namespace dateline
