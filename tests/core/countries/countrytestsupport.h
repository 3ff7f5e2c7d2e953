#pragma once

#include "extract/countries/ambassadorextractor.h"
#include "extract/countries/countryextractor.h"
#include "model/article.h"

#include <QSet>
#include <QStringList>

#include <set>
#include <string>
#include <utility>

namespace dateline::test {

inline Article articleOf(const QStringList &paragraphs, const QString &dateline = {})
{
    Article a;
    a.paragraphs = paragraphs;
    a.dateline = dateline;
    return a;
}

inline Article articleOf(const QString &paragraph)
{
    return articleOf(QStringList {paragraph});
}

// Codes in order of mention, one entry per mention.
inline QStringList codes(const QList<CountryMention> &mentions)
{
    QStringList out;
    for (const CountryMention &m : mentions)
        out << m.code;
    return out;
}

inline QStringList codesIn(const QString &paragraph)
{
    return codes(CountryExtractor::extract(articleOf(paragraph)));
}

using Pairs = std::set<std::pair<std::string, std::string>>;

// (sending, host) pairs, as the scorer compares them.
inline Pairs pairs(const QList<AmbassadorMention> &mentions)
{
    Pairs out;
    for (const AmbassadorMention &m : mentions)
        out.insert({m.country.toStdString(), m.host.toStdString()});
    return out;
}

inline QList<AmbassadorMention> ambassadorsIn(const Article &a)
{
    return AmbassadorExtractor::extract(a, CountryExtractor::extract(a));
}

inline Pairs pairsIn(const QString &paragraph, const QString &dateline = {})
{
    return pairs(ambassadorsIn(articleOf(QStringList {paragraph}, dateline)));
}

} // namespace dateline::test
