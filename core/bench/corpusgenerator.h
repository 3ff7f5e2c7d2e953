#pragma once

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace dateline {

// Writes deterministic, realistic news documents for benchmarks and scale
// tests: wire stories in the agency, Reuters, AP and AFP styles with
// statements, speakers, countries and ambassadors at the rates real stories
// have them, plus the same stories as HTML pages, RSS feeds and NewsML-G2
// items. The same seed always gives the same corpus.
class CorpusGenerator final
{
public:
    enum class Style { Agency, Reuters, AP, AFP };

    explicit CorpusGenerator(quint64 seed = 20260116);

    // Story number `index`; independent of the order stories are asked for.
    QByteArray wireStory(int index, Style style);
    // Cycles through the four wire styles.
    QByteArray wireStory(int index);
    QByteArray htmlPage(int index);
    QByteArray rssFeed(int firstIndex, int items);
    QByteArray newsmlItem(int index);

    struct Story
    {
        QString section;
        QString headline;
        QString standfirst;
        QString author;
        QString dateline;
        int year = 2026;
        int month = 1;
        int day = 1;
        QList<QString> paragraphs;
    };
    Story story(int index);

    // The vocabulary stories are drawn from, so benchmarks can ask
    // questions that have answers: speakers' full names, the ISO codes of
    // the countries they speak for, topics and the clauses they quote.
    static QStringList speakers();
    static QStringList countryCodes();
    static QStringList topics();
    static QStringList quoteClauses();

private:
    quint64 m_seed;
};

} // namespace dateline
