#include "render/articlehtml.h"

#include "model/annotationanchor.h"
#include "model/plaintextmap.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace dateline {

namespace {

struct Mark
{
    int start;
    int end;
    QString open;
};

const QRegularExpression &idAttribute()
{
    static const QRegularExpression re(QStringLiteral(" id=\"[^\"]*\""));
    return re;
}

// Marks may overlap (a country inside a quote): emit them as properly nested
// elements by closing and reopening at every boundary.
QString markedParagraph(const QString &text, QList<Mark> marks)
{
    std::sort(marks.begin(), marks.end(),
              [](const Mark &a, const Mark &b) { return a.start != b.start ? a.start < b.start : a.end > b.end; });
    QList<int> cuts {0, int(text.size())};
    for (const Mark &m : marks) {
        cuts << qBound(0, m.start, int(text.size())) << qBound(0, m.end, int(text.size()));
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    // A mark split into pieces keeps its id on the first piece only: ids
    // must stay unique for the panels' scroll-to links.
    QList<bool> opened(marks.size(), false);
    QString out;
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        const int a = cuts[i];
        const int b = cuts[i + 1];
        QString opens;
        QString closes;
        for (qsizetype k = 0; k < marks.size(); ++k) {
            const Mark &m = marks.at(k);
            if (m.start <= a && m.end >= b && m.start < m.end) {
                opens += opened[k] ? QString(m.open).remove(idAttribute()) : m.open;
                opened[k] = true;
                closes += QStringLiteral("</mark>");
            }
        }
        out += opens + ArticleHtml::escape(QStringView(text).mid(a, b - a)) + closes;
    }
    return out;
}

// "20 January 2026, 09:30" for the byline; the ISO form stays in the
// <time datetime> attribute. Dates that do not parse are shown as given.
QString displayDate(const QString &iso)
{
    const QDateTime dateTime = QDateTime::fromString(iso, Qt::ISODate);
    const QDate date = dateTime.isValid() ? dateTime.date() : QDate::fromString(iso.left(10), Qt::ISODate);
    if (!date.isValid())
        return iso;
    QString out = QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy"));
    if (dateTime.isValid() && iso.size() > 10)
        out += QStringLiteral(", ") + dateTime.toString(QStringLiteral("HH:mm"));
    return out;
}

} // namespace

