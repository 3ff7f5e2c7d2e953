#pragma once

#include "model/article.h"

namespace dateline::test {

// Articles written for the ui tests, with extraction built by hand so the
// panels have something to show whatever the extractors find today.
//
// credentialsArticle(): statements by Erdogan (2), Claire Martin, Kenji Sato;
// countries TR (4 mentions), FR (3), JP (3); ambassadors FR→TR, JP→TR. Long
// enough that its last statement (q3) sits below the first screen.
Article credentialsArticle();
// A short Reuters story: one statement, one country (RU).
Article reutersArticle();

} // namespace dateline::test

namespace dateline::test {

// Stores articles, with the extraction they carry, in the library at path
// (created when absent), as an import would.
void storeInLibrary(const QString &path, const QList<Article> &articles);

} // namespace dateline::test
