#include "import/html/htmlimporter.h"

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

struct OutputDeleter
{
    void operator()(GumboOutput *o) const;
};

const GumboOptions &parseOptions()
{
    // Parse errors are of no use here; recording them costs memory and time.
    static const GumboOptions options = [] {
        GumboOptions o = kGumboDefaultOptions;
        o.max_errors = 0;
        return o;
    }();
    return options;
}

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
    QString out;
    out.reserve(lower.size());
    bool inGap = false;
    for (qsizetype i = 0; i < lower.size();) {
        char32_t cp = lower.at(i).unicode();
        qsizetype length = 1;
        if (lower.at(i).isHighSurrogate() && i + 1 < lower.size() && lower.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(lower.at(i), lower.at(i + 1));
            length = 2;
        }
        if (cp == U'_' || QChar::isLetterOrNumber(cp)) {
            out.append(QStringView(lower).sliced(i, length));
            inGap = false;
        } else if (!inGap) {
            out.append(QLatin1Char(' '));
            inGap = true;
        }
        i += length;
    }
    return out.trimmed();
}

// A description is worth keeping as standfirst when it is complete and not
// just the start of the body.
bool sensibleStandfirst(const QString &description, const QStringList &paragraphs, const QString &headline)
{
    // Cut-off descriptions ("..." or mid-sentence) are teasers, not standfirsts.
    static const QRegularExpression complete(QStringLiteral("[.!?]['\"\\x{2019}\\x{201D}]?$"));
    if (description.size() < 30 || description.endsWith(QLatin1String("...")) || !description.contains(complete))
        return false;
    const QString d = normalisedForCompare(description);
    if (d == normalisedForCompare(headline))
        return false;
    for (qsizetype i = 0; i < qMin<qsizetype>(paragraphs.size(), 3); ++i) {
        const QString p = normalisedForCompare(paragraphs.at(i));
        if (p.startsWith(d) || d.startsWith(p))
            return false;
    }
    return true;
}

void OutputDeleter::operator()(GumboOutput *o) const
{
    gumbo_destroy_output(&parseOptions(), o);
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
    std::unique_ptr<GumboOutput, OutputDeleter> output(
        gumbo_parse_with_options(&parseOptions(), utf8.constData(), size_t(utf8.size())));
    if (!output)
        return ImportResult::failure(QStringLiteral("the HTML page could not be parsed"));
    stash.restore(output->document, parseOptions());

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
    if (!a.paragraphs.isEmpty() && normalisedForCompare(a.paragraphs.first()) == normalisedForCompare(a.headline))
        a.paragraphs.removeFirst();
    if (sensibleStandfirst(meta.description, a.paragraphs, a.headline))
        a.standfirst = meta.description;
    // A title over nothing (a page its scripts would have filled) is no article.
    if (a.paragraphs.isEmpty())
        return ImportResult::failure(QStringLiteral("no article text found in the HTML page"));
    ImportResult r;
    r.articles << a;
    return r;
}

} // namespace dateline
