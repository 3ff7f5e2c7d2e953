#pragma once

#include <QString>

namespace dateline::test {

// Precision, recall and F1 as score.py defines them: an empty side counts 1.0.
struct Prf
{
    double precision = 1.0;
    double recall = 1.0;
    double f1 = 0.0;

    static Prf of(int tp, int fp, int fn);
};

// Counts behind the gold figures, for one story or summed over many.
struct GoldTally
{
    int quoteTp = 0;
    int quoteFp = 0;
    int quoteFn = 0;
    int speakerRight = 0;
    int speakerAll = 0; // every gold quote, matched or not
    int countryTp = 0;
    int countryFp = 0;
    int countryFn = 0;
    int ambassadorTp = 0;
    int ambassadorFp = 0;
    int ambassadorFn = 0;

    GoldTally &operator+=(const GoldTally &other);

    Prf quotes() const { return Prf::of(quoteTp, quoteFp, quoteFn); }
    Prf countries() const { return Prf::of(countryTp, countryFp, countryFn); }
    Prf ambassadors() const { return Prf::of(ambassadorTp, ambassadorFp, ambassadorFn); }
    // Share of all gold quotes matched with the right speaker.
    double speakerAccuracy() const;

    // One line per part, like score.py's summary.
    QString report() const;
};

} // namespace dateline::test
