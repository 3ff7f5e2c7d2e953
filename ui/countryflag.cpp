#include "countryflag.h"

#include "extract/extractor.h"

namespace dateline::ui {

QString CountryFlag::emoji(const QString &code)
{
    if (code.size() != 2)
        return {};
    QString flag;
    for (const QChar c : code) {
        const char16_t upper = c.toUpper().unicode();
        if (upper < u'A' || upper > u'Z')
            return {};
        // REGIONAL INDICATOR SYMBOL LETTER A is U+1F1E6.
        const char32_t indicator = 0x1F1E6 + (upper - u'A');
        flag += QChar::highSurrogate(indicator);
        flag += QChar::lowSurrogate(indicator);
    }
    return flag;
}

QString CountryFlag::label(const QString &code)
{
    const QString name = Extractor::countryName(code);
    const QString flag = emoji(code);
    return flag.isEmpty() ? name : flag + QLatin1Char(' ') + name;
}

} // namespace dateline::ui
