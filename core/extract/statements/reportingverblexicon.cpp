#include "extract/statements/reportingverblexicon.h"

#include "extract/statements/lexicon.h"
#include "extract/statements/wordlist.h"

namespace dateline {

// Verbs that report speech on their own: "He said Russia is open".
static const WordList &strongVerbs()
{
    static const WordList strong {
        u"said",       u"says",        u"say",         u"stated",     u"states",     u"stressed",   u"stresses",
        u"added",      u"adds",        u"told",        u"tells",      u"noted",      u"notes",      u"warned",
        u"warns",      u"argued",      u"argues",      u"insisted",   u"insists",    u"asserted",   u"asserts",
        u"explained",  u"explains",    u"emphasized",  u"emphasised", u"emphasizes", u"emphasises", u"underlined",
        u"underlines", u"underscored", u"underscores", u"reiterated", u"reiterates", u"remarked",   u"replied",
        u"wrote",      u"writes",      u"tweeted",     u"cautioned",  u"maintained", u"contended",  u"affirmed",
        u"reaffirmed"};
    return strong;
}

// Verbs often used for other things ("announced a plan", "claimed lives").
static const WordList &weakVerbs()
{
    static const WordList weak {u"claimed",    u"claims",      u"declared", u"declares",  u"announced",    u"announces",
                                u"urged",      u"urges",       u"conveyed", u"conveys",   u"acknowledged", u"admitted",
                                u"confirmed",  u"highlighted", u"observed", u"suggested", u"predicted",    u"vowed",
                                u"pledged",    u"promised",    u"believes", u"commented", u"mentioned",    u"recalled",
                                u"complained", u"hoped",       u"expressed"};
    return weak;
}

// Participles after a comma that take the sentence's subject: "…, arguing that".
static const WordList &participleVerbs()
{
    static const WordList participle {
        u"saying",       u"stating",     u"adding",      u"noting",      u"arguing",     u"insisting", u"stressing",
        u"warning",      u"emphasizing", u"emphasising", u"explaining",  u"claiming",    u"asserting", u"underlining",
        u"underscoring", u"declaring",   u"affirming",   u"reiterating", u"reaffirming", u"urging",    u"telling",
        u"writing",      u"cautioning",  u"maintaining", u"recalling",   u"announcing"};
    return participle;
}

ReportingVerbLexicon::Strength ReportingVerbLexicon::strengthOf(quint32 flags)
{
    if (flags & Lexicon::StrongVerb)
        return Strong;
    if (flags & Lexicon::ParticipleVerb)
        return Participle;
    if (flags & Lexicon::WeakVerb)
        return Weak;
    return NotAVerb;
}

// Nouns that introduce a reported clause: "reaffirmed Moscow's position that …".
static const WordList &stanceNounWords()
{
    static const WordList nouns {u"position",   u"view",        u"stance",     u"belief",     u"conviction",
                                 u"assessment", u"argument",    u"claim",      u"hope",       u"readiness",
                                 u"opinion",    u"assertion",   u"insistence", u"warning",    u"assurance",
                                 u"assurances", u"message",     u"point",      u"confidence", u"expectation",
                                 u"concern",    u"fear",        u"fears",      u"allegation", u"allegations",
                                 u"accusation", u"accusations", u"statement",  u"remarks"};
    return nouns;
}

// Who or where something was told: "told reporters", "in an interview".
static const WordList &audienceWordWords()
{
    static const WordList words {
        u"reporters",   u"journalists",  u"correspondents", u"press",      u"media",     u"news",        u"conference",
        u"briefing",    u"crowd",        u"audience",       u"supporters", u"lawmakers", u"legislators", u"parliament",
        u"delegates",   u"state",        u"television",     u"tv",         u"radio",     u"broadcaster", u"newspaper",
        u"daily",       u"agency",       u"channel",        u"interview",  u"an",        u"a",           u"the",
        u"his",         u"her",          u"their",          u"in",         u"on",        u"with",        u"at",
        u"during",      u"after",        u"local",          u"foreign",    u"public",    u"senators",    u"students",
        u"troops",      u"participants", u"statement",      u"post",       u"video",     u"address",     u"message",
        u"speech",      u"remarks",      u"call",           u"phone",      u"meeting",   u"sidelines",   u"summit",
        u"visit",       u"session",      u"hearing",        u"event",      u"ceremony",  u"forum",       u"rally",
        u"program",     u"programme",    u"show",           u"broadcast",  u"telegram",  u"x",           u"attendees",
        u"counterpart", u"counterparts", u"leaders",        u"members",    u"officials", u"diplomats",   u"envoys",
        u"ambassadors", u"guests",       u"visitors",       u"me",         u"us",        u"him",         u"them",
        u"it"};
    return words;
}

void ReportingVerbLexicon::addTo(WordList &table)
{
    strongVerbs().addTo(table, Lexicon::StrongVerb);
    weakVerbs().addTo(table, Lexicon::WeakVerb);
    participleVerbs().addTo(table, Lexicon::ParticipleVerb);
    stanceNounWords().addTo(table, Lexicon::Stance);
    audienceWordWords().addTo(table, Lexicon::Audience);
}

} // namespace dateline
