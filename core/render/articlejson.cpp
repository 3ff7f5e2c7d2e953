#include "render/articlejson.h"

#include "extract/extractor.h"
#include "util/unicodeoffsets.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace dateline {

namespace {

struct Span
{
    int start;
    int end;
};

Span codePointSpan(const Article &a, int paragraph, int start, int end)
{
    if (paragraph < 0 || paragraph >= a.paragraphs.size())
        return {start, end};
    const QString &p = a.paragraphs.at(paragraph);
    return {codePointIndex(p, start), codePointIndex(p, end)};
}

QJsonObject statementJson(const Article &a, const Statement &s)
{
    const Span span = codePointSpan(a, s.paragraph, s.start, s.end);
    return QJsonObject {
        {QStringLiteral("text"), s.text},
        {QStringLiteral("speaker"), s.speaker},
        {QStringLiteral("speaker_surface"), s.speakerSurface},
        {QStringLiteral("speaker_role"), s.speakerRole},
        {QStringLiteral("speaker_kind"), toString(s.speakerKind)},
        {QStringLiteral("kind"), toString(s.kind)},
        {QStringLiteral("verb"), s.verb},
        {QStringLiteral("paragraph"), s.paragraph},
        {QStringLiteral("start"), span.start},
        {QStringLiteral("end"), span.end},
    };
}

QJsonArray countriesJson(const Article &a)
{
    // Grouped by code, in order of first mention.
    QStringList order;
    QHash<QString, QJsonArray> mentions;
    for (const CountryMention &m : a.extraction.countries) {
        if (!mentions.contains(m.code))
            order << m.code;
        const Span span = codePointSpan(a, m.paragraph, m.start, m.end);
        mentions[m.code].append(QJsonObject {
            {QStringLiteral("text"), m.text},
            {QStringLiteral("kind"), toString(m.kind)},
            {QStringLiteral("paragraph"), m.paragraph},
            {QStringLiteral("start"), span.start},
            {QStringLiteral("end"), span.end},
        });
    }
    QJsonArray out;
    for (const QString &code : order) {
        out.append(QJsonObject {
            {QStringLiteral("code"), code},
            {QStringLiteral("name"), Extractor::countryName(code)},
            {QStringLiteral("mentions"), mentions.value(code)},
        });
    }
    return out;
}

QJsonObject ambassadorJson(const Article &a, const AmbassadorMention &m)
{
    const Span span = codePointSpan(a, m.paragraph, m.start, m.end);
    return QJsonObject {
        {QStringLiteral("country"), m.country}, {QStringLiteral("host"), m.host},
        {QStringLiteral("name"), m.name},       {QStringLiteral("role"), m.role},
        {QStringLiteral("text"), m.text},       {QStringLiteral("paragraph"), m.paragraph},
        {QStringLiteral("start"), span.start},  {QStringLiteral("end"), span.end},
    };
}

} // namespace

QJsonObject ArticleJson::toJson(const Article &a)
{
    QJsonArray quotes;
    for (const Statement &s : a.extraction.statements)
        quotes.append(statementJson(a, s));
    QJsonArray ambassadors;
    for (const AmbassadorMention &m : a.extraction.ambassadors)
        ambassadors.append(ambassadorJson(a, m));

    return QJsonObject {
        {QStringLiteral("source"), a.source},
        {QStringLiteral("format"), a.format},
        {QStringLiteral("section"), a.section},
        {QStringLiteral("headline"), a.headline},
        {QStringLiteral("standfirst"), a.standfirst},
        {QStringLiteral("authors"), QJsonArray::fromStringList(a.authors)},
        {QStringLiteral("published"), a.published},
        {QStringLiteral("updated"), a.updated},
        {QStringLiteral("dateline"), a.dateline},
        {QStringLiteral("agency"), a.agency},
        {QStringLiteral("caption"), a.caption},
        {QStringLiteral("language"), a.language},
        {QStringLiteral("link"), a.link},
        {QStringLiteral("guid"), a.guid},
        {QStringLiteral("categories"), QJsonArray::fromStringList(a.categories)},
        {QStringLiteral("content_hash"), a.contentHash()},
        {QStringLiteral("paragraphs"), QJsonArray::fromStringList(a.paragraphs)},
        {QStringLiteral("quotes"), quotes},
        {QStringLiteral("countries"), countriesJson(a)},
        {QStringLiteral("ambassadors"), ambassadors},
    };
}

QByteArray ArticleJson::document(const QList<Article> &articles)
{
    QJsonArray list;
    for (const Article &a : articles)
        list.append(toJson(a));
    return QJsonDocument(QJsonObject {{QStringLiteral("articles"), list}}).toJson(QJsonDocument::Indented);
}

} // namespace dateline
