#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

#include <optional>

namespace dateline::test {

// One hand-annotated statement of a gold story.
struct GoldQuote
{
    QString kind; // direct, mixed, indirect
    QString speaker;
    QString text;
};

// The annotations of one story in tests/fixtures/gold (NAME.gold.json), in the
// format ../shared/eval/score.py reads. A part the file lacks is not scored.
struct GoldStory
{
    QString file; // the article, relative to the gold file's folder
    bool hasQuotes = false;
    bool hasCountries = false;
    bool hasAmbassadors = false;
    QList<GoldQuote> quotes;
    QList<GoldQuote> optionalQuotes;
    QSet<QString> requiredCountries;
    QSet<QString> optionalCountries;
    QSet<QPair<QString, QString>> ambassadors; // (country, host)

    // Parses a gold file; on malformed input returns nothing and says why.
    static std::optional<GoldStory> fromJson(const QByteArray &json, QString *error);
};

} // namespace dateline::test
