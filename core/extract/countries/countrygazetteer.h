#pragma once

#include "extract/countries/gazetteerentry.h"
#include "extract/statements/wordlist.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace dateline {

// The country vocabulary (ISO names, curated names, demonyms, capitals,
// seats of government and blocking phrases), built once from the resources
// and indexed by first token so matching costs one hash look-up per word.
class CountryGazetteer final
{
public:
    // The shared instance; built on first use (thread-safe static init).
    static const CountryGazetteer &instance();

    const GazetteerEntry &entry(int index) const { return m_entries.at(std::size_t(index)); }
    // Entries whose first token is `word` in any letter case, longest
    // first; null when none. Names are matched case-sensitively, so the
    // caller compares the first token too.
    const QList<int> *candidates(QStringView word) const;
    // The entry that spans all of `phrase` ("Moscow", "Kuala Lumpur"), or -1.
    int lookup(QStringView phrase) const;
    // The country of a place line such as "MOSCOW" or "ANKARA, Turkey": a
    // capital, seat or country name, in any letter case; empty otherwise.
    QString placeCode(QStringView place) const;
    QString displayName(const QString &code) const;
    bool isCode(const QString &code) const { return m_display.contains(code); }
    // Whether every phrase starts with a capital, so lower-case words can be
    // skipped without a look-up.
    bool allCapitalised() const { return m_allCapitalised; }

    // Loads from explicit TSV texts; instance() uses the compiled-in files.
    CountryGazetteer(const QString &isoTsv, const QString &aliasesTsv);

private:
    void add(GazetteerEntry e, QHash<QString, bool> &seen);
    void buildIndex();

    std::vector<GazetteerEntry> m_entries;
    // First words, case-folded, in a flat table whose flags number the
    // word's group in m_groups: most capitalised words in a story start no
    // entry and stop at one probe there.
    WordList m_firstWords;
    // Entries by first word regardless of case, longest first.
    std::vector<QList<int>> m_groups;
    QHash<QString, QString> m_display;
    bool m_allCapitalised = true;
};

} // namespace dateline
