#include "feeds/feeddiscovery.h"

#include "import/html/htmltext.h"
#include "import/textdecoder.h"

#include <gumbo.h>

#include <QSet>

#include <memory>
#include <vector>

namespace dateline {

namespace {

constexpr int kMaxLinks = 32;

struct OutputDeleter
{
    void operator()(GumboOutput *o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&element.attributes, name);
    return a ? QString::fromUtf8(a->value).trimmed() : QString();
}

bool isAlternate(const QString &rel)
{
    const QStringList tokens = rel.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return tokens.contains(QLatin1String("alternate"));
}

bool isFeedType(const QString &type)
{
    const QString t = type.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    return t == QLatin1String("application/rss+xml") || t == QLatin1String("application/atom+xml")
        || t == QLatin1String("application/rdf+xml");
}

} // namespace

QList<FeedDiscovery::Link> FeedDiscovery::discover(const QByteArray &html, const QUrl &pageUrl)
{
    const TextDecoder::Result decoded = TextDecoder::decode(html, TextDecoder::sniffHtmlCharset(html.left(4096)));
    const QByteArray utf8 = HtmlText::limitNesting(decoded.text.toUtf8());
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    std::unique_ptr<GumboOutput, OutputDeleter> output(
        gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size())));
    if (!output)
        return {};

    QUrl base = pageUrl;
    QList<Link> links;
    QSet<QUrl> seen;
    // Iterative walk: a page's nesting depth must not decide the stack depth.
    std::vector<const GumboNode *> stack {output->document};
    while (!stack.empty() && links.size() < kMaxLinks) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        const GumboVector *children = nullptr;
        if (node->type == GUMBO_NODE_DOCUMENT) {
            children = &node->v.document.children;
        } else if (node->type == GUMBO_NODE_ELEMENT) {
            const GumboElement &e = node->v.element;
            if (e.tag == GUMBO_TAG_BASE) {
                const QString href = attribute(e, "href");
                if (!href.isEmpty())
                    base = pageUrl.resolved(QUrl(href));
            } else if ((e.tag == GUMBO_TAG_LINK || e.tag == GUMBO_TAG_A) && isAlternate(attribute(e, "rel"))
                       && isFeedType(attribute(e, "type"))) {
                const QString href = attribute(e, "href");
                const QUrl url = base.resolved(QUrl(href));
                const QString scheme = url.scheme().toLower();
                if (!href.isEmpty() && url.isValid()
                    && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !seen.contains(url)) {
                    seen.insert(url);
                    links << Link {url, attribute(e, "title"),
                                   attribute(e, "type").section(QLatin1Char(';'), 0, 0).trimmed().toLower()};
                }
            }
            children = &e.children;
        }
        if (!children)
            continue;
        // Pushed backwards so the walk visits them in document order.
        for (unsigned i = children->length; i > 0; --i)
            stack.push_back(static_cast<const GumboNode *>(children->data[i - 1]));
    }
    return links;
}

} // namespace dateline