QString ArticleHtml::escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString ArticleHtml::defaultCss()
{
    QFile f(QStringLiteral(":/dateline/reader/reader.css"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QHash<QString, int> ArticleHtml::speakerSlots(const Extraction &extraction)
{
    QHash<QString, int> colourSlots;
    for (const Statement &s : extraction.statements) {
        if (!colourSlots.contains(s.speaker))
            colourSlots.insert(s.speaker, int(colourSlots.size()) % kSpeakerColours);
    }
    return colourSlots;
}

QString ArticleHtml::safeColor(const QString &color)
{
    static const QRegularExpression hex(QStringLiteral("^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"));
    return hex.match(color).hasMatch() ? color : QString();
}

QString ArticleHtml::render(const Article &a, const Options &options)
{
    QString html;
    html.reserve(4096 + a.plainText().size() * 2);
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">")
                .arg(escape(a.language.isEmpty() ? QStringLiteral("en") : a.language));
    // The page itself forbids scripts and remote loads, on top of the view's settings.
    html += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                           "style-src 'unsafe-inline'; img-src data:\">");
    html += QStringLiteral("<title>%1</title><style>%2</style></head>").arg(escape(a.headline), options.css);
    html += QStringLiteral("<body class=\"%1\"><article>").arg(options.darkTheme ? QStringLiteral("dark") : QString());
    html += articleBody(a, BodyOptions {QString(), options.annotations});
    html += QStringLiteral("</article></body></html>");
    return html;
}

QString ArticleHtml::articleBody(const Article &a, const BodyOptions &options)
{
    const QString &px = options.idPrefix;
    QHash<int, QList<Mark>> marks;
    // Speakers get stable colour slots in order of first appearance, so the
    // Quotes panel can show the same colour.
    const QHash<QString, int> speakerSlot = speakerSlots(a.extraction);
    for (qsizetype i = 0; i < a.extraction.statements.size(); ++i) {
        const Statement &s = a.extraction.statements[i];
        marks[s.paragraph].append(
            {s.start, s.end,
             QStringLiteral("<mark class=\"q s%1\" id=\"%4q%2\" data-speaker=\"%3\" title=\"%3\">")
                 .arg(speakerSlot.value(s.speaker))
                 .arg(i)
                 .arg(escape(s.speaker), escape(px))});
    }
    for (qsizetype i = 0; i < a.extraction.countries.size(); ++i) {
        const CountryMention &m = a.extraction.countries[i];
        marks[m.paragraph].append({m.start, m.end,
                                   QStringLiteral("<mark class=\"c\" id=\"%3c%1\" data-code=\"%2\" title=\"%2\">")
                                       .arg(i)
                                       .arg(escape(m.code), escape(px))});
    }
    for (qsizetype i = 0; i < a.extraction.ambassadors.size(); ++i) {
        const AmbassadorMention &m = a.extraction.ambassadors[i];
        marks[m.paragraph].append({m.start, m.end,
                                   QStringLiteral("<mark class=\"a\" id=\"%4a%1\" title=\"%2 → %3\">")
                                       .arg(i)
                                       .arg(escape(m.country), escape(m.host), escape(px))});
    }

    // User highlights are stored in plain-text offsets; split them over the
    // headline, standfirst and paragraphs they touch.
    QList<Mark> headlineMarks;
    QList<Mark> standfirstMarks;
    if (!options.annotations.isEmpty()) {
        const QString plain = a.plainText();
        const PlainTextMap map(a);
        for (const UserAnnotation &u : options.annotations) {
            const std::optional<TextRange> range = AnnotationAnchor::locate(u, plain);
            if (!range)
                continue;
            const QString color = safeColor(u.color);
            const QString open
                = QStringLiteral("<mark class=\"u%1\" id=\"%2u%3\"%4%5>")
                      .arg(u.isNote() ? QStringLiteral(" note") : QString(), escape(px))
                      .arg(u.id)
                      .arg(color.isEmpty() ? QString() : QStringLiteral(" style=\"background:%1\"").arg(color),
                           u.isNote() ? QStringLiteral(" title=\"%1\"").arg(escape(u.note)) : QString());
            bool first = true;
            for (const PlainTextMap::Segment &seg : map.segments()) {
                const int start = qMax(range->start, seg.offset) - seg.offset;
                const int end = qMin(range->end, seg.offset + seg.length) - seg.offset;
                if (start >= end)
                    continue;
                // Only the first part carries the id (ids stay unique).
                const Mark mark {start, end, first ? open : QString(open).remove(idAttribute())};
                first = false;
                if (seg.part == PlainTextMap::Part::Headline)
                    headlineMarks << mark;
                else if (seg.part == PlainTextMap::Part::Standfirst)
                    standfirstMarks << mark;
                else
                    marks[seg.paragraph] << mark;
            }
        }
    }

    QString html;
    if (!a.section.isEmpty())
        html += QStringLiteral("<p class=\"section\">%1</p>").arg(escape(a.section));
    html += QStringLiteral("<h1>%1</h1>").arg(markedParagraph(a.headline, headlineMarks));
    if (!a.standfirst.isEmpty())
        html += QStringLiteral("<p class=\"standfirst\">%1</p>").arg(markedParagraph(a.standfirst, standfirstMarks));

    QStringList meta;
    if (!a.authors.isEmpty())
        meta << escape(a.authors.join(QStringLiteral(", ")));
    if (!a.published.isEmpty())
        meta << QStringLiteral("<time datetime=\"%1\">%2</time>")
                    .arg(escape(a.published), escape(displayDate(a.published)));
    if (!a.dateline.isEmpty())
        meta << escape(a.dateline);
    if (!a.agency.isEmpty())
        meta << escape(a.agency);
    if (!meta.isEmpty())
        html += QStringLiteral("<p class=\"meta\">%1</p>").arg(meta.join(QStringLiteral(" · ")));
    if (!a.caption.isEmpty())
        html += QStringLiteral("<p class=\"caption\">%1</p>").arg(escape(a.caption));

    for (qsizetype i = 0; i < a.paragraphs.size(); ++i) {
        html += QStringLiteral("<p id=\"%3p%1\">%2</p>")
                    .arg(i)
                    .arg(markedParagraph(a.paragraphs[i], marks.value(int(i))), escape(px));
    }
    return html;
}

} // namespace dateline
