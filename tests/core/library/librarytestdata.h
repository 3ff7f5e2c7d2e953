#pragma once

#include "library/library.h"
#include "model/article.h"

#include <QTemporaryDir>

namespace dateline::test {

// A library in a fresh temporary folder, removed with the fixture.
class TempLibrary
{
public:
    TempLibrary();
    QString path() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }
    QString dir() const { return m_dir.path(); }
    Library &library() { return *m_library; }

private:
    QTemporaryDir m_dir;
    std::optional<Library> m_library;
};

// An article built by hand, so that tests do not depend on the extractors.
Article makeArticle(const QString &headline, const QStringList &paragraphs, const QString &published = {});
// A statement spanning all of paragraph `paragraph`'s text `text`.
Statement makeStatement(const QString &speaker, const QString &surface, const QString &text, int paragraph = 0);
CountryMention makeCountry(const QString &code, const QString &text, int paragraph = 0);

// Stores articles in one transaction; returns their ids (0 for duplicates).
QList<qint64> storeAll(Library &library, const QList<Article> &articles);

} // namespace dateline::test
