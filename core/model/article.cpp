#include "model/article.h"

#include <QCryptographicHash>

namespace dateline {

namespace {

// Whitespace runs and case differ between copies of the same story (a feed
// item and the saved page, say); they must not make it a different article.
// Appends text.simplified().toCaseFolded() as UTF-8: the hashes of every
// stored article depend on exactly this. ASCII text (most paragraphs of
// English news) goes in one pass instead of through three copies.
void appendNormalised(const QString &text, QByteArray &out)
{
    const auto *p = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] >= 0x80) {
            out += text.simplified().toCaseFolded().toUtf8();
            return;
        }
    }
    // QChar::isSpace below 0x80: tab, line feed, vertical tab, form feed,
    // carriage return, space.
    const auto isSpace = [](char16_t c) {
        return c == u' ' || (c >= 0x09 && c <= 0x0d);
    };
    bool gap = false;
    bool started = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        if (isSpace(c)) {
            gap = started;
            continue;
        }
        if (gap)
            out += ' ';
        gap = false;
        started = true;
        out += char(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c);
    }
}

} // namespace

QString Article::contentHash() const
{
    QByteArray text;
    qsizetype size = headline.size();
    for (const QString &p : paragraphs)
        size += 1 + p.size();
    text.reserve(size);
    appendNormalised(headline, text);
    for (const QString &p : paragraphs) {
        text += '\n';
        appendNormalised(p, text);
    }
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

QString Article::plainText() const
{
    QStringList parts;
    if (!headline.isEmpty())
        parts << headline;
    if (!standfirst.isEmpty())
        parts << standfirst;
    parts << paragraphs;
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace dateline
