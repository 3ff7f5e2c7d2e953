#include "import/html/htmlimporter.h"

#include "import/html/gumboarena.h"
#include "import/html/htmlmetadata.h"
#include "import/html/htmltext.h"
#include "import/html/readability.h"
#include "import/html/textrunstash.h"
#include "import/textdecoder.h"
#include "import/textlines.h"

#include <QRegularExpression>

#include <gumbo.h>

#include <memory>

namespace dateline {

namespace {

bool hasBom(const QByteArray &data)
{
    return data.startsWith("\xEF\xBB\xBF") || data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF");
}

// UTF-8 bytes of the page for gumbo, which only reads UTF-8.
QByteArray utf8Of(const QByteArray &data)
{
    const QByteArray declared = TextDecoder::sniffHtmlCharset(data.first(qMin<qsizetype>(data.size(), 4096)));
    const QByteArray name = declared.toLower();
    const bool utf8Declared = name.isEmpty() || name == "utf-8" || name == "utf8";
    // Already UTF-8: skip the round trip through UTF-16.
    if (!hasBom(data) && utf8Declared && QByteArrayView(data).isValidUtf8())
        return data;
    return TextDecoder::decode(data, declared).text.toUtf8();
}

// Lower case, every run of characters other than letters, digits and '_'
// one space, trimmed: what replacing "\\W+" (Unicode properties) with " "
// gives, without a regular expression pass over each paragraph compared.
QString normalisedForCompare(const QString &s)
{
    const QString lower = s.toLower();
    // Written through a pointer: the result is never longer than lower.
    QString out(lower.size(), Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *w = begin;
    bool inGap = true; // no space at the start
    for (qsizetype i = 0; i < lower.size();) {
        char32_t cp = lower.at(i).unicode();
        qsizetype length = 1;
        if (lower.at(i).isHighSurrogate() && i + 1 < lower.size() && lower.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(lower.at(i), lower.at(i + 1));
            length = 2;
        }
        if (cp == U'_' || QChar::isLetterOrNumber(cp)) {
            for (qsizetype k = 0; k < length; ++k)
                *w++ = lower.at(i + k);
            inGap = false;
        } else if (!inGap) {
            *w++ = QLatin1Char(' ');
            inGap = true;
        }
        i += length;
    }
    if (w != begin && w[-1] == QLatin1Char(' '))
        --w; // no space at the end
    out.truncate(w - begin);
    return out;
}

// normalisedForCompare of the start of s, enough of it to compare with a
// text that normalises to `length` characters: all of s (*whole is set),
// or a prefix cut before a space that normalises to more than `length`
// characters. Cut before a space, the prefix's normal form is a prefix of
// the whole one, so long paragraphs are not lower-cased in full to be
// compared with a headline.
QString normalisedStart(const QString &s, qsizetype length, bool *whole)
{
    for (qsizetype cut = length + 32; cut < s.size(); cut *= 2) {
        const qsizetype space = s.indexOf(QLatin1Char(' '), cut);
        if (space < 0)
            break;
        QString start = normalisedForCompare(s.left(space));
        if (start.size() > length) {
            *whole = false;
            return start;
        }
    }
    *whole = true;
    return normalisedForCompare(s);
}

// Whether paragraph, normalised, equals the normalised text.
bool sameNormalised(const QString &paragraph, const QString &normalised)
{
    bool whole = false;
    const QString start = normalisedStart(paragraph, normalised.size(), &whole);
    return whole && start == normalised;
}

// A description is worth keeping as standfirst when it is complete and not
// just the start of the body.
bool sensibleStandfirst(const QString &description, const QStringList &paragraphs, const QString &normalisedHeadline)
{
    // Cut-off descriptions ("..." or mid-sentence) are teasers, not standfirsts.
    static const QRegularExpression complete(QStringLiteral("[.!?]['\"\\x{2019}\\x{201D}]?$"));
    if (description.size() < 30 || description.endsWith(QLatin1String("...")) || !description.contains(complete))
        return false;
    const QString d = normalisedForCompare(description);
    if (d == normalisedHeadline)
        return false;
    for (qsizetype i = 0; i < qMin<qsizetype>(paragraphs.size(), 3); ++i) {
        bool whole = false;
        const QString p = normalisedStart(paragraphs.at(i), d.size(), &whole);
        // A longer start than d cannot be a prefix of it.
        if (p.startsWith(d) || (whole && d.startsWith(p)))
            return false;
    }
    return true;
}

} // namespace

QStringList HtmlImporter::bylineAuthors(const QString &byline)
{
    QString text = textlines::normaliseSpaces(byline);
    // "Tech Industry by Steven Musil": the names follow the last "by".
    static const QRegularExpression by(QStringLiteral("^(.*\\s)?(by|von|par|por)\\s*:?\\s+"),
                                       QRegularExpression::CaseInsensitiveOption);
    text.remove(by);
    // Cut at what follows the names: a date, a separator, a time.
    static const QRegularExpression tail(
        QStringLiteral("\\s*(\\||•|·| - | – | — |\\bupdated\\b|\\bpublished\\b|\\bposted\\b|\\bon\\s+\\w+day\\b|"
                       "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b|"
                       "\\b\\d{1,2}\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\\d{4}-\\d{2}-\\d{2}|"
                       "\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}:\\d{2}).*$"),
        QRegularExpression::CaseInsensitiveOption);
    text.remove(tail);
    static const QRegularExpression edges(QStringLiteral("^[^\\w]+|[^\\w.]+$"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    text.remove(edges);
    QStringList out;
    static const QRegularExpression sep(QStringLiteral("\\s+and\\s+|\\s*&\\s*|\\s*;\\s*"),
                                        QRegularExpression::CaseInsensitiveOption);
    for (const QString &part : text.split(sep, Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (!name.isEmpty() && name.size() < 100)
            out << name;
    }
    return out;
}

ImportResult HtmlImporter::parse(const QByteArray &data, const QString &source, const ImportOptions &options)
{
    TextRunStash stash;
    const QByteArray utf8
        = stash.stash(HtmlText::limitNesting(HtmlText::dropInertContent(utf8Of(data)), options.maxNestingDepth));
    GumboArena arena(size_t(utf8.size()));
    const auto destroy = [&arena](GumboOutput *o) {
        arena.destroy(o);
    };
    std::unique_ptr<GumboOutput, decltype(destroy)> output(arena.parse(utf8.constData(), size_t(utf8.size())), destroy);
    if (!output)
        return ImportResult::failure(QStringLiteral("the HTML page could not be parsed"));
    stash.restore(output->document, arena.options());

    const HtmlMetadata meta = HtmlMetadata::read(output->document);
    const Readability::Result body = Readability::extract(output->document, meta.title);

    Article a;
    a.source = source;
    a.format = QStringLiteral("html");
    a.headline = meta.title;
    a.authors = meta.authors;
    if (a.authors.isEmpty() && !body.byline.isEmpty())
        a.authors = bylineAuthors(body.byline);
    a.published = meta.published;
    if (a.published.isEmpty() && !body.byline.isEmpty()) {
        // "By Nathan Willis March 25, 2015": the byline may carry the date.
        static const QRegularExpression date(QStringLiteral("\\d{4}-\\d{2}-\\d{2}|[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2},?\\s+"
                                                            "\\d{4}|\\d{1,2}\\s+[A-Z][a-z]{2,8}\\.?\\s+\\d{4}"));
        if (const auto m = date.match(body.byline); m.hasMatch())
            a.published = HtmlMetadata::isoDate(m.captured());
    }
    a.updated = meta.updated;
    a.language = meta.language;
    a.link = meta.link;
    // The publication (og:site_name, JSON-LD publisher) is what the library
    // lists as the source of a web article.
    a.agency = meta.siteName.simplified();
    a.section = meta.section;
    a.paragraphs = body.paragraphs;
    // A leading paragraph that only repeats the headline is not body text.
    const QString headline = normalisedForCompare(a.headline);
    if (!a.paragraphs.isEmpty() && sameNormalised(a.paragraphs.first(), headline))
        a.paragraphs.removeFirst();
    if (sensibleStandfirst(meta.description, a.paragraphs, headline))
        a.standfirst = meta.description;
    // A title over nothing (a page its scripts would have filled) is no article.
    if (a.paragraphs.isEmpty())
        return ImportResult::failure(QStringLiteral("no article text found in the HTML page"));
    ImportResult r;
    r.articles << a;
    return r;
}

} // namespace dateline
