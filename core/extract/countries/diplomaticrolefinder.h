#pragma once

#include "extract/countries/diplomaticrole.h"
#include "extract/countries/wordtoken.h"

#include <QList>
#include <QStringView>

namespace dateline {

// Finds the titles of diplomats who head or stand in for a mission:
// ambassadors, envoys, high commissioners, chargés d'affaires, permanent
// representatives and nuncios. Consuls and consuls-general are left out on
// purpose: they serve their own citizens in a city and do not represent the
// state to the host government. Goodwill, brand and similar honorary
// "ambassadors" are not diplomats and are skipped.
class DiplomaticRoleFinder final
{
public:
    static QList<DiplomaticRole> find(QStringView text, const QList<WordToken> &tokens);
};

} // namespace dateline
