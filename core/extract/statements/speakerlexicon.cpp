#include "extract/statements/speakerlexicon.h"

#include "extract/statements/lexicon.h"
#include "extract/statements/wordlist.h"

namespace dateline {

// Words of an office that make a role: "President", "Foreign Minister", "spokeswoman".
static const WordList &titleWords()
{
    static const WordList words {u"president",
                                 u"vice",
                                 u"prime",
                                 u"minister",
                                 u"secretary",
                                 u"secretary-general",
                                 u"spokesman",
                                 u"spokeswoman",
                                 u"spokesperson",
                                 u"chancellor",
                                 u"foreign",
                                 u"defense",
                                 u"defence",
                                 u"interior",
                                 u"finance",
                                 u"economy",
                                 u"trade",
                                 u"energy",
                                 u"health",
                                 u"justice",
                                 u"deputy",
                                 u"chief",
                                 u"ambassador",
                                 u"envoy",
                                 u"senator",
                                 u"sen.",
                                 u"rep.",
                                 u"representative",
                                 u"governor",
                                 u"gov.",
                                 u"mayor",
                                 u"king",
                                 u"queen",
                                 u"prince",
                                 u"princess",
                                 u"crown",
                                 u"emir",
                                 u"sheikh",
                                 u"pope",
                                 u"general",
                                 u"gen.",
                                 u"commander",
                                 u"director",
                                 u"director-general",
                                 u"chairman",
                                 u"chairwoman",
                                 u"chair",
                                 u"head",
                                 u"leader",
                                 u"premier",
                                 u"commissioner",
                                 u"coordinator",
                                 u"adviser",
                                 u"advisor",
                                 u"negotiator",
                                 u"press",
                                 u"state",
                                 u"counterpart",
                                 u"speaker",
                                 u"lawmaker",
                                 u"congressman",
                                 u"congresswoman",
                                 u"dr.",
                                 u"mr.",
                                 u"mrs.",
                                 u"ms.",
                                 u"dr",
                                 u"mr",
                                 u"mrs",
                                 u"ms",
                                 u"lt.",
                                 u"col.",
                                 u"colonel",
                                 u"admiral",
                                 u"marshal",
                                 u"ayatollah",
                                 u"sultan",
                                 u"mufti",
                                 u"patriarch",
                                 u"cardinal",
                                 u"bishop",
                                 u"rabbi",
                                 u"imam",
                                 u"judge",
                                 u"justice",
                                 u"attorney",
                                 u"prosecutor",
                                 u"official",
                                 u"diplomat",
                                 u"executive",
                                 u"ceo",
                                 u"founder",
                                 u"councillor",
                                 u"councilor",
                                 u"chargé",
                                 u"charge",
                                 u"d'affaires",
                                 u"high",
                                 u"national",
                                 u"security",
                                 u"affairs",
                                 u"ombudsman",
                                 u"spokespeople",
                                 u"aide",
                                 u"assistant",
                                 u"special",
                                 u"presidential",
                                 u"economist",
                                 u"analyst",
                                 u"expert",
                                 u"professor",
                                 u"prof.",
                                 u"researcher",
                                 u"activist",
                                 u"mp"};
    return words;
}

// Nouns that describe a person standing in for a name: "the president", "officials".
static const WordList &personNounWords()
{
    static const WordList words {u"president",
                                 u"minister",
                                 u"secretary",
                                 u"spokesman",
                                 u"spokeswoman",
                                 u"spokesperson",
                                 u"chancellor",
                                 u"premier",
                                 u"leader",
                                 u"official",
                                 u"officials",
                                 u"diplomat",
                                 u"diplomats",
                                 u"envoy",
                                 u"ambassador",
                                 u"senator",
                                 u"governor",
                                 u"mayor",
                                 u"king",
                                 u"queen",
                                 u"prince",
                                 u"emir",
                                 u"monarch",
                                 u"general",
                                 u"commander",
                                 u"chief",
                                 u"director",
                                 u"chairman",
                                 u"chairwoman",
                                 u"head",
                                 u"lawmaker",
                                 u"lawmakers",
                                 u"negotiator",
                                 u"adviser",
                                 u"advisor",
                                 u"representative",
                                 u"ruler",
                                 u"prosecutor",
                                 u"judge",
                                 u"source",
                                 u"sources",
                                 u"analyst",
                                 u"analysts",
                                 u"expert",
                                 u"experts",
                                 u"economist",
                                 u"economists",
                                 u"witness",
                                 u"witnesses",
                                 u"resident",
                                 u"residents",
                                 u"spokespeople",
                                 u"secretary-general",
                                 u"pope",
                                 u"counterpart",
                                 u"politician",
                                 u"candidate",
                                 u"aide",
                                 u"executive",
                                 u"professor",
                                 u"researcher",
                                 u"activist",
                                 u"man",
                                 u"woman",
                                 u"mother",
                                 u"father",
                                 u"officer",
                                 u"officers",
                                 u"soldier",
                                 u"doctor",
                                 u"lawyer",
                                 u"founder",
                                 u"ceo",
                                 u"commissioner",
                                 u"coordinator",
                                 u"mediator"};
    return words;
}

// Words that make a name an organisation: "Ministry", "Kremlin".
static const WordList &organisationWordWords()
{
    static const WordList words {
        u"ministry",     u"kremlin",    u"government",     u"department",     u"office",     u"embassy",
        u"army",         u"military",   u"police",         u"administration", u"agency",     u"council",
        u"committee",    u"commission", u"company",        u"firm",           u"group",      u"organization",
        u"organisation", u"party",      u"presidency",     u"cabinet",        u"parliament", u"court",
        u"union",        u"alliance",   u"bloc",           u"pentagon",       u"nato",       u"un",
        u"eu",           u"imf",        u"opec",           u"secretariat",    u"authority",  u"authorities",
        u"service",      u"forces",     u"directorate",    u"institute",      u"foundation", u"association",
        u"federation",   u"bank",       u"fund",           u"corporation",    u"corp",       u"inc",
        u"ltd",          u"coalition",  u"movement",       u"front",          u"navy",       u"command",
        u"senate",       u"congress",   u"assembly",       u"legislature",    u"mission",    u"delegation",
        u"board",        u"bureau",     u"centre",         u"center",         u"network",    u"channel",
        u"newspaper",    u"statement",  u"spokesperson's", u"palace",         u"house",      u"hamas",
        u"hezbollah",    u"taliban",    u"ukrinform",      u"tass",           u"ria",        u"xinhua",
        u"reuters",      u"afp",        u"interfax",       u"anadolu",        u"irna",       u"kcna",
        u"yonhap"};
    return words;
}

// Modifiers inside a description: "the former Russian foreign minister".
static const WordList &modifierWords()
{
    static const WordList words {
        u"former",       u"senior",       u"top",          u"new",       u"newly",      u"visiting",
        u"current",      u"then",         u"acting",       u"outgoing",  u"incoming",   u"longtime",
        u"veteran",      u"local",        u"regional",     u"federal",   u"provincial", u"military",
        u"government",   u"ministry",     u"kremlin",      u"white",     u"house",      u"state",
        u"department",   u"u.s.",         u"u.n.",         u"eu",        u"nato",       u"russian",
        u"american",     u"country's",    u"nation's",     u"two",       u"three",      u"other",
        u"several",      u"some",         u"many",         u"unnamed",   u"anonymous",  u"israeli",
        u"palestinian",  u"ukrainian",    u"turkish",      u"chinese",   u"iranian",    u"french",
        u"german",       u"british",      u"european",     u"western",   u"iraqi",      u"syrian",
        u"egyptian",     u"saudi",        u"indian",       u"pakistani", u"afghan",     u"japanese",
        u"korean",       u"north",        u"south",        u"defense",   u"defence",    u"foreign",
        u"interior",     u"prime",        u"vice",         u"deputy",    u"chief",      u"press",
        u"presidential", u"security",     u"intelligence", u"health",    u"finance",    u"economy",
        u"trade",        u"energy",       u"justice",      u"affairs",   u"public",     u"police",
        u"army",         u"high-ranking", u"high",         u"ranking",   u"spokesman",  u"foreign-ministry",
        u"its",          u"his",          u"her",          u"their",     u"our",        u"another",
        u"one",          u"this",         u"that"};
    return words;
}

// Words that open a noun phrase.
static const WordList &determinerWords()
{
    static const WordList words {u"the",   u"a",   u"an",   u"his",  u"her",     u"its",
                                 u"their", u"our", u"this", u"that", u"another", u"one"};
    return words;
}

// Capitalised words that start sentences but are not names.
static const WordList &functionWordWords()
{
    static const WordList words {
        u"the",         u"a",        u"an",         u"but",          u"and",        u"or",          u"so",
        u"yet",         u"in",       u"on",         u"at",           u"for",        u"meanwhile",   u"however",
        u"also",        u"still",    u"then",       u"when",         u"while",      u"after",       u"before",
        u"as",          u"last",     u"this",       u"that",         u"these",      u"those",       u"earlier",
        u"later",       u"now",      u"today",      u"yesterday",    u"tomorrow",   u"monday",      u"tuesday",
        u"wednesday",   u"thursday", u"friday",     u"saturday",     u"sunday",     u"january",     u"february",
        u"march",       u"april",    u"may",        u"june",         u"july",       u"august",      u"september",
        u"october",     u"november", u"december",   u"if",           u"although",   u"though",      u"because",
        u"since",       u"during",   u"despite",    u"with",         u"without",    u"from",        u"by",
        u"of",          u"to",       u"there",      u"here",         u"it",         u"he",          u"she",
        u"they",        u"we",       u"i",          u"you",          u"his",        u"her",         u"their",
        u"its",         u"our",      u"separately", u"additionally", u"moreover",   u"furthermore", u"instead",
        u"indeed",      u"asked",    u"speaking",   u"according",    u"previously", u"overall",     u"nevertheless",
        u"nonetheless", u"thus",     u"hence",      u"not",          u"no",         u"all",         u"both",
        u"each",        u"every",    u"some",       u"many",         u"most",       u"several",     u"other",
        u"such",        u"what",     u"which",      u"who",          u"whom",       u"whose",       u"where",
        u"why",         u"how",      u"once",       u"until",        u"under",      u"over",        u"about",
        u"between",     u"against",  u"among",      u"into",         u"through",    u"following",   u"amid",
        u"regarding",   u"mr",       u"mrs",        u"ms",           u"mr.",        u"mrs.",        u"ms."};
    return words;
}

// Lower-case parts of names: "bin", "al", "van", "de".
static const WordList &nameParticleWords()
{
    static const WordList words {u"bin", u"bint", u"ibn", u"al",    u"el",  u"van", u"von", u"der",
                                 u"den", u"de",   u"del", u"della", u"da",  u"di",  u"du",  u"la",
                                 u"le",  u"dos",  u"das", u"y",     u"abu", u"ben"};
    return words;
}

// Words between a subject and its verb: "Putin also said".
static const WordList &adverbWords()
{
    static const WordList words {
        u"also",       u"later",      u"earlier",    u"further",     u"again",          u"previously",
        u"reportedly", u"then",       u"separately", u"recently",    u"repeatedly",     u"has",
        u"had",        u"have",       u"once",       u"often",       u"publicly",       u"openly",
        u"privately",  u"frequently", u"had",        u"already",     u"additionally",   u"similarly",
        u"likewise",   u"first",      u"last",       u"yesterday",   u"today",          u"explicitly",
        u"firmly",     u"strongly",   u"clearly",    u"bluntly",     u"flatly",         u"specifically",
        u"directly",   u"simply",     u"just",       u"now",         u"himself",        u"herself",
        u"itself",     u"personally", u"however",    u"meanwhile",   u"subsequently",   u"immediately",
        u"quickly",    u"angrily",    u"calmly",     u"confidently", u"optimistically", u"cautiously"};
    return words;
}

// Words after a verb before "that": "said on Thursday that".
static const WordList &adverbialStartWords()
{
    static const WordList words {
        u"on",         u"in",     u"at",         u"during",  u"after",      u"before",    u"late",     u"early",
        u"earlier",    u"later",  u"last",       u"this",    u"today",      u"yesterday", u"recently", u"also",
        u"repeatedly", u"again",  u"previously", u"monday",  u"tuesday",    u"wednesday", u"thursday", u"friday",
        u"saturday",   u"sunday", u"while",      u"when",    u"as",         u"following", u"via",      u"through",
        u"from",       u"to",     u"over",       u"amid",    u"separately", u"further",   u"however",  u"then",
        u"now",        u"here",   u"there",      u"too",     u"publicly",   u"firmly",    u"clearly",  u"explicitly",
        u"bluntly",    u"once",   u"plainly",    u"frankly", u"flatly"};
    return words;
}

// Days and times between a subject and its verb: "Erdogan on Thursday said".
static const WordList &timeWordWords()
{
    static const WordList words {u"monday",  u"tuesday", u"wednesday", u"thursday", u"friday",  u"saturday",
                                 u"sunday",  u"today",   u"yesterday", u"tonight",  u"morning", u"afternoon",
                                 u"evening", u"night",   u"weekend",   u"week"};
    return words;
}

static const WordList &abbreviationWords()
{
    static const WordList words {
        u"mr",     u"mrs", u"ms",   u"dr",  u"gen", u"lt",  u"col",  u"sgt",  u"capt", u"maj",  u"sen", u"rep",
        u"gov",    u"st",  u"prof", u"jan", u"feb", u"mar", u"apr",  u"jun",  u"jul",  u"aug",  u"sep", u"sept",
        u"oct",    u"nov", u"dec",  u"no",  u"vs",  u"etc", u"inc",  u"corp", u"co",   u"ltd",  u"jr",  u"sr",
        u"approx", u"est", u"fig",  u"mt",  u"ft",  u"adm", u"cmdr", u"gens", u"reps", u"sens", u"rev", u"hon"};
    return words;
}

bool SpeakerLexicon::isAbbreviation(QStringView word)
{
    if (word.size() == 1 && word.front().isUpper())
        return true; // an initial: George W. Bush
    return abbreviationWords().contains(word);
}

// Pronouns that can stand for a speaker.
static const WordList &personalPronounWords()
{
    static const WordList words {u"he", u"she", u"it", u"they", u"we", u"i"};
    return words;
}

SpeakerLexicon::Gender SpeakerLexicon::genderOf(QStringView word)
{
    // Female words and a few common female first names in the news; "he"
    // is never assumed from a name, only learnt from the text.
    static const WordList female {
        u"she",           u"her",      u"spokeswoman", u"chairwoman", u"congresswoman", u"queen",      u"princess",
        u"mrs",           u"mrs.",     u"ms",          u"ms.",        u"madam",         u"woman",      u"mother",
        u"businesswoman", u"maria",    u"anna",        u"ursula",     u"kamala",        u"hillary",    u"angela",
        u"kaja",          u"karoline", u"giorgia",     u"annalena",   u"olena",         u"yulia",      u"elena",
        u"marine",        u"theresa",  u"nancy",       u"liz",        u"christine",     u"kristalina", u"tulsi",
        u"kristi",        u"claudia",  u"jacinda",     u"sanna",      u"mette",         u"roberta",    u"linda",
        u"samantha",      u"nikki",    u"condoleezza", u"madeleine",  u"valentina",     u"svetlana",   u"natalia",
        u"tatiana",       u"irina",    u"olga",        u"iryna",      u"mary",          u"sarah",      u"sara",
        u"emily",         u"jennifer", u"elizabeth",   u"catherine",  u"katherine",     u"kate",       u"margaret",
        u"rachel",        u"rebecca",  u"susan",       u"laura",      u"julia",         u"sophie",     u"fatima",
        u"aisha",         u"leila",    u"layla",       u"amina",      u"zeynep",        u"ayse",       u"emine",
        u"hatice"};
    static const WordList male {u"he",          u"him",    u"his",  u"spokesman", u"chairman", u"congressman",
                                u"king",        u"prince", u"mr",   u"mr.",       u"man",      u"father",
                                u"businessman", u"sultan", u"emir", u"pope",      u"ayatollah"};
    if (female.contains(word))
        return Gender::Female;
    if (male.contains(word))
        return Gender::Male;
    return Gender::Unknown;
}

void SpeakerLexicon::addTo(WordList &table)
{
    titleWords().addTo(table, Lexicon::Title);
    personNounWords().addTo(table, Lexicon::PersonNoun);
    organisationWordWords().addTo(table, Lexicon::Organisation);
    modifierWords().addTo(table, Lexicon::Modifier);
    determinerWords().addTo(table, Lexicon::Determiner);
    functionWordWords().addTo(table, Lexicon::Function);
    nameParticleWords().addTo(table, Lexicon::Particle);
    adverbWords().addTo(table, Lexicon::Adverb);
    adverbialStartWords().addTo(table, Lexicon::AdverbialStart);
    personalPronounWords().addTo(table, Lexicon::Pronoun);
    timeWordWords().addTo(table, Lexicon::Time);
}

} // namespace dateline
