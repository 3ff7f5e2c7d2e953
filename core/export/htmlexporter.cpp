#include "export/htmlexporter.h"

#include "extract/extractor.h"
#include "model/annotationanchor.h"
#include "render/articlehtml.h"

#include <QUrl>

namespace dateline {

namespace {

// Layout for the parts only an export has; colours come from reader.css.
const char kExportCss[] = R"(
body > header, nav.toc { max-width: 44.625rem; margin: 0 auto; padding: 2rem 1.6rem 0;
    font: .95em/1.5 "DejaVu Sans", sans-serif; }
body > header h1 { font: 700 1.6em/1.2 "DejaVu Sans", sans-serif; margin: 0; }
nav.toc ol { padding-left: 1.4em; } nav.toc a { color: inherit; }
article + article { border-top: 3px double var(--rule); }
.legend, .export-section { font: .9em/1.5 "DejaVu Sans", sans-serif; }
.legend { border: 1px solid var(--rule); border-radius: 4px; padding: .4em .8em; margin: 1.5em 0; }
.legend span { display: inline-block; margin-right: 1em; }
.legend mark { padding: 0 .3em; }
.export-section h2 { font: 600 1.2em/1.3 "DejaVu Sans", sans-serif; border-bottom: 1px solid var(--rule);
    margin: 2em 0 .6em; padding-bottom: .2em; }
.export-section h3 { font: 600 1em/1.3 "DejaVu Sans", sans-serif; margin: 1.2em 0 .3em; }
.export-section ul { margin: .2em 0; padding-left: 1.2em; }
.export-section li { margin: .25em 0; }
.export-section .how, .export-section .role { color: var(--muted); }
.export-section table { border-collapse: collapse; width: 100%; }
.export-section th, .export-section td { text-align: left; padding: .25em .5em; border-bottom: 1px solid var(--rule); }
.export-section blockquote { margin: .3em 0; padding-left: .8em; border-left: 3px solid var(--rule); }
.export-section blockquote + blockquote { margin-top: .8em; }
.export-section .note { white-space: pre-wrap; margin: .2em 0 .9em 1.1em; }
.export-section a { color: inherit; text-decoration: none; }
mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
mark.u { background: #ffe082; box-shadow: inset 0 -3px 0 #f4a300; }
mark.u.note { border-bottom: 2px dotted #8e44ad; }
.meta a { color: inherit; }
@media print { article { page-break-after: always; } nav.toc { page-break-after: always; } }
)";

QString esc(const QString &text)
{
    return ArticleHtml::escape(text);
}

bool isWebLink(const QString &link)
{
    const QUrl url(link, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

QString legend(const Article &a, const QList<UserAnnotation> &annotations)
{
    QString html = QStringLiteral("<aside class=\"legend\"><strong>Legend:</strong> ");
    const QHash<QString, int> slots = ArticleHtml::speakerSlots(a.extraction);
    // Each speaker once, in order of first statement (slots repeat after eight).
    QStringList seen;
    for (const Statement &s : a.extraction.statements) {
        if (seen.contains(s.speaker))
            continue;
        seen << s.speaker;
        html += QStringLiteral("<span><mark class=\"q s%1\">%2</mark></span>")
                    .arg(slots.value(s.speaker))
                    .arg(esc(s.speaker.isEmpty() ? QStringLiteral("unknown speaker") : s.speaker));
    }
    html += QStringLiteral("<span><mark class=\"c\">country</mark></span>");
    html += QStringLiteral("<span><mark class=\"a\">ambassador</mark></span>");
    if (!annotations.isEmpty())
        html += QStringLiteral("<span><mark class=\"u\">your highlight</mark></span>"
                               "<span><mark class=\"u note\">your note</mark></span>");
    return html + QStringLiteral("</aside>");
}

QString statementsSection(const Article &a, const QString &px)
{
    const QList<Statement> &statements = a.extraction.statements;
    if (statements.isEmpty())
        return {};
    const QHash<QString, int> slots = ArticleHtml::speakerSlots(a.extraction);
    QString html = QStringLiteral("<section class=\"export-section\"><h2>Statements</h2>");
    QStringList speakers;
    for (const Statement &s : statements) {
        if (!speakers.contains(s.speaker))
            speakers << s.speaker;
    }
    for (const QString &speaker : speakers) {
        QString role;
        for (const Statement &s : statements) {
            if (s.speaker == speaker && !s.speakerRole.isEmpty()) {
                role = s.speakerRole;
                break;
            }
        }
        html += QStringLiteral("<h3><mark class=\"q s%1\">%2</mark>")
                    .arg(slots.value(speaker))
                    .arg(esc(speaker.isEmpty() ? QStringLiteral("unknown speaker") : speaker));
        if (!role.isEmpty())
            html += QStringLiteral(" <span class=\"role\">%1</span>").arg(esc(role));
        html += QStringLiteral("</h3><ul>");
        for (qsizetype i = 0; i < statements.size(); ++i) {
            const Statement &s = statements.at(i);
            if (s.speaker != speaker)
                continue;
            QString how = toString(s.kind);
            if (!s.verb.isEmpty())
                how += QStringLiteral(", ") + s.verb;
            html += QStringLiteral("<li><a href=\"#%1q%2\">“%3”</a> <span class=\"how\">(%4)</span></li>")
                        .arg(esc(px))
                        .arg(i)
                        .arg(esc(s.text), esc(how));
        }
        html += QStringLiteral("</ul>");
    }
    return html + QStringLiteral("</section>");
}

QString countriesSection(const Article &a)
{
    if (a.extraction.countries.isEmpty())
        return {};
    QStringList order;
    QHash<QString, int> counts;
    for (const CountryMention &m : a.extraction.countries) {
        if (!counts.contains(m.code))
            order << m.code;
        ++counts[m.code];
    }
    QString html = QStringLiteral("<section class=\"export-section\"><h2>Countries</h2><table>"
                                  "<tr><th>Country</th><th>Code</th><th>Mentions</th></tr>");
    for (const QString &code : order) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(esc(Extractor::countryName(code)), esc(code))
                    .arg(counts.value(code));
    }
    return html + QStringLiteral("</table></section>");
}

QString ambassadorsSection(const Article &a)
{
    if (a.extraction.ambassadors.isEmpty())
        return {};
    QString html = QStringLiteral("<section class=\"export-section\"><h2>Ambassadors</h2><table>"
                                  "<tr><th>Sending → host</th><th>Name</th><th>Role</th></tr>");
    for (const AmbassadorMention &m : a.extraction.ambassadors) {
        html += QStringLiteral("<tr><td>%1 → %2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(m.country), esc(m.host), esc(m.name), esc(m.role));
    }
    return html + QStringLiteral("</table></section>");
}

QString notesSection(const Article &a, const QList<UserAnnotation> &annotations, const QString &px)
{
    if (annotations.isEmpty())
        return {};
    const QString plain = a.plainText();
    QString html = QStringLiteral("<section class=\"export-section\"><h2>Your highlights and notes</h2>");
    for (const UserAnnotation &u : annotations) {
        const std::optional<TextRange> range = AnnotationAnchor::locate(u, plain);
        const QString quote = range ? plain.mid(range->start, range->end - range->start) : u.exact;
        const QString color = ArticleHtml::safeColor(u.color);
        const QString mark
            = QStringLiteral("<mark class=\"u%1\"%2>%3</mark>")
                  .arg(u.isNote() ? QStringLiteral(" note") : QString(),
                       color.isEmpty() ? QString() : QStringLiteral(" style=\"background:%1\"").arg(color), esc(quote));
        html += range
            ? QStringLiteral("<blockquote><a href=\"#%1u%2\">%3</a></blockquote>").arg(esc(px)).arg(u.id).arg(mark)
            : QStringLiteral("<blockquote>%1 <em>(no longer in the text)</em></blockquote>").arg(mark);
        if (u.isNote())
            html += QStringLiteral("<p class=\"note\">%1</p>").arg(esc(u.note));
    }
    return html + QStringLiteral("</section>");
}

QString articleHtml(const ExportItem &item, const QString &px, int index)
{
    const Article &a = item.article;
    QString html = QStringLiteral("<article id=\"article%1\">").arg(index);
    html += ArticleHtml::articleBody(a, ArticleHtml::BodyOptions {px, item.annotations});
    if (isWebLink(a.link))
        html += QStringLiteral("<p class=\"meta\">Source: <a href=\"%1\" rel=\"noreferrer noopener\">%1</a></p>")
                    .arg(esc(a.link));
    else if (!a.source.isEmpty())
        html += QStringLiteral("<p class=\"meta\">Source: %1</p>").arg(esc(a.source));
    html += legend(a, item.annotations);
    html += statementsSection(a, px);
    html += countriesSection(a);
    html += ambassadorsSection(a);
    html += notesSection(a, item.annotations, px);
    return html + QStringLiteral("</article>");
}

} // namespace

QByteArray HtmlExporter::render(const QList<ExportItem> &items)
{
    const QString title = items.size() == 1 ? items.first().article.headline
                                            : QStringLiteral("Dateline export: %1 articles").arg(items.size());
    const QString language = items.size() == 1 && !items.first().article.language.isEmpty()
        ? items.first().article.language
        : QStringLiteral("en");
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">").arg(esc(language));
    // A saved export is opened from disk in any browser: it must not run
    // scripts or load anything, whatever the articles contain.
    html += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                           "script-src 'none'; object-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                           "base-uri 'none'; form-action 'none'\">");
    html += QStringLiteral("<meta name=\"referrer\" content=\"no-referrer\">");
    html += QStringLiteral("<meta name=\"generator\" content=\"Dateline\">");
    html += QStringLiteral("<title>%1</title>").arg(esc(title));
    // The stylesheets are ours; nothing from an article reaches <style>.
    html += QStringLiteral("<style>%1%2</style></head><body>")
                .arg(ArticleHtml::defaultCss(), QString::fromUtf8(kExportCss));
    if (items.size() > 1) {
        html += QStringLiteral("<header><h1>%1</h1></header><nav class=\"toc\"><ol>").arg(esc(title));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const Article &a = items.at(i).article;
            html += QStringLiteral("<li><a href=\"#article%1\">%2</a>")
                        .arg(i)
                        .arg(esc(a.headline.isEmpty() ? QStringLiteral("(untitled)") : a.headline));
            if (!a.published.isEmpty())
                html += QStringLiteral(" <small>%1</small>").arg(esc(a.published));
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ol></nav>");
    }
    for (qsizetype i = 0; i < items.size(); ++i)
        html += articleHtml(items.at(i), items.size() > 1 ? QStringLiteral("a%1-").arg(i) : QString(), int(i));
    html += QStringLiteral("</body></html>\n");
    return html.toUtf8();
}

} // namespace dateline
