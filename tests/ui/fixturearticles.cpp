#include "fixturearticles.h"

#include "extract/extractor.h"
#include "library/library.h"
#include "library/librarywriter.h"
#include "library/transaction.h"

#include <QtGlobal>

namespace dateline::test {

namespace {

struct Span
{
    int paragraph;
    int start;
    int end;
};

// The n-th occurrence of needle in the paragraph; fixtures stay readable and
// offsets stay right when the text changes.
Span find(const Article &a, int paragraph, const QString &needle, int occurrence = 0)
{
    qsizetype from = 0;
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i) {
        at = a.paragraphs.at(paragraph).indexOf(needle, from);
        Q_ASSERT(at >= 0);
        from = at + 1;
    }
    return {paragraph, int(at), int(at + needle.size())};
}

Statement statement(const Article &a, int paragraph, const QString &text, const QString &speaker,
                    StatementKind kind = StatementKind::Direct)
{
    const Span s = find(a, paragraph, text);
    Statement st;
    st.text = text;
    st.speaker = speaker;
    st.speakerSurface = speaker.section(QLatin1Char(' '), -1);
    st.speakerKind = SpeakerKind::Person;
    st.verb = QStringLiteral("said");
    st.kind = kind;
    st.paragraph = s.paragraph;
    st.start = s.start;
    st.end = s.end;
    return st;
}

CountryMention country(const Article &a, int paragraph, const QString &text, const QString &code, int occurrence = 0)
{
    const Span s = find(a, paragraph, text, occurrence);
    return {code, text, CountryMentionKind::Name, s.paragraph, s.start, s.end};
}

} // namespace

Article credentialsArticle()
{
    Article a;
    a.source = QStringLiteral("fixtures/credentials.txt");
    a.format = QStringLiteral("text");
    a.section = QStringLiteral("Diplomacy");
    a.headline = QStringLiteral("New envoys present credentials in Ankara");
    a.standfirst = QStringLiteral("The ambassadors of France and Japan begin their missions.");
    a.authors = {QStringLiteral("Test Writer")};
    a.published = QStringLiteral("2026-01-20T09:30");
    a.dateline = QStringLiteral("ANKARA");
    a.agency = QStringLiteral("Anadolu Agency");
    a.paragraphs = {
        QStringLiteral("Turkish President Recep Tayyip Erdogan received the credentials of the new ambassadors of "
                       "France and Japan on Tuesday, the presidency said."),
        QStringLiteral("“Our doors are open to dialogue,” Erdogan said at the ceremony in Ankara."),
        QStringLiteral("French Ambassador Claire Martin said France wanted closer trade ties with Türkiye, and "
                       "that France would open a new consulate."),
        QStringLiteral("Japan's envoy Kenji Sato said Tokyo valued the partnership with Japan's oldest friends "
                       "in the region."),
    };
    for (int i = 1; i <= 24; ++i) {
        a.paragraphs << QStringLiteral("Background paragraph %1 sets out the trade figures of the last decade, "
                                       "the visits exchanged and the agreements signed since then.")
                            .arg(i);
    }
    a.paragraphs << QStringLiteral("“We will work together,” Erdogan added before leaving Ankara.");
    const int last = int(a.paragraphs.size()) - 1;

    Extraction &e = a.extraction;
    e.statements = {
        statement(a, 1, QStringLiteral("Our doors are open to dialogue"), QStringLiteral("Recep Tayyip Erdogan")),
        statement(a, 2, QStringLiteral("France wanted closer trade ties with Türkiye"), QStringLiteral("Claire Martin"),
                  StatementKind::Indirect),
        statement(a, 3, QStringLiteral("Tokyo valued the partnership"), QStringLiteral("Kenji Sato"),
                  StatementKind::Indirect),
        statement(a, last, QStringLiteral("We will work together"), QStringLiteral("Recep Tayyip Erdogan")),
    };
    e.countries = {
        country(a, 0, QStringLiteral("Turkish"), QStringLiteral("TR")),
        country(a, 0, QStringLiteral("France"), QStringLiteral("FR")),
        country(a, 0, QStringLiteral("Japan"), QStringLiteral("JP")),
        country(a, 1, QStringLiteral("Ankara"), QStringLiteral("TR")),
        country(a, 2, QStringLiteral("French"), QStringLiteral("FR")),
        country(a, 2, QStringLiteral("France"), QStringLiteral("FR")),
        country(a, 2, QStringLiteral("Türkiye"), QStringLiteral("TR")),
        country(a, 3, QStringLiteral("Japan"), QStringLiteral("JP")),
        country(a, 3, QStringLiteral("Tokyo"), QStringLiteral("JP")),
        country(a, last, QStringLiteral("Ankara"), QStringLiteral("TR")),
    };
    const Span martin = find(a, 2, QStringLiteral("French Ambassador Claire Martin"));
    const Span sato = find(a, 3, QStringLiteral("Japan's envoy Kenji Sato"));
    e.ambassadors = {
        {QStringLiteral("FR"), QStringLiteral("TR"), QStringLiteral("Claire Martin"), QStringLiteral("ambassador"),
         QStringLiteral("French Ambassador Claire Martin"), martin.paragraph, martin.start, martin.end},
        {QStringLiteral("JP"), QStringLiteral("TR"), QStringLiteral("Kenji Sato"), QStringLiteral("envoy"),
         QStringLiteral("Japan's envoy Kenji Sato"), sato.paragraph, sato.start, sato.end},
    };
    return a;
}

Article reutersArticle()
{
    Article a;
    a.source = QStringLiteral("fixtures/grain.txt");
    a.format = QStringLiteral("text");
    a.headline = QStringLiteral("Grain talks resume in Geneva");
    a.published = QStringLiteral("2026-01-18");
    a.agency = QStringLiteral("Reuters");
    a.paragraphs = {QStringLiteral("Negotiators met again on Monday, and a Russian official said progress was slow.")};
    a.extraction.statements = {statement(a, 0, QStringLiteral("progress was slow"), QStringLiteral("Russian official"),
                                         StatementKind::Indirect)};
    a.extraction.countries = {country(a, 0, QStringLiteral("Russian"), QStringLiteral("RU"))};
    return a;
}

} // namespace dateline::test

namespace dateline::test {

void storeInLibrary(const QString &path, const QList<Article> &articles)
{
    Library library = Library::open(path);
    LibraryWriter writer(library.database());
    Transaction transaction(library.database());
    for (const Article &article : articles)
        writer.store(article, Extractor::kVersion);
    transaction.commit();
}

} // namespace dateline::test
