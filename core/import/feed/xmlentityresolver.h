#pragma once

#include <QHash>
#include <QString>
#include <QXmlStreamEntityResolver>

namespace dateline {

// Answers entity references the document does not declare: HTML named
// entities (&nbsp; in RSS) become their characters, plain internal entities
// from the cut-out DOCTYPE their text, anything else stays as literal text.
// The total replacement text is bounded, so references cannot blow up memory.
class XmlEntityResolver final : public QXmlStreamEntityResolver
{
public:
    explicit XmlEntityResolver(QHash<QString, QString> declared = {});

    QString resolveUndeclaredEntity(const QString &name) override;

    // The character(s) an HTML named entity stands for, empty if unknown.
    static QString htmlEntity(const QString &name);

private:
    QHash<QString, QString> m_declared;
    QHash<QString, QString> m_cache;
    qsizetype m_budget = 1024 * 1024;
};

} // namespace dateline
