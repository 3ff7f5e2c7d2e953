#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dateline {

// How an article's paragraphs are stored once: joined by blank lines in
// articles.body (the text the full-text index reads), with their UTF-8 byte
// lengths in articles.paragraph_lengths ("12,340,7") to cut them out again.
// Byte lengths, not characters, so a paragraph is found without decoding
// the text before it and whatever it holds (blank lines included).
class ParagraphText final
{
public:
    static QString body(const QStringList &paragraphs);
    static QString lengths(const QStringList &paragraphs);
    // body(paragraphs) as UTF-8 and lengths(paragraphs), each paragraph
    // converted once.
    struct Encoded
    {
        QByteArray bodyUtf8;
        QString lengths;
        QList<qsizetype> byteLengths; // what `lengths` spells out
    };
    static Encoded encode(const QStringList &paragraphs);
    // The paragraphs of a stored body; a damaged length list yields what
    // the body still holds rather than reading past it.
    static QStringList split(const QByteArray &bodyUtf8, const QString &lengths);
    // Paragraph `index` (empty when there is none).
    static QString at(const QByteArray &bodyUtf8, const QString &lengths, int index);

private:
    static constexpr qsizetype kSeparatorBytes = 2; // "\n\n"
};

} // namespace dateline
