#pragma once

#include "library/searchresults.h"

#include <QList>
#include <QString>

namespace dateline {

class Database;

// Statements in one calendar month ("2026-03") of the articles' publication.
struct MonthCount
{
    QString month;
    int count = 0;
};

// Everything one speaker said across the library: per-month counts for a
// chart and the statements in date order (optionally of one month).
struct SpeakerHistory
{
    QString speaker;
    QList<MonthCount> months; // oldest first; months without statements left out
    qint64 undated = 0; // statements of articles without a publication date
    StatementResults statements;
};

// The speaker view's queries. A speaker is matched by the person's folded
// key (TextKey), so "Erdoğan" and "ERDOGAN" are one person, and uses the
// statements_person index rather than scanning statement text.
class SpeakerTimeline final
{
public:
    static constexpr int kMaxStatements = 5000;

    // Statements per month of the article's publication date.
    static QList<MonthCount> monthCounts(Database &db, const QString &speaker, qint64 *undated = nullptr);
    // Statements oldest first (undated ones last); month "YYYY-MM" restricts
    // to that month, empty for all. At most limit (capped at kMaxStatements).
    static StatementResults statements(Database &db, const QString &speaker, const QString &month = {},
                                       int limit = kMaxStatements);
    static SpeakerHistory history(Database &db, const QString &speaker, const QString &month = {});
};

} // namespace dateline
