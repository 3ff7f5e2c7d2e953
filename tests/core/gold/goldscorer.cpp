#include "goldscorer.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace dateline::test {

namespace {

QStringList texts(const QList<GoldQuote> &quotes)
{
    QStringList out;
    for (const GoldQuote &q : quotes)
        out.append(q.text);
    return out;
}

QStringList texts(const QList<Statement> &statements)
{
    QStringList out;
    for (const Statement &s : statements)
        out.append(s.text);
    return out;
}

QSet<QString> predictedCodes(const Extraction &predicted)
{
    QSet<QString> codes;
    for (const CountryMention &c : predicted.countries)
        codes.insert(c.code);
    return codes;
}

QSet<QPair<QString, QString>> predictedAmbassadors(const Extraction &predicted)
{
    QSet<QPair<QString, QString>> pairs;
    for (const AmbassadorMention &a : predicted.ambassadors)
        pairs.insert({a.country, a.host});
    return pairs;
}

// Quote matching of one story: matched pairs and the unmatched predictions
// that hit an optional gold quote (neither right nor wrong).
struct QuoteMatch
{
    QList<QPair<int, int>> pairs;
    QList<int> extra; // predicted indices that count as false positives
};

QuoteMatch matchStory(const GoldStory &gold, const Extraction &predicted)
{
    QuoteMatch m;
    const QStringList pred = texts(predicted.statements);
    m.pairs = GoldScorer::matchQuotes(texts(gold.quotes), pred);
    QList<int> rest;
    QStringList restTexts;
    for (int i = 0; i < pred.size(); ++i) {
        const bool matched
            = std::any_of(m.pairs.cbegin(), m.pairs.cend(), [i](const auto &p) { return p.second == i; });
        if (!matched) {
            rest.append(i);
            restTexts.append(pred.at(i));
        }
    }
    const QList<QPair<int, int>> optionalHits = GoldScorer::matchQuotes(texts(gold.optionalQuotes), restTexts);
    for (int r = 0; r < rest.size(); ++r) {
        const bool optional
            = std::any_of(optionalHits.cbegin(), optionalHits.cend(), [r](const auto &p) { return p.second == r; });
        if (!optional)
            m.extra.append(rest.at(r));
    }
    return m;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(QLatin1Char(' '));
}

} // namespace

