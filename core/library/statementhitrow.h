#pragma once

#include "library/searchresults.h"

namespace dateline {

class SqlStatement;

// A statement hit from a row whose columns are statement id, article id,
// headline, published, speaker, text, paragraph, span start and span end:
// the order every statement query of the library selects them in.
StatementHit statementHitFromRow(const SqlStatement &row);

} // namespace dateline
