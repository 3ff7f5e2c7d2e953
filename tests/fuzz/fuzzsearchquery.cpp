// Searching: whatever a person types, both searches of a real library must
// answer without an error. The statement search turns the parsed query into
// a larger FTS5 expression than the article search (exclusions repeated as
// optional phrases, column and facet filters) and hands its phrases to
// statement_hits() by position, so both run against a small library of
// stored articles with statements, filtered and not; an exception is a
// finding: the parser promised queries that cannot fail.
#include "library/library.h"
#include "library/libraryerror.h"
#include "library/librarywriter.h"
#include "library/searchfilter.h"
#include "library/transaction.h"
#include "model/article.h"

#include <QByteArray>
#include <QDir>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace dateline;

namespace {

Statement statementIn(const QString &paragraph, const QString &text, const QString &speaker)
{
    Statement s;
    s.speaker = speaker;
    s.speakerSurface = speaker;
    s.speakerKind = SpeakerKind::Person;
    s.text = text;
    s.start = int(paragraph.indexOf(text));
    s.end = s.start + int(text.size());
    return s;
}

Library &library()
{
    static QTemporaryDir dir;
    static Library lib = [] {
        if (!dir.isValid())
            std::abort();
        Library l = Library::open(QDir(dir.path()).filePath(QStringLiteral("fuzz.sqlite")));
        const QString first = QStringLiteral("“Russia is open to talks on grain,” Vladimir Putin said in Moscow.");
        const QString second = QStringLiteral("“We will not accept this deal,” Annalena Baerbock told reporters.");
        Article a;
        a.headline = QStringLiteral("Talks on grain");
        a.published = QStringLiteral("2024-03-05");
        a.paragraphs = {first, second};
        a.extraction.statements << statementIn(first, QStringLiteral("Russia is open to talks on grain"),
                                               QStringLiteral("Vladimir Putin"));
        Statement other
            = statementIn(second, QStringLiteral("We will not accept this deal"), QStringLiteral("Annalena Baerbock"));
        other.paragraph = 1;
        a.extraction.statements << other;
        CountryMention ru;
        ru.code = QStringLiteral("RU");
        ru.text = QStringLiteral("Russia");
        ru.start = 1;
        ru.end = 7;
        a.extraction.countries << ru;
        Transaction t(l.database());
        LibraryWriter(l.database()).store(a, 1);
        t.commit();
        return l;
    }();
    return lib;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    SearchFilter f;
    f.query = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        library().searchArticles(f);
        library().searchStatements(f);
        f.speaker = QStringLiteral("putin");
        f.country = QStringLiteral("RU");
        f.order = SearchOrder::Newest;
        library().searchStatements(f);
    } catch (const LibraryError &e) {
        std::fprintf(stderr, "search failed for %s: %s\n", f.query.toUtf8().constData(), e.what());
        std::abort();
    }
    return 0;
}
