#include "extract/statements/lexicon.h"

#include "extract/statements/reportingverblexicon.h"
#include "extract/statements/speakerlexicon.h"
#include "extract/statements/wordlist.h"

namespace dateline {

const WordList &Lexicon::table()
{
    static const WordList table = [] {
        WordList t;
        SpeakerLexicon::addTo(t);
        ReportingVerbLexicon::addTo(t);
        return t;
    }();
    return table;
}

} // namespace dateline
