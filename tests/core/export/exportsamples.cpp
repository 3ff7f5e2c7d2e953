#include "exportsamples.h"

#include "model/annotationanchor.h"

namespace dateline::test {

namespace {

template<typename T> T spanOf(const Article &article, int paragraph, const QString &needle)
{
    T t;
    t.paragraph = paragraph;
    t.start = int(article.paragraphs.at(paragraph).indexOf(needle));
    t.end = t.start + int(needle.size());
    t.text = needle;
    return t;
}

} // namespace

Statement statementAt(const Article &article, int paragraph, const QString &needle, const QString &speaker)
{
    Statement s = spanOf<Statement>(article, paragraph, needle);
    s.speaker = speaker;
    s.speakerSurface = speaker;
    s.verb = QStringLiteral("said");
    return s;
}

ExportItem sampleItem()
{
    Article a;
    a.source = QStringLiteral("/tmp/envoy.txt");
    a.format = QStringLiteral("agency-text");
    a.headline = QStringLiteral("Envoy \U0001F1F9\U0001F1F7 says talks will go on");
    a.standfirst = QStringLiteral("Ankara's man at the UN speaks to reporters.");
    a.published = QStringLiteral("2026-03-02T09:30:00Z");
    a.dateline = QStringLiteral("ISTANBUL");
    a.agency = QStringLiteral("Reuters");
    a.authors = {QStringLiteral("Jane Doe")};
    a.language = QStringLiteral("en");
    a.link = QStringLiteral("https://example.com/news/envoy");
    a.paragraphs = {
        QStringLiteral("ISTANBUL (Reuters) - Turkey's ambassador to the UN, Ahmet Yilmaz, said on Monday: "
                       "\"We will keep talking \U0001F600 until there is peace.\""),
        QStringLiteral("\"Nothing is agreed, nothing at all,\" said Maria Zakharova, spokeswoman of Russia's "
                       "foreign ministry."),
        QStringLiteral("Yilmaz added that Greece would join the talks."),
    };
    Statement s0 = statementAt(a, 0, QStringLiteral("We will keep talking \U0001F600 until there is peace."),
                               QStringLiteral("Ahmet Yilmaz"));
    s0.speakerRole = QStringLiteral("Turkish ambassador to the UN");
    s0.speakerKind = SpeakerKind::Person;
    Statement s1
        = statementAt(a, 1, QStringLiteral("Nothing is agreed, nothing at all,"), QStringLiteral("Maria Zakharova"));
    s1.speakerRole = QStringLiteral("spokeswoman");
    Statement s2 = statementAt(a, 2, QStringLiteral("Greece would join the talks"), QStringLiteral("Ahmet Yilmaz"));
    s2.kind = StatementKind::Indirect;
    s2.verb = QStringLiteral("added");
    a.extraction.statements = {s0, s1, s2};

    CountryMention turkey = spanOf<CountryMention>(a, 0, QStringLiteral("Turkey"));
    turkey.code = QStringLiteral("TR");
    turkey.kind = CountryMentionKind::Name;
    CountryMention istanbul = spanOf<CountryMention>(a, 0, QStringLiteral("ISTANBUL"));
    istanbul.code = QStringLiteral("TR");
    istanbul.kind = CountryMentionKind::Dateline;
    CountryMention russia = spanOf<CountryMention>(a, 1, QStringLiteral("Russia"));
    russia.code = QStringLiteral("RU");
    CountryMention greece = spanOf<CountryMention>(a, 2, QStringLiteral("Greece"));
    greece.code = QStringLiteral("GR");
    a.extraction.countries = {istanbul, turkey, russia, greece};

    AmbassadorMention envoy
        = spanOf<AmbassadorMention>(a, 0, QStringLiteral("Turkey's ambassador to the UN, Ahmet Yilmaz"));
    envoy.country = QStringLiteral("TR");
    envoy.host = QStringLiteral("UN");
    envoy.name = QStringLiteral("Ahmet Yilmaz");
    envoy.role = QStringLiteral("ambassador");
    a.extraction.ambassadors = {envoy};

    const QString plain = a.plainText();
    UserAnnotation highlight = AnnotationAnchor::fromRange(plain, int(plain.indexOf(QStringLiteral("keep talking"))),
                                                           int(plain.indexOf(QStringLiteral("keep talking"))) + 12);
    highlight.id = 7;
    highlight.color = QStringLiteral("#ffd54f");
    highlight.created = QStringLiteral("2026-03-02T10:00:00Z");
    const int at = int(plain.indexOf(QStringLiteral("foreign ministry")));
    UserAnnotation note = AnnotationAnchor::fromRange(plain, at, at + 16);
    note.id = 8;
    note.note = QStringLiteral("Check who else in the ministry\nhas said this.");
    note.created = QStringLiteral("2026-03-02T10:05:00Z");
    note.updated = QStringLiteral("2026-03-02T10:06:00Z");
    return {a, {highlight, note}};
}

ExportItem hostileItem()
{
    const QString evil = QStringLiteral("</style><script>alert(1)</script> <img src=x onerror=alert(1)> "
                                        "\"><svg onload=alert(1)> [click](javascript:alert(1)) ![x](http://evil/)");
    Article a;
    a.source = QStringLiteral("/tmp/evil.txt");
    a.headline = QStringLiteral("=HYPERLINK(\"http://evil\",\"x\") </title><script>alert(1)</script>");
    a.standfirst = evil;
    a.published = QStringLiteral("@SUM(1)");
    a.link = QStringLiteral("javascript:alert(1)");
    a.language = QStringLiteral("en\"><script>alert(1)</script>");
    a.paragraphs = {evil, QStringLiteral("+cmd said the man."), QStringLiteral("-2+3 was the answer, he said.")};
    Statement s0 = statementAt(a, 0, evil, QStringLiteral("<b>Mallory</b> =HYPERLINK(\"http://evil\",\"x\")"));
    s0.speakerRole = QStringLiteral("@SUM(1)");
    Statement s1 = statementAt(a, 1, QStringLiteral("+cmd"), QStringLiteral("-2+3"));
    Statement s2 = statementAt(a, 2, QStringLiteral("-2+3 was the answer"), QStringLiteral("=1+1"));
    s2.text = QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")");
    a.extraction.statements = {s0, s1, s2};
    AmbassadorMention m;
    m.country = QStringLiteral("<script>");
    m.host = QStringLiteral("\"><svg onload=alert(1)>");
    m.name = QStringLiteral("[click](javascript:alert(1))");
    m.role = QStringLiteral("<img src=x onerror=alert(1)>");
    m.paragraph = 0;
    m.start = 0;
    m.end = 8;
    a.extraction.ambassadors = {m};

    const QString plain = a.plainText();
    UserAnnotation note = AnnotationAnchor::fromRange(plain, int(plain.indexOf(QStringLiteral("<img"))),
                                                      int(plain.indexOf(QStringLiteral("<img"))) + 10);
    note.id = 1;
    note.color = QStringLiteral("red;background-image:url(http://evil/)");
    note.note = evil + QStringLiteral("\n=HYPERLINK(\"http://evil\",\"x\")");
    return {a, {note}};
}

} // namespace dateline::test
