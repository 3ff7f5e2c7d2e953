#include "bench/corpusgenerator.h"

#include <QStringList>

#include <array>

namespace dateline {

namespace {

struct Person
{
    const char *name;
    const char *surname;
    const char *role;
    int country; // index into kCountries
    bool female;
};

struct Country
{
    const char *code; // ISO 3166-1 alpha-2
    const char *name;
    const char *demonym;
    const char *capital;
};

constexpr std::array kCountries = {
    Country {"RU", "Russia", "Russian", "Moscow"},
    Country {"TR", "Türkiye", "Turkish", "Ankara"},
    Country {"KR", "South Korea", "South Korean", "Seoul"},
    Country {"FR", "France", "French", "Paris"},
    Country {"DE", "Germany", "German", "Berlin"},
    Country {"BR", "Brazil", "Brazilian", "Brasilia"},
    Country {"EG", "Egypt", "Egyptian", "Cairo"},
    Country {"JP", "Japan", "Japanese", "Tokyo"},
    Country {"IN", "India", "Indian", "New Delhi"},
    Country {"PK", "Pakistan", "Pakistani", "Islamabad"},
    Country {"IT", "Italy", "Italian", "Rome"},
    Country {"SA", "Saudi Arabia", "Saudi", "Riyadh"},
    Country {"NG", "Nigeria", "Nigerian", "Abuja"},
    Country {"KE", "Kenya", "Kenyan", "Nairobi"},
    Country {"MX", "Mexico", "Mexican", "Mexico City"},
    Country {"ID", "Indonesia", "Indonesian", "Jakarta"},
    Country {"PL", "Poland", "Polish", "Warsaw"},
    Country {"UA", "Ukraine", "Ukrainian", "Kyiv"},
    Country {"CN", "China", "Chinese", "Beijing"},
    Country {"DZ", "Algeria", "Algerian", "Algiers"},
};

constexpr std::array kPeople = {
    Person {"Vladimir Putin", "Putin", "President", 0, false},
    Person {"Sergey Lavrov", "Lavrov", "Foreign Minister", 0, false},
    Person {"Hakan Fidan", "Fidan", "Foreign Minister", 1, false},
    Person {"Cho Hyun", "Cho", "Foreign Minister", 2, false},
    Person {"Catherine Vautrin", "Vautrin", "Defence Minister", 3, true},
    Person {"Johann Wadephul", "Wadephul", "Foreign Minister", 4, false},
    Person {"Mauro Vieira", "Vieira", "Foreign Minister", 5, false},
    Person {"Badr Abdelatty", "Abdelatty", "Foreign Minister", 6, false},
    Person {"Yoko Kamikawa", "Kamikawa", "Foreign Minister", 7, true},
    Person {"Subrahmanyam Jaishankar", "Jaishankar", "External Affairs Minister", 8, false},
    Person {"Ishaq Dar", "Dar", "Foreign Minister", 9, false},
    Person {"Antonio Tajani", "Tajani", "Foreign Minister", 10, false},
    Person {"Faisal bin Farhan", "Faisal", "Foreign Minister", 11, false},
    Person {"Amina Mohammed", "Mohammed", "Deputy Secretary-General", 12, true},
    Person {"Musalia Mudavadi", "Mudavadi", "Prime Cabinet Secretary", 13, false},
    Person {"Alicia Barcena", "Barcena", "Foreign Secretary", 14, true},
    Person {"Retno Marsudi", "Marsudi", "Foreign Minister", 15, true},
    Person {"Radoslaw Sikorski", "Sikorski", "Foreign Minister", 16, false},
    Person {"Andrii Sybiha", "Sybiha", "Foreign Minister", 17, false},
    Person {"Wang Yi", "Wang", "Foreign Minister", 18, false},
};

constexpr std::array kEnvoys
    = {"Anna Kowalska", "Pierre Martin", "Lee Min-jun",      "Carlos Souza", "Fatima Hassan", "Kenji Sato",
       "Maria Rossi",   "Ahmed Khan",    "Olena Shevchenko", "John Mwangi",  "Sofia Lopez",   "Ali Demir"};

constexpr std::array kTopics = {"trade and investment",      "energy security",     "regional stability",
                                "the grain corridor",        "visa liberalisation", "nuclear safety",
                                "humanitarian access",       "climate finance",     "maritime security",
                                "the reconstruction effort", "counterterrorism",    "food security"};

constexpr std::array kQuoteClauses = {
    "we are ready to work with all partners who respect our interests",
    "dialogue remains the only way to settle this dispute",
    "our countries have achieved truly positive results in recent years",
    "nobody should doubt our determination to defend our sovereignty",
    "we expect concrete steps rather than declarations",
    "the sanctions have failed to achieve their stated goals",
    "the next round of talks will be decisive",
    "we hope to restore relations that were damaged in the past",
    "security in the region cannot be built at the expense of others",
    "this agreement opens a new chapter in our relations",
    "the international situation is increasingly deteriorating",
    "we will continue to consistently pursue our goals",
};

constexpr std::array kVerbs = {"said", "stated", "stressed", "added", "noted", "warned", "told reporters"};

constexpr std::array kSections = {"World", "Europe", "Asia - Pacific", "Middle East", "Americas", "Africa", "Politics"};

constexpr std::array kMonths
    = {"Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"};

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

template<typename Array> const auto &pick(QRandomGenerator &rng, const Array &array)
{
    return array[rng.bounded(quint32(array.size()))];
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString xmlEscape(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    out.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    out.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    out.replace(QLatin1Char('"'), QLatin1String("&quot;"));
    return out;
}

template<typename Array, typename Field> QStringList listOf(const Array &array, Field field)
{
    QStringList out;
    for (const auto &item : array)
        out << s(field(item));
    return out;
}

} // namespace

QStringList CorpusGenerator::speakers()
{
    return listOf(kPeople, [](const Person &p) { return p.name; });
}

QStringList CorpusGenerator::countryCodes()
{
    return listOf(kCountries, [](const Country &c) { return c.code; });
}

QStringList CorpusGenerator::topics()
{
    return listOf(kTopics, [](const char *t) { return t; });
}

QStringList CorpusGenerator::quoteClauses()
{
    return listOf(kQuoteClauses, [](const char *q) { return q; });
}

CorpusGenerator::CorpusGenerator(quint64 seed)
    : m_seed(seed)
{
}

CorpusGenerator::Story CorpusGenerator::story(int index)
{
    // Each story has its own generator so stories are independent of order.
    QRandomGenerator rng(quint32(m_seed ^ (quint64(index) * 0x9E3779B97F4A7C15ULL)) ^ quint32(index));
    Story st;
    const Person &speaker = pick(rng, kPeople);
    const Person &other
        = kPeople[(size_t(&speaker - kPeople.data()) + 1 + rng.bounded(quint32(kPeople.size() - 1))) % kPeople.size()];
    const Country &home = kCountries[size_t(speaker.country)];
    const Country &partner = kCountries[size_t(other.country)];
    const QString topic = s(pick(rng, kTopics));
    const QString he = s(speaker.female ? "she" : "he");
    const QString name = s(speaker.name);
    const QString surname = s(speaker.surname);
    const QString role = s(home.demonym) + QLatin1Char(' ') + s(speaker.role);

    st.section = s(pick(rng, kSections));
    st.headline = QStringLiteral("%1 seeks closer ties with %2 on %3").arg(surname, s(partner.name), topic);
    st.standfirst = QStringLiteral("%1 says %2 is ready to deepen cooperation with %3")
                        .arg(role, s(home.name), s(partner.capital));
    st.author = s(pick(rng, kEnvoys));
    st.dateline = s(home.capital).toUpper();
    st.year = 2020 + int(rng.bounded(7));
    st.month = 1 + int(rng.bounded(12));
    st.day = 1 + int(rng.bounded(28));

    auto &p = st.paragraphs;
    p << QStringLiteral("%1 %2 expressed hope on Thursday that relations between %3 and %4 on %5 would improve.")
             .arg(role, name, s(home.name), s(partner.name), topic);
    p << QStringLiteral("“%1. %2,” %3 %4 after talks with %5 %6 %7 in %8.")
             .arg(capitalised(s(pick(rng, kQuoteClauses))), capitalised(s(pick(rng, kQuoteClauses))), surname,
                  s(pick(rng, kVerbs)), s(partner.demonym), s(other.role), s(other.name), s(home.capital));
    p << QStringLiteral("%1 said that “%2” in %3’s dealings with %4 had been “%5.”")
             .arg(capitalised(he), s(pick(rng, kQuoteClauses)), s(home.capital), s(partner.capital),
                  s(rng.bounded(2) ? "squandered" : "underestimated"));
    p << QStringLiteral("The talks come as %1 and %2 prepare for a summit on %3 later this year, officials said.")
             .arg(s(home.name), s(partner.name), s(pick(rng, kTopics)));
    if (rng.bounded(3) == 0) {
        const Country &a = pick(rng, kCountries);
        const Country &b = pick(rng, kCountries);
        const Country &c = pick(rng, kCountries);
        p << QStringLiteral("The newly appointed ambassadors of %1, %2 and %3 to %4 attended the ceremony, along "
                            "with %5's ambassador %6.")
                 .arg(s(a.name), s(b.name), s(c.name), s(home.name), s(partner.name), s(pick(rng, kEnvoys)));
    }
    p << QStringLiteral("“%1,” %2 said, “and %3.”")
             .arg(capitalised(s(pick(rng, kQuoteClauses))), he, s(pick(rng, kQuoteClauses)));
    p << QStringLiteral("%1 %2 %3 is open to cooperation with all countries, including its %4 neighbours.")
             .arg(capitalised(he), s(pick(rng, kVerbs)), s(home.name), s(rng.bounded(2) ? "European" : "Asian"));
    p << QStringLiteral("%1 %2 told reporters %3 would respond to any unfriendly step, but that it “%4.”")
             .arg(s(partner.demonym), s(other.role), s(partner.name), s(pick(rng, kQuoteClauses)));
    const int extra = int(rng.bounded(6));
    for (int i = 0; i < extra; ++i) {
        p << QStringLiteral("“%1,” %2 %3, adding that %4 had %5 with %6 on %7.")
                 .arg(capitalised(s(pick(rng, kQuoteClauses))), surname, s(pick(rng, kVerbs)), s(home.capital),
                      s(rng.bounded(2) ? "raised concerns" : "agreed to continue consultations"),
                      s(pick(rng, kCountries).name), s(pick(rng, kTopics)));
    }
    return st;
}

QByteArray CorpusGenerator::wireStory(int index)
{
    static constexpr std::array kStyles = {Style::Agency, Style::Reuters, Style::AP, Style::AFP};
    return wireStory(index, kStyles[size_t(index) % kStyles.size()]);
}

QByteArray CorpusGenerator::wireStory(int index, Style style)
{
    const Story st = story(index);
    QString out;
    const QString date = QStringLiteral("%1.%2.%3")
                             .arg(st.day, 2, 10, QLatin1Char('0'))
                             .arg(st.month, 2, 10, QLatin1Char('0'))
                             .arg(st.year);
    QString city = st.dateline.toLower();
    city[0] = city[0].toUpper();
    switch (style) {
    case Style::Agency:
        out = st.section + QStringLiteral("\n\n") + st.headline + QStringLiteral("\n\n") + st.standfirst
            + QStringLiteral("\n\n") + st.author + QStringLiteral("  | ") + date + QStringLiteral(" - Update : ") + date
            + QLatin1Char('\n') + st.headline + QStringLiteral(" File photo\n\n") + st.dateline + QStringLiteral("\n\n")
            + st.paragraphs.join(QStringLiteral("\n\n"))
            + QStringLiteral("\n\n\nAnadolu Agency website contains only a portion of the news stories offered "
                             "to subscribers in the AA News Broadcasting System (HAS), and in summarized form. "
                             "Please contact us for subscription options.\n");
        break;
    case Style::Reuters:
    case Style::AP:
    case Style::AFP: {
        QString lede;
        const QString month = s(kMonths[size_t(st.month - 1)]);
        if (style == Style::Reuters)
            lede = QStringLiteral("%1, %2 %3 (Reuters) - ").arg(st.dateline, month).arg(st.day);
        else if (style == Style::AP)
            lede = QStringLiteral("%1 (AP) — ").arg(st.dateline);
        else
            lede = QStringLiteral("%1, %2 %3, %4 (AFP) - ").arg(st.dateline, month).arg(st.day).arg(st.year);
        QStringList paragraphs = st.paragraphs;
        paragraphs.first().prepend(lede);
        out = st.headline + QStringLiteral("\n\nBy ") + st.author + QStringLiteral("\n\n")
            + paragraphs.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
        break;
    }
    }
    return out.toUtf8();
}

QByteArray CorpusGenerator::htmlPage(int index)
{
    const Story st = story(index);
    const QString date = QStringLiteral("%1-%2-%3")
                             .arg(st.year)
                             .arg(st.month, 2, 10, QLatin1Char('0'))
                             .arg(st.day, 2, 10, QLatin1Char('0'));
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                                 "<title>%1 | World News</title>"
                                 "<meta property=\"og:title\" content=\"%1\">"
                                 "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                                 "\"@type\":\"NewsArticle\",\"headline\":\"%1\",\"datePublished\":\"%2T09:30:00Z\","
                                 "\"author\":{\"@type\":\"Person\",\"name\":\"%3\"}}</script>"
                                 "<style>body{font-family:serif}</style></head><body>"
                                 "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>"
                                 "<li><a href=\"/politics\">Politics</a></li></ul></nav>"
                                 "<div class=\"share\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a></div>"
                                 "<main><article><h1>%1</h1><p class=\"byline\">By %3</p>"
                                 "<time datetime=\"%2\">%2</time><div class=\"article-body\">")
                      .arg(xmlEscape(st.headline), date, xmlEscape(st.author));
    for (const QString &p : st.paragraphs)
        out += QStringLiteral("<p>") + xmlEscape(p) + QStringLiteral("</p>\n");
    out += QStringLiteral("</div></article></main><aside class=\"related\"><h2>Related</h2><ul>"
                          "<li><a href=\"/a\">Markets close higher</a></li><li><a href=\"/b\">Weather</a></li>"
                          "</ul></aside><footer><p>© World News. All rights reserved.</p></footer>"
                          "<script>trackPageView();</script></body></html>\n");
    return out.toUtf8();
}

QByteArray CorpusGenerator::rssFeed(int firstIndex, int items)
{
    QString out = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                 "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                                 "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                                 "<title>World News</title><link>https://news.example/</link>"
                                 "<description>Diplomacy and government</description>\n");
    static constexpr std::array kDays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr std::array kMonthNames
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = firstIndex; i < firstIndex + items; ++i) {
        const Story st = story(i);
        QString body;
        for (const QString &p : st.paragraphs)
            body += QStringLiteral("<p>") + xmlEscape(p) + QStringLiteral("</p>");
        out += QStringLiteral("<item><title>%1</title><link>https://news.example/story/%2</link>"
                              "<guid isPermaLink=\"false\">story-%2</guid><dc:creator>%3</dc:creator>"
                              "<pubDate>%4, %5 %6 %7 09:30:00 +0000</pubDate><description>%8</description>"
                              "<content:encoded><![CDATA[%9]]></content:encoded></item>\n")
                   .arg(xmlEscape(st.headline))
                   .arg(i)
                   .arg(xmlEscape(st.author), s(kDays[size_t(i) % 7]))
                   .arg(st.day, 2, 10, QLatin1Char('0'))
                   .arg(s(kMonthNames[size_t(st.month - 1)]))
                   .arg(st.year)
                   .arg(xmlEscape(st.standfirst), body);
    }
    out += QStringLiteral("</channel></rss>\n");
    return out.toUtf8();
}

