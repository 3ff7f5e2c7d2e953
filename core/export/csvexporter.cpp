#include "export/csvexporter.h"

#include "model/annotationanchor.h"

namespace dateline {

QString CsvExporter::field(const QString &value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar first = v.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            v.prepend(QLatin1Char('\''));
    }
    const bool quote = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\r'))
        || v.contains(QLatin1Char('\n'));
    if (!quote)
        return v;
    v.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QByteArray CsvExporter::render(const QList<ExportItem> &items)
{
    QString out;
    const auto row = [&out](const QStringList &fields) {
        QStringList cells;
        for (const QString &f : fields)
            cells << field(f);
        out += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    };
    row({QStringLiteral("date"), QStringLiteral("speaker"), QStringLiteral("role"), QStringLiteral("kind"),
         QStringLiteral("text"), QStringLiteral("article headline"), QStringLiteral("source"), QStringLiteral("note")});
    for (const ExportItem &item : items) {
        const Article &a = item.article;
        const QString source = a.link.isEmpty() ? a.source : a.link;
        for (const Statement &s : a.extraction.statements)
            row({a.published, s.speaker, s.speakerRole, toString(s.kind), s.text, a.headline, source, {}});
        // The reader's own marks follow, with the words as they stand now.
        const QString plain = item.annotations.isEmpty() ? QString() : a.plainText();
        for (const UserAnnotation &u : item.annotations) {
            const std::optional<TextRange> range = AnnotationAnchor::locate(u, plain);
            const QString quote = range ? plain.mid(range->start, range->end - range->start) : u.exact;
            row({a.published,
                 {},
                 {},
                 u.isNote() ? QStringLiteral("note") : QStringLiteral("highlight"),
                 quote,
                 a.headline,
                 source,
                 u.note});
        }
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace dateline
