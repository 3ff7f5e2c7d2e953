#include "speakerpalette.h"

#include "render/articlehtml.h"

#include <array>

namespace dateline::ui {

namespace {

// Must match resources/reader/reader.css; a test compares the two.
constexpr std::array<QRgb, ArticleHtml::kSpeakerColours> kLight
    = {0xfff1a8, 0xd5f5d0, 0xf9d6e6, 0xdcd7ff, 0xcdeef0, 0xffe0cc, 0xe5e5e5, 0xf0e2c4};
constexpr std::array<QRgb, ArticleHtml::kSpeakerColours> kDark
    = {0x5c5216, 0x24502a, 0x5b2740, 0x3c3566, 0x1f4c50, 0x5c3a22, 0x444444, 0x54462a};

} // namespace

QColor SpeakerPalette::colour(int slot, bool dark)
{
    const auto &colours = dark ? kDark : kLight;
    const auto i = std::size_t(qBound(0, slot, ArticleHtml::kSpeakerColours - 1));
    return QColor::fromRgb(colours.at(i));
}

} // namespace dateline::ui
