#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QXmlStreamReader>

namespace dateline {

// Makes untrusted XML bytes safe and simple for QXmlStreamReader: the text is
// transcoded to UTF-8 (BOM, declared charset, detection) with the prolog fixed
// to match, and the DOCTYPE is cut out so that no DTD entity is ever expanded
// by the parser. Plain internal entities (text without references) are handed
// back for XmlEntityResolver; declarations that nest references (expansion
// bombs) make the document refused.
class XmlPreparer final
{
public:
    struct Result
    {
        QByteArray utf8;
        QHash<QString, QString> entities; // name -> replacement text
        QString error; // one line; set when the document must be refused
    };

    static Result prepare(const QByteArray &data);

    // The prefix named by a "namespace prefix not declared" error, if that
    // is what stopped the reader. Feeds often use itunes: or dc: without
    // declaring them; declarePrefix() then lets a second parse go through.
    static QString undeclaredPrefix(const QXmlStreamReader &reader);
    // Declares the prefix on the root element (well-known prefixes get
    // their real namespace). False when there is no root start tag.
    static bool declarePrefix(QByteArray &utf8, const QString &prefix);
};

} // namespace dateline
