#include "model/article.h"

#include <QCryptographicHash>

namespace dateline {

namespace {

// Whitespace runs and case differ between copies of the same story (a feed
// item and the saved page, say); they must not make it a different article.
QString normalisedForHash(const QString &text)
{
    return text.simplified().toCaseFolded();
}

} // namespace

QString Article::contentHash() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(normalisedForHash(headline).toUtf8());
    for (const QString &p : paragraphs) {
        hash.addData(QByteArrayView("\n"));
        hash.addData(normalisedForHash(p).toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
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
