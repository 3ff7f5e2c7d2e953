#pragma once

#include <Qt>

namespace dateline::ui {

// Data roles the ui models share with their views.
enum ItemRole {
    // The reader element id ("q3", "c0", "a1") an entry leads to.
    ElementIdRole = Qt::UserRole + 1,
    // All element ids of an entry, in document order (a country's mentions).
    ElementIdsRole,
    // What a column sorts by when its display text would sort wrongly (counts, dates).
    SortRole,
    // The speaker (canonical name) of a quote entry, empty when unknown.
    SpeakerRole,
    // The ISO codes of the countries a cell shows as flags (FlagDelegate).
    CountryCodesRole,
};

} // namespace dateline::ui