QByteArray CorpusGenerator::newsmlItem(int index)
{
    const Story st = story(index);
    const QString date = QStringLiteral("%1-%2-%3T09:30:00Z")
                             .arg(st.year)
                             .arg(st.month, 2, 10, QLatin1Char('0'))
                             .arg(st.day, 2, 10, QLatin1Char('0'));
    QString out = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                 "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" "
                                 "guid=\"urn:newsml:news.example:%1\" version=\"1\" standard=\"NewsML-G2\" "
                                 "standardversion=\"2.29\" xml:lang=\"en\">"
                                 "<itemMeta><itemClass qcode=\"ninat:text\"/><versionCreated>%2</versionCreated>"
                                 "<firstCreated>%2</firstCreated></itemMeta><contentMeta>"
                                 "<creator><name>%3</name></creator><located><name>%4</name></located>"
                                 "<headline>%5</headline><dateline>%4</dateline></contentMeta>"
                                 "<contentSet><inlineXML contenttype=\"application/nitf+xml\">"
                                 "<nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\"><body><body.content>")
                      .arg(index)
                      .arg(date, xmlEscape(st.author), xmlEscape(st.dateline), xmlEscape(st.headline));
    for (const QString &p : st.paragraphs)
        out += QStringLiteral("<p>") + xmlEscape(p) + QStringLiteral("</p>");
    out += QStringLiteral("</body.content></body></nitf></inlineXML></contentSet></newsItem>\n");
    return out.toUtf8();
}

} // namespace dateline
