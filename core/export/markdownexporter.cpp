#include "export/markdownexporter.h"

#include "extract/extractor.h"
#include "model/annotationanchor.h"
#include "model/plaintextmap.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace dateline {

namespace {

struct Insert
{
    int at;
    int order; // closing before footnote refs before opening at the same place
    QString text;
};

// Escapes a piece of running text (no line-start handling: that is done per
// block in escapeBlockStart()).
QString escapeInline(QStringView text)
{
    static const QString significant = QStringLiteral("\\`*_{}[]()#+-!|<>~&=^$");
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')) {
            out += QLatin1Char(' ');
            continue;
        }
        // GitHub-style renderers turn "scheme:" URLs and "www." into links
        // even without brackets; an escaped ":" or "." keeps them plain text.
        const bool schemeColon
            = c == QLatin1Char(':') && i > 0 && text.at(i - 1).isLetter() && text.at(i - 1).unicode() < 128;
        const bool wwwDot
            = c == QLatin1Char('.') && i >= 3 && text.mid(i - 3, 3).compare(u"www", Qt::CaseInsensitive) == 0;
        if (significant.contains(c) || schemeColon || wwwDot)
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// A block must not start like a list item ("1. ") or an indented code block.
QString escapeBlockStart(QString block)
{
    static const QRegularExpression orderedList(QStringLiteral("^(\\d{1,9})([.)])"));
    const QRegularExpressionMatch m = orderedList.match(block);
    if (m.hasMatch())
        block.insert(m.capturedEnd(1), QLatin1Char('\\'));
    return block;
}

// One paragraph (or headline) with statements in bold and footnote refs.
QString markedText(const QString &text, QList<Insert> inserts)
{
    std::stable_sort(inserts.begin(), inserts.end(),
                     [](const Insert &a, const Insert &b) { return a.at != b.at ? a.at < b.at : a.order < b.order; });
    QString out;
    int pos = 0;
    for (const Insert &ins : inserts) {
        const int at = qBound(pos, ins.at, int(text.size()));
        out += escapeInline(QStringView(text).mid(pos, at - pos));
        out += ins.text;
        pos = at;
    }
    out += escapeInline(QStringView(text).mid(pos));
    return out;
}

// Bold spans for statements that do not overlap an earlier one; whitespace
// is kept outside the ** so the delimiters stay flanking.
void addStatementInserts(const QString &text, const QList<Statement> &statements, int paragraph, QList<Insert> *inserts)
{
    QList<Statement> here;
    for (const Statement &s : statements) {
        if (s.paragraph == paragraph)
            here << s;
    }
    std::stable_sort(here.begin(), here.end(),
                     [](const Statement &a, const Statement &b) { return a.start < b.start; });
    int lastEnd = 0;
    for (const Statement &s : here) {
        int start = qBound(0, s.start, int(text.size()));
        int end = qBound(0, s.end, int(text.size()));
        while (start < end && text.at(start).isSpace())
            ++start;
        while (end > start && text.at(end - 1).isSpace())
            --end;
        if (start >= end || start < lastEnd)
            continue;
        inserts->append({start, 2, QStringLiteral("**")});
        inserts->append({end, 0, QStringLiteral("**")});
        lastEnd = end;
    }
}

QString footnoteBody(const QString &note)
{
    // Continuation lines of a footnote are indented by four spaces.
    QStringList lines;
    for (const QString &line : note.split(QLatin1Char('\n')))
        lines << escapeBlockStart(escapeInline(line.trimmed()));
    return lines.join(QStringLiteral("\n    "));
}

struct ArticleMarkdown
{
    QString text;
    int nextFootnote;
};

ArticleMarkdown renderArticle(const ExportItem &item, int firstFootnote)
{
    const Article &a = item.article;
    const QString plain = a.plainText();
    const PlainTextMap map(a);

    // Footnote refs at the end of each note's quote, in plain-text offsets.
    QList<QPair<int, int>> refs; // (plain-text end, footnote number)
    QStringList footnotes;
    QStringList highlights;
    int footnote = firstFootnote;
    for (const UserAnnotation &u : item.annotations) {
        const std::optional<TextRange> range = AnnotationAnchor::locate(u, plain);
        const QString quote = escapeInline(range ? plain.mid(range->start, range->end - range->start) : u.exact);
        if (!u.isNote()) {
            highlights << QStringLiteral("- “%1”").arg(quote);
            continue;
        }
        if (range)
            refs.append({range->end, footnote});
        else
            highlights << QStringLiteral("- “%1” (no longer in the text)[^%2]").arg(quote).arg(footnote);
        footnotes << QStringLiteral("[^%1]: %2").arg(footnote).arg(footnoteBody(u.note));
        ++footnote;
    }
    const auto refsIn = [&refs](const PlainTextMap::Segment &seg) {
        QList<Insert> out;
        for (const auto &[end, number] : refs) {
            if (end > seg.offset && end <= seg.offset + seg.length)
                out.append({end - seg.offset, 1, QStringLiteral("[^%1]").arg(number)});
        }
        return out;
    };

    QString md;
    for (const PlainTextMap::Segment &seg : map.segments()) {
        if (seg.part == PlainTextMap::Part::Headline)
            md += QStringLiteral("# %1\n\n").arg(markedText(a.headline, refsIn(seg)));
    }
    if (a.headline.isEmpty())
        md += QStringLiteral("# (untitled)\n\n");

    QStringList meta;
    const auto metaLine = [&meta](const QString &label, const QString &value) {
        if (!value.isEmpty())
            meta << QStringLiteral("- **%1:** %2").arg(label, escapeInline(value));
    };
    metaLine(QStringLiteral("Published"), a.published);
    metaLine(QStringLiteral("Updated"), a.updated);
    metaLine(QStringLiteral("By"), a.authors.join(QStringLiteral(", ")));
    metaLine(QStringLiteral("Dateline"), a.dateline);
    metaLine(QStringLiteral("Agency"), a.agency);
    metaLine(QStringLiteral("Section"), a.section);
    // A web link is the one link we make, in <...> form, fully percent-encoded
    // so it cannot contain ">" or spaces; anything else stays text.
    const QUrl link(a.link, QUrl::StrictMode);
    if (link.isValid() && (link.scheme() == QLatin1String("http") || link.scheme() == QLatin1String("https")))
        meta << QStringLiteral("- **Source:** <%1>").arg(QString::fromLatin1(link.toEncoded(QUrl::FullyEncoded)));
    else
        metaLine(QStringLiteral("Source"), a.link.isEmpty() ? a.source : a.link);
    if (!meta.isEmpty())
        md += meta.join(QLatin1Char('\n')) + QStringLiteral("\n\n");

    for (const PlainTextMap::Segment &seg : map.segments()) {
        if (seg.part == PlainTextMap::Part::Standfirst) {
            md += QStringLiteral("*%1*\n\n").arg(markedText(a.standfirst.trimmed(), refsIn(seg)));
        } else if (seg.part == PlainTextMap::Part::Paragraph) {
            const QString &p = a.paragraphs.at(seg.paragraph);
            QList<Insert> inserts = refsIn(seg);
            addStatementInserts(p, a.extraction.statements, seg.paragraph, &inserts);
            // Leading blanks would make an indented code block; offsets are
            // kept by marking first and trimming the result.
            const QString block = escapeBlockStart(markedText(p, inserts).trimmed());
            if (!block.isEmpty())
                md += block + QStringLiteral("\n\n");
        }
    }

    const Extraction &x = a.extraction;
    if (!x.statements.isEmpty()) {
        md += QStringLiteral("## Statements\n\n");
        for (const Statement &s : x.statements) {
            QString who = QStringLiteral("**%1**").arg(
                escapeInline(s.speaker.isEmpty() ? QStringLiteral("unknown") : s.speaker));
            if (!s.speakerRole.isEmpty())
                who += QStringLiteral(" (%1)").arg(escapeInline(s.speakerRole));
            QString how = toString(s.kind);
            if (!s.verb.isEmpty())
                how += QStringLiteral(", ") + escapeInline(s.verb);
            md += QStringLiteral("- %1 — %2: “%3”\n").arg(who, how, escapeInline(s.text));
        }
        md += QLatin1Char('\n');
    }
    if (!x.countries.isEmpty()) {
        QStringList order;
        QHash<QString, int> counts;
        for (const CountryMention &m : x.countries) {
            if (!counts.contains(m.code))
                order << m.code;
            ++counts[m.code];
        }
        md += QStringLiteral("## Countries\n\n");
        for (const QString &code : order) {
            md += QStringLiteral("- %1 (%2): %3 %4\n")
                      .arg(escapeInline(Extractor::countryName(code)), escapeInline(code))
                      .arg(counts.value(code))
                      .arg(counts.value(code) == 1 ? QStringLiteral("mention") : QStringLiteral("mentions"));
        }
        md += QLatin1Char('\n');
    }
    if (!x.ambassadors.isEmpty()) {
        md += QStringLiteral("## Ambassadors\n\n");
        for (const AmbassadorMention &m : x.ambassadors) {
            QString line = QStringLiteral("- %1 → %2: ").arg(escapeInline(m.country), escapeInline(m.host));
            line += m.name.isEmpty() ? QStringLiteral("(unnamed)") : escapeInline(m.name);
            if (!m.role.isEmpty())
                line += QStringLiteral(", ") + escapeInline(m.role);
            md += line + QLatin1Char('\n');
        }
        md += QLatin1Char('\n');
    }
    if (!highlights.isEmpty())
        md += QStringLiteral("## Highlights\n\n") + highlights.join(QLatin1Char('\n')) + QStringLiteral("\n\n");
    if (!footnotes.isEmpty())
        md += footnotes.join(QLatin1Char('\n')) + QStringLiteral("\n\n");
    return {md, footnote};
}

} // namespace

QString MarkdownExporter::escape(const QString &text)
{
    return escapeBlockStart(escapeInline(text));
}

QByteArray MarkdownExporter::render(const QList<ExportItem> &items)
{
    QStringList articles;
    int footnote = 1;
    for (const ExportItem &item : items) {
        const ArticleMarkdown rendered = renderArticle(item, footnote);
        articles << rendered.text.trimmed();
        footnote = rendered.nextFootnote;
    }
    return (articles.join(QStringLiteral("\n\n---\n\n")) + QLatin1Char('\n')).toUtf8();
}

} // namespace dateline
