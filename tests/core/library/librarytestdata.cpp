#include "librarytestdata.h"

#include "extract/extractor.h"
#include "library/librarywriter.h"
#include "library/transaction.h"

namespace dateline::test {

TempLibrary::TempLibrary()
{
    m_library.emplace(Library::open(path()));
}

Article makeArticle(const QString &headline, const QStringList &paragraphs, const QString &published)
{
    Article a;
    a.source = QStringLiteral("/news/") + headline.left(12) + QStringLiteral(".txt");
    a.format = QStringLiteral("text");
    a.headline = headline;
    a.paragraphs = paragraphs;
    a.published = published;
    return a;
}

Statement makeStatement(const QString &speaker, const QString &surface, const QString &text, int paragraph)
{
    Statement s;
    s.speaker = speaker;
    s.speakerSurface = surface;
    s.speakerKind = SpeakerKind::Person;
    s.text = text;
    s.verb = QStringLiteral("said");
    s.paragraph = paragraph;
    s.start = 1;
    s.end = 1 + int(text.size());
    return s;
}

CountryMention makeCountry(const QString &code, const QString &text, int paragraph)
{
    CountryMention c;
    c.code = code;
    c.text = text;
    c.paragraph = paragraph;
    c.start = 0;
    c.end = int(text.size());
    return c;
}

QList<qint64> storeAll(Library &library, const QList<Article> &articles)
{
    QList<qint64> ids;
    Transaction t(library.database());
    LibraryWriter writer(library.database());
    for (const Article &a : articles) {
        const LibraryWriter::Result r = writer.store(a, Extractor::kVersion);
        ids << (r.outcome == LibraryWriter::Outcome::Stored ? r.articleId : 0);
    }
    t.commit();
    return ids;
}

} // namespace dateline::test
