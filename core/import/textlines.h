#pragma once

#include <QString>
#include <QStringList>

namespace dateline {

// Shared by the plain-text importers: line splitting that accepts LF, CRLF
// and CR, and whitespace normalisation that turns no-break and other exotic
// spaces into ordinary ones (they are layout, not content).
namespace textlines {

QString normaliseSpaces(const QString &line);
QStringList splitLines(const QString &text);
// Paragraphs from lines: blank-line separated blocks (lines inside a block
// joined by a space) when the text has blank lines, one per line otherwise.
QStringList paragraphsFrom(const QStringList &lines);
// Share of b's words (lower case, runs of letters, digits and '_') that a
// also has, by length (Readability's _textSimilarity): 0..1.
double wordSimilarity(const QString &a, const QString &b);
// "Jan", "January", "Sept." -> 1..12, or 0.
int monthNumber(QStringView name);

} // namespace textlines
} // namespace dateline
