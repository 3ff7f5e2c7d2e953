#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

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
};

} // namespace dateline
