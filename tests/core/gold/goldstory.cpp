#include "goldstory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dateline::test {

namespace {

std::optional<QList<GoldQuote>> readQuotes(const QJsonValue &value, QString *error)
{
    QList<GoldQuote> quotes;
    if (value.isUndefined())
        return quotes;
    if (!value.isArray()) {
        *error = QStringLiteral("quotes must be an array");
        return std::nullopt;
    }
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        GoldQuote q {o.value(QLatin1String("kind")).toString(), o.value(QLatin1String("speaker")).toString(),
                     o.value(QLatin1String("text")).toString()};
        if (q.text.isEmpty()) {
            *error = QStringLiteral("a quote without text");
            return std::nullopt;
        }
        quotes.append(q);
    }
    return quotes;
}

QSet<QString> readCodes(const QJsonValue &value)
{
    QSet<QString> codes;
    for (const QJsonValue &v : value.toArray())
        codes.insert(v.toString());
    return codes;
}

} // namespace

std::optional<GoldStory> GoldStory::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = parseError.error == QJsonParseError::NoError ? QStringLiteral("not a JSON object")
                                                              : parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    GoldStory story;
    story.file = root.value(QLatin1String("file")).toString();
    if (story.file.isEmpty()) {
        *error = QStringLiteral("no \"file\"");
        return std::nullopt;
    }

    story.hasQuotes = root.contains(QLatin1String("quotes"));
    auto quotes = readQuotes(root.value(QLatin1String("quotes")), error);
    auto optional = readQuotes(root.value(QLatin1String("quotes_optional")), error);
    if (!quotes || !optional)
        return std::nullopt;
    story.quotes = *quotes;
    story.optionalQuotes = *optional;

    story.hasCountries = root.contains(QLatin1String("countries"));
    const QJsonObject countries = root.value(QLatin1String("countries")).toObject();
    story.requiredCountries = readCodes(countries.value(QLatin1String("required")));
    story.optionalCountries = readCodes(countries.value(QLatin1String("optional")));

    story.hasAmbassadors = root.contains(QLatin1String("ambassadors"));
    for (const QJsonValue &v : root.value(QLatin1String("ambassadors")).toArray()) {
        const QJsonObject o = v.toObject();
        story.ambassadors.insert(
            {o.value(QLatin1String("country")).toString(), o.value(QLatin1String("host")).toString()});
    }
    return story;
}

} // namespace dateline::test
