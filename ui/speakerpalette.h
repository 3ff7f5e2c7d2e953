#pragma once

#include <QColor>

namespace dateline::ui {

// The statement tints of the reader (reader.css, mark.q.s0..s7) for widgets
// that show a speaker's colour next to the page: swatches in the Quotes panel.
class SpeakerPalette final
{
public:
    static QColor colour(int slot, bool dark);
};

} // namespace dateline::ui
