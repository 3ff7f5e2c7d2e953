#include "extract/countries/countrygazetteer.h"

#include "extract/countries/countrymatcher.h"
#include "extract/countries/wordtokenizer.h"

#include <QFile>

#include <algorithm>

namespace dateline {

namespace {

QString readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QList<QStringList> rows(const QString &tsv)
{
    QList<QStringList> out;
    const QStringList lines = tsv.split(u'\n');
    for (const QString &line : lines) {
        const QString l = line.trimmed();
        if (l.isEmpty() || l.startsWith(u'#'))
            continue;
        out << line.split(u'\t');
    }
    return out;
}

QStringList tokensOf(const QString &surface)
{
    QStringList out;
    for (const WordToken &t : WordTokenizer::tokenize(surface)) {
        QString s = surface.mid(t.start, t.end - t.start);
        if (!t.word)
            s = QString(WordTokenizer::foldPunctuation(s.at(0)));
        out << s;
    }
    return out;
}

// Plural of a demonym: "Russians", but not "Frenchs", "Chineses" or "Swisss".
QString plural(const QString &demonym)
{
    if (demonym.endsWith(u's') || demonym.endsWith(QLatin1StringView("sh")) || demonym.endsWith(QLatin1StringView("ch"))
        || demonym.endsWith(QLatin1StringView("ese")) || demonym.endsWith(QLatin1StringView("men")))
        return {};
    return demonym + u's';
}

int parseFlags(const QString &text)
{
    int flags = 0;
    for (const QString &f : text.split(u',', Qt::SkipEmptyParts)) {
        const QString t = f.trimmed();
        if (t == QLatin1StringView("person-first"))
            flags |= GazetteerEntry::PersonFirst;
        else if (t == QLatin1StringView("person-last"))
            flags |= GazetteerEntry::PersonLast;
        else if (t == QLatin1StringView("us-state"))
            flags |= GazetteerEntry::UsState;
    }
    return flags;
}

} // namespace

const CountryGazetteer &CountryGazetteer::instance()
{
    static const CountryGazetteer gazetteer(readResource(QStringLiteral(":/dateline/data/iso3166-1.tsv")),
                                            readResource(QStringLiteral(":/dateline/data/country-aliases.tsv")));
    return gazetteer;
}

CountryGazetteer::CountryGazetteer(const QString &isoTsv, const QString &aliasesTsv)
{
    QHash<QString, bool> seen;
    QHash<QString, QString> curatedDisplay;

    // Curated phrases first: they win over ISO names with the same surface
    // ("Congo" is the DR Congo in news usage, not the ISO "Congo").
    for (const QStringList &r : rows(aliasesTsv)) {
        if (r.size() < 3)
            continue;
        const QString code = r.at(0).trimmed() == QLatin1StringView("-") ? QString() : r.at(0).trimmed();
        const QString kind = r.at(1).trimmed();
        const QString surface = r.at(2).trimmed();
        const int flags = r.size() > 3 ? parseFlags(r.at(3)) : 0;
        if (surface.isEmpty())
            continue;
        if (kind == QLatin1StringView("display")) {
            curatedDisplay.insert(code, surface);
            continue;
        }
        GazetteerEntry e;
        e.code = kind == QLatin1StringView("block") ? QString() : code;
        e.surface = surface;
        e.flags = flags;
        if (kind == QLatin1StringView("demonym")) {
            e.kind = CountryMentionKind::Demonym;
            const QString p = plural(surface);
            if (!p.isEmpty()) {
                GazetteerEntry pe = e;
                pe.surface = p;
                add(pe, seen);
            }
        } else if (kind == QLatin1StringView("capital")) {
            e.kind = CountryMentionKind::Capital;
        } else if (kind == QLatin1StringView("seat")) {
            e.kind = CountryMentionKind::Capital;
            e.seat = true;
        }
        add(e, seen);
    }

    for (const QStringList &r : rows(isoTsv)) {
        if (r.size() < 3)
            continue;
        const QString code = r.at(0).trimmed();
        const QString name = r.at(2).trimmed();
        const QString common = r.size() > 3 ? r.at(3).trimmed() : QString();
        const QString official = r.size() > 4 ? r.at(4).trimmed() : QString();
        m_display.insert(code, curatedDisplay.value(code, common.isEmpty() ? name : common));
        // "Korea, Republic of" and "Holy See (Vatican City State)" are
        // catalogue forms nobody writes in running text.
        for (const QString &n : {name, common, official}) {
            if (n.isEmpty() || n.contains(u',') || n.contains(u'('))
                continue;
            GazetteerEntry e;
            e.code = code;
            e.surface = n;
            add(e, seen);
        }
    }
    buildIndex();
}

void CountryGazetteer::add(GazetteerEntry e, QHash<QString, bool> &seen)
{
    if (seen.contains(e.surface))
        return;
    e.tokens = tokensOf(e.surface);
    if (e.tokens.isEmpty())
        return;
    seen.insert(e.surface, true);
    m_entries.push_back(std::move(e));
}

void CountryGazetteer::buildIndex()
{
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const QString &first = m_entries[i].tokens.first();
        quint32 group = m_firstWords.flags(first);
        if (group == 0) {
            m_groups.emplace_back();
            group = quint32(m_groups.size());
            m_firstWords.add(first, group);
        }
        m_groups[group - 1].append(int(i));
        m_allCapitalised = m_allCapitalised && first.at(0).isUpper();
    }
    for (QList<int> &list : m_groups) {
        std::stable_sort(list.begin(), list.end(), [this](int a, int b) {
            return m_entries[std::size_t(a)].tokens.size() > m_entries[std::size_t(b)].tokens.size();
        });
    }
}

const QList<int> *CountryGazetteer::candidates(QStringView word) const
{
    const quint32 group = m_firstWords.flags(word);
    return group == 0 ? nullptr : &m_groups[group - 1];
}

int CountryGazetteer::lookup(QStringView phrase) const
{
    const QList<WordToken> tokens = WordTokenizer::tokenize(phrase);
    if (tokens.isEmpty())
        return -1;
    const CountryMatcher matcher(*this);
    const int entry = matcher.matchAt(phrase, tokens, 0);
    if (entry < 0 || m_entries[std::size_t(entry)].tokens.size() != tokens.size())
        return -1;
    return entry;
}

QString CountryGazetteer::placeCode(QStringView place) const
{
    // Place lines are often in capitals; the vocabulary is in title case.
    auto titleCase = [](QStringView s) {
        QString out = s.toString().toLower();
        bool start = true;
        for (QChar &c : out) {
            if (start && c.isLetter())
                c = c.toUpper();
            start = !c.isLetter() && c != u'\'';
        }
        return out;
    };
    QList<QStringView> parts {place};
    for (QStringView p : place.split(u','))
        parts << p.trimmed();
    for (QStringView p : parts) {
        for (const QString &form : {p.toString(), titleCase(p)}) {
            const int e = lookup(form);
            if (e >= 0 && !m_entries[std::size_t(e)].blocks()
                && m_entries[std::size_t(e)].kind != CountryMentionKind::Demonym)
                return m_entries[std::size_t(e)].code;
        }
    }
    return {};
}

QString CountryGazetteer::displayName(const QString &code) const
{
    return m_display.value(code);
}

} // namespace dateline
