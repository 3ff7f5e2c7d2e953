#pragma once

#include "goldstory.h"
#include "goldtally.h"

#include "model/extraction.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace dateline::test {

// A C++ port of ../shared/eval/score.py's metrics, so the gold figures can be
// checked by ctest without Python and give the same numbers as the script.
class GoldScorer final
{
public:
    // Lower-cased \w+ runs (Unicode letters, digits, underscore): quote marks,
    // punctuation and case do not count.
    static QStringList words(const QString &text);
    // Shares of each side's words found in the other, as a multiset overlap.
    static QPair<double, double> overlap(const QStringList &a, const QStringList &b);
    // One-to-one (gold index, predicted index) pairs whose overlap reaches half
    // of both sides, best overlap first.
    static QList<QPair<int, int>> matchQuotes(const QStringList &gold, const QStringList &predicted);
    // Right when the gold speaker's last word is one of the predicted speaker's
    // words and the prediction is not just pronouns.
    static bool speakerMatches(const QString &goldSpeaker, const QString &predictedSpeaker);

    static GoldTally score(const GoldStory &gold, const Extraction &predicted);
    // What went wrong in one story, one line per miss; empty when all is right.
    static QStringList differences(const GoldStory &gold, const Extraction &predicted);
};

} // namespace dateline::test
