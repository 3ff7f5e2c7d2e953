#include "library/textkey.h"

namespace dateline {

QString TextKey::of(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing)
            continue;
        // Letters that do not decompose but are read as their base letter.
        switch (c.unicode()) {
        case 0x0131: // dotless i
            out += QLatin1Char('i');
            continue;
        case 0x00F8: // o with stroke
        case 0x00D8:
            out += QLatin1Char('o');
            continue;
        case 0x0142: // l with stroke
        case 0x0141:
            out += QLatin1Char('l');
            continue;
        case 0x00DF: // sharp s
            out += QStringLiteral("ss");
            continue;
        default:
            break;
        }
        out += c.isSpace() || c.category() == QChar::Other_Control ? QChar(QLatin1Char(' ')) : c;
    }
    return out.toCaseFolded().simplified();
}

} // namespace dateline
