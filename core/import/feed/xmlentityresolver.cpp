#include "import/feed/xmlentityresolver.h"

#include <gumbo.h>

#include <memory>

namespace dateline {

namespace {

struct OutputDeleter
{
    void operator()(GumboOutput *o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

// The replacement is parsed again as markup by QXmlStreamReader, so every
// character that could start markup goes back as a character reference.
QString asCharacterReferences(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        if (c == QLatin1Char('&') || c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('%')
            || c.unicode() >= 0x80) {
            if (c.isHighSurrogate() || c.isLowSurrogate()) {
                out.append(c);
                continue;
            }
            out.append(QLatin1String("&#") + QString::number(c.unicode()) + QLatin1Char(';'));
        } else {
            out.append(c);
        }
    }
    return out;
}

bool isEntityName(const QString &name)
{
    if (name.isEmpty() || name.size() > 32)
        return false;
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80))
            return false;
    }
    return true;
}

} // namespace

XmlEntityResolver::XmlEntityResolver(QHash<QString, QString> declared)
    : m_declared(std::move(declared))
{
}

QString XmlEntityResolver::htmlEntity(const QString &name)
{
    if (!isEntityName(name))
        return {};
    const QByteArray source = "&" + name.toLatin1() + ";";
    std::unique_ptr<GumboOutput, OutputDeleter> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, source.constData(), size_t(source.size())));
    if (!output)
        return {};
    // document > html > body > text
    const GumboNode *node = output->root;
    for (int guard = 0; node && node->type == GUMBO_NODE_ELEMENT && guard < 4; ++guard) {
        const GumboVector &children = node->v.element.children;
        const GumboNode *next = nullptr;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type == GUMBO_NODE_TEXT)
                return QString::fromUtf8(child->v.text.text) == QString::fromLatin1(source)
                    ? QString()
                    : QString::fromUtf8(child->v.text.text);
            if (child->type == GUMBO_NODE_ELEMENT)
                next = child;
        }
        node = next;
    }
    return {};
}

QString XmlEntityResolver::resolveUndeclaredEntity(const QString &name)
{
    if (m_budget <= 0)
        return QStringLiteral("");
    auto cached = m_cache.constFind(name);
    if (cached == m_cache.constEnd()) {
        QString text;
        if (auto declared = m_declared.constFind(name); declared != m_declared.constEnd())
            text = *declared;
        else
            text = htmlEntity(name);
        if (text.isEmpty())
            text = QLatin1Char('&') + name.left(64) + QLatin1Char(';'); // unknown: keep it visible as text
        cached = m_cache.insert(name, asCharacterReferences(text));
    }
    m_budget -= cached->size();
    return *cached;
}

} // namespace dateline
