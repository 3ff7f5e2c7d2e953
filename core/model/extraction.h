#pragma once

#include <QList>
#include <QString>

namespace dateline {

// Offsets in the extraction structs are UTF-16 code-unit indices into
// Article::paragraphs[paragraph]; JSON output converts them to code points.

enum class StatementKind { Direct, Mixed, Indirect };

enum class SpeakerKind { Unknown, Person, Organisation };

struct Statement
{
    QString text; // the reported content
    QString speaker; // resolved canonical name ("Vladimir Putin")
    QString speakerSurface; // as written where the statement is ("he", "Putin")
    QString speakerRole; // "Russian President" when known
    SpeakerKind speakerKind = SpeakerKind::Unknown;
    QString verb; // reporting verb or frame ("said", "according to")
    StatementKind kind = StatementKind::Direct;
    int paragraph = 0;
    int start = 0; // span of the statement's text in the paragraph
    int end = 0;

    friend bool operator==(const Statement &, const Statement &) = default;
};

enum class CountryMentionKind { Name, Demonym, Capital, Dateline };

struct CountryMention
{
    QString code; // ISO 3166-1 alpha-2
    QString text; // surface form
    CountryMentionKind kind = CountryMentionKind::Name;
    int paragraph = 0;
    int start = 0;
    int end = 0;

    friend bool operator==(const CountryMention &, const CountryMention &) = default;
};

struct AmbassadorMention
{
    QString country; // sending state, ISO alpha-2
    QString host; // host state (ISO alpha-2) or organisation ("UN")
    QString name; // the envoy's name when given
    QString role; // "ambassador", "envoy", "charge d'affaires", ...
    QString text; // surface text of the mention
    int paragraph = 0;
    int start = 0;
    int end = 0;

    friend bool operator==(const AmbassadorMention &, const AmbassadorMention &) = default;
};

// Everything the extractors found in one article.
struct Extraction
{
    QList<Statement> statements;
    QList<CountryMention> countries;
    QList<AmbassadorMention> ambassadors;
};

QString toString(StatementKind kind);
QString toString(SpeakerKind kind);
QString toString(CountryMentionKind kind);

} // namespace dateline
