#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace dateline {

// Keeps the contents of CDATA sections away from QXmlStreamReader, which
// copies CDATA into its text buffer one character at a time (a call per
// character) and so spends most of a feed's parse time on the HTML that
// feeds wrap in <content:encoded><![CDATA[...]]>. stash() replaces each long
// section's content by a short placeholder followed by the content's
// newlines (so line numbers in error messages stay right); restore() puts
// the content back into text the reader returns. A section is only stashed
// when the reader would take its content as it is: no carriage return (line
// ends are normalised), no character XML forbids. When the document could
// yield the placeholder characters itself, nothing is stashed.
class CdataStash final
{
public:
    // The document to parse instead of utf8; entities are the replacement
    // texts the reader may insert (XmlPreparer::Result::entities).
    QByteArray stash(const QByteArray &utf8, const QHash<QString, QString> &entities);
    // text with every placeholder replaced by its section's content.
    QString restore(QStringView text) const;
    bool isEmpty() const { return m_runs.isEmpty(); }

private:
    struct Run
    {
        qsizetype offset;
        qsizetype size;
        qsizetype newlines;
    };
    QByteArray m_utf8;
    QList<Run> m_runs;
};

} // namespace dateline
