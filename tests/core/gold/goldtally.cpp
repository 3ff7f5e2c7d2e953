#include "goldtally.h"

namespace dateline::test {

Prf Prf::of(int tp, int fp, int fn)
{
    Prf r;
    r.precision = tp + fp > 0 ? double(tp) / (tp + fp) : 1.0;
    r.recall = tp + fn > 0 ? double(tp) / (tp + fn) : 1.0;
    r.f1 = r.precision + r.recall > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0.0;
    return r;
}

GoldTally &GoldTally::operator+=(const GoldTally &o)
{
    quoteTp += o.quoteTp;
    quoteFp += o.quoteFp;
    quoteFn += o.quoteFn;
    speakerRight += o.speakerRight;
    speakerAll += o.speakerAll;
    countryTp += o.countryTp;
    countryFp += o.countryFp;
    countryFn += o.countryFn;
    ambassadorTp += o.ambassadorTp;
    ambassadorFp += o.ambassadorFp;
    ambassadorFn += o.ambassadorFn;
    return *this;
}

double GoldTally::speakerAccuracy() const
{
    return speakerAll > 0 ? double(speakerRight) / speakerAll : 1.0;
}

QString GoldTally::report() const
{
    const auto prf = [](const Prf &p) {
        return QStringLiteral("P %1 R %2 F1 %3")
            .arg(p.precision, 0, 'f', 3)
            .arg(p.recall, 0, 'f', 3)
            .arg(p.f1, 0, 'f', 3);
    };
    return QStringLiteral("quotes      %1  (tp %2 fp %3 fn %4)\n"
                          "speakers    right %5/%6 = %7\n"
                          "countries   %8  (tp %9 fp %10 fn %11)\n"
                          "ambassadors %12  (tp %13 fp %14 fn %15)")
        .arg(prf(quotes()))
        .arg(quoteTp)
        .arg(quoteFp)
        .arg(quoteFn)
        .arg(speakerRight)
        .arg(speakerAll)
        .arg(speakerAccuracy(), 0, 'f', 3)
        .arg(prf(countries()))
        .arg(countryTp)
        .arg(countryFp)
        .arg(countryFn)
        .arg(prf(ambassadors()))
        .arg(ambassadorTp)
        .arg(ambassadorFp)
        .arg(ambassadorFn);
}

} // namespace dateline::test
