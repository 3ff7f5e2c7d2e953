#pragma once

#include <QString>

namespace dateline::ui {

// Flag emoji for ISO 3166-1 alpha-2 codes, built from regional-indicator
// symbols so no flag images have to ship with the app.
class CountryFlag final
{
public:
    // "FR" -> 🇫🇷; an empty string for anything that is not two ASCII letters
    // (organisations such as "UN" have no flag of their own here).
    static QString emoji(const QString &code);
    // "🇫🇷 France", or just the name when there is no flag.
    static QString label(const QString &code);
};

} // namespace dateline::ui