QStringList GoldScorer::words(const QString &text)
{
    // Python's \w is Unicode-aware; PCRE's needs UCP to agree on "Türkiye".
    static const QRegularExpression word(QStringLiteral("\\w+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    for (auto it = word.globalMatch(text); it.hasNext();)
        out.append(it.next().captured().toLower());
    return out;
}

QPair<double, double> GoldScorer::overlap(const QStringList &a, const QStringList &b)
{
    QHash<QString, int> counts;
    for (const QString &w : a)
        ++counts[w];
    int common = 0;
    for (const QString &w : b) {
        auto it = counts.find(w);
        if (it != counts.end() && *it > 0) {
            --*it;
            ++common;
        }
    }
    return {double(common) / std::max<qsizetype>(a.size(), 1), double(common) / std::max<qsizetype>(b.size(), 1)};
}

QList<QPair<int, int>> GoldScorer::matchQuotes(const QStringList &gold, const QStringList &predicted)
{
    QList<QStringList> predictedWords;
    for (const QString &p : predicted)
        predictedWords.append(words(p));

    std::vector<std::tuple<double, int, int>> candidates;
    for (int g = 0; g < gold.size(); ++g) {
        const QStringList gw = words(gold.at(g));
        for (int p = 0; p < predicted.size(); ++p) {
            const auto [rg, rp] = overlap(gw, predictedWords.at(p));
            if (rg >= 0.5 && rp >= 0.5)
                candidates.emplace_back(rg + rp, g, p);
        }
    }
    // Same order as score.py's pairs.sort(reverse=True), ties included.
    std::sort(candidates.begin(), candidates.end(), std::greater<>());

    QList<QPair<int, int>> matches;
    QSet<int> usedGold;
    QSet<int> usedPredicted;
    for (const auto &[score, g, p] : candidates) {
        if (usedGold.contains(g) || usedPredicted.contains(p))
            continue;
        usedGold.insert(g);
        usedPredicted.insert(p);
        matches.append({g, p});
    }
    return matches;
}

bool GoldScorer::speakerMatches(const QString &goldSpeaker, const QString &predictedSpeaker)
{
    static const QSet<QString> pronouns {QStringLiteral("he"),  QStringLiteral("she"), QStringLiteral("they"),
                                         QStringLiteral("it"),  QStringLiteral("we"),  QStringLiteral("i"),
                                         QStringLiteral("him"), QStringLiteral("her")};
    const QStringList gw = words(goldSpeaker);
    const QStringList pw = words(predictedSpeaker);
    if (gw.isEmpty() || pw.isEmpty())
        return false;
    if (std::all_of(pw.cbegin(), pw.cend(), [](const QString &w) { return pronouns.contains(w); }))
        return false;
    return pw.contains(gw.last());
}

GoldTally GoldScorer::score(const GoldStory &gold, const Extraction &predicted)
{
    GoldTally t;
    if (gold.hasQuotes) {
        const QuoteMatch m = matchStory(gold, predicted);
        t.quoteTp = int(m.pairs.size());
        t.quoteFp = int(m.extra.size());
        t.quoteFn = int(gold.quotes.size() - m.pairs.size());
        t.speakerAll = int(gold.quotes.size());
        for (const auto &[g, p] : m.pairs) {
            if (speakerMatches(gold.quotes.at(g).speaker, predicted.statements.at(p).speaker))
                ++t.speakerRight;
        }
    }
    if (gold.hasCountries) {
        const QSet<QString> codes = predictedCodes(predicted) - gold.optionalCountries;
        t.countryTp = int((codes & gold.requiredCountries).size());
        t.countryFp = int((codes - gold.requiredCountries).size());
        t.countryFn = int((gold.requiredCountries - codes).size());
    }
    if (gold.hasAmbassadors) {
        const QSet<QPair<QString, QString>> pairs = predictedAmbassadors(predicted);
        t.ambassadorTp = int((pairs & gold.ambassadors).size());
        t.ambassadorFp = int((pairs - gold.ambassadors).size());
        t.ambassadorFn = int((gold.ambassadors - pairs).size());
    }
    return t;
}

QStringList GoldScorer::differences(const GoldStory &gold, const Extraction &predicted)
{
    QStringList out;
    if (gold.hasQuotes) {
        const QuoteMatch m = matchStory(gold, predicted);
        for (int g = 0; g < gold.quotes.size(); ++g) {
            const auto hit
                = std::find_if(m.pairs.cbegin(), m.pairs.cend(), [g](const auto &p) { return p.first == g; });
            if (hit == m.pairs.cend()) {
                out.append(QStringLiteral("missed quote: %1").arg(gold.quotes.at(g).text.left(90)));
            } else if (!speakerMatches(gold.quotes.at(g).speaker, predicted.statements.at(hit->second).speaker)) {
                out.append(QStringLiteral("wrong speaker '%1' (gold '%2') for: %3")
                               .arg(predicted.statements.at(hit->second).speaker, gold.quotes.at(g).speaker,
                                    gold.quotes.at(g).text.left(60)));
            }
        }
        for (int p : m.extra)
            out.append(QStringLiteral("extra quote: %1").arg(predicted.statements.at(p).text.left(90)));
    }
    if (gold.hasCountries) {
        const QSet<QString> codes = predictedCodes(predicted) - gold.optionalCountries;
        if (codes != gold.requiredCountries)
            out.append(QStringLiteral("countries missed [%1] extra [%2]")
                           .arg(sorted(gold.requiredCountries - codes), sorted(codes - gold.requiredCountries)));
    }
    if (gold.hasAmbassadors) {
        const QSet<QPair<QString, QString>> pairs = predictedAmbassadors(predicted);
        const auto list = [](const QSet<QPair<QString, QString>> &set) {
            QSet<QString> s;
            for (const auto &[country, host] : set)
                s.insert(country + QLatin1Char('@') + host);
            return sorted(s);
        };
        if (pairs != gold.ambassadors)
            out.append(QStringLiteral("ambassadors missed [%1] extra [%2]")
                           .arg(list(gold.ambassadors - pairs), list(pairs - gold.ambassadors)));
    }
    return out;
}

} // namespace dateline::test
