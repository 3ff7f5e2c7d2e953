#include "library/paragraphtext.h"

#include <QStringView>

namespace dateline {

QString ParagraphText::body(const QStringList &paragraphs)
{
    return paragraphs.join(QStringLiteral("\n\n"));
}

QString ParagraphText::lengths(const QStringList &paragraphs)
{
    QStringList out;
    out.reserve(paragraphs.size());
    for (const QString &p : paragraphs)
        out << QString::number(p.toUtf8().size());
    return out.join(QLatin1Char(','));
}

ParagraphText::Encoded ParagraphText::encode(const QStringList &paragraphs)
{
    Encoded out;
    qsizetype units = 0;
    for (const QString &p : paragraphs)
        units += p.size() + kSeparatorBytes;
    out.bodyUtf8.reserve(units + units / 8);
    out.lengths.reserve(paragraphs.size() * 4);
    out.byteLengths.reserve(paragraphs.size());
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (i > 0) {
            out.bodyUtf8 += "\n\n";
            out.lengths += QLatin1Char(',');
        }
        const qsizetype before = out.bodyUtf8.size();
        out.bodyUtf8 += paragraphs.at(i).toUtf8();
        out.byteLengths << out.bodyUtf8.size() - before;
        out.lengths += QString::number(out.byteLengths.constLast());
    }
    return out;
}

QStringList ParagraphText::split(const QByteArray &bodyUtf8, const QString &lengths)
{
    QStringList out;
    if (lengths.isEmpty())
        return out;
    qsizetype pos = 0;
    for (const QStringView field : QStringView(lengths).split(QLatin1Char(','))) {
        bool ok = false;
        const qsizetype length = field.toLongLong(&ok);
        if (!ok || length < 0 || pos > bodyUtf8.size())
            break;
        out << QString::fromUtf8(bodyUtf8.mid(pos, length));
        pos += length + kSeparatorBytes;
    }
    return out;
}

QString ParagraphText::at(const QByteArray &bodyUtf8, const QString &lengths, int index)
{
    if (index < 0 || lengths.isEmpty())
        return {};
    qsizetype pos = 0;
    int i = 0;
    for (const QStringView field : QStringView(lengths).split(QLatin1Char(','))) {
        bool ok = false;
        const qsizetype length = field.toLongLong(&ok);
        if (!ok || length < 0 || pos > bodyUtf8.size())
            return {};
        if (i == index)
            return QString::fromUtf8(bodyUtf8.mid(pos, length));
        pos += length + kSeparatorBytes;
        ++i;
    }
    return {};
}

} // namespace dateline
