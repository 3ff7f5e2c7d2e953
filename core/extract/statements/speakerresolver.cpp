#include "extract/statements/speakerresolver.h"

#include "extract/statements/lexicon.h"
#include "extract/statements/mentionfinder.h"

#include <QHash>

#include <utility>

namespace dateline {

namespace {

constexpr size_t kMaxEntities = 500;

// Visits the words of a space-separated phrase without building a list.
template<typename Visit> void forEachWord(QStringView s, Visit visit)
{
    qsizetype from = 0;
    while (from < s.size()) {
        qsizetype to = s.indexOf(u' ', from);
        if (to < 0)
            to = s.size();
        if (to > from && !visit(s.sliced(from, to - from)))
            return;
        from = to + 1;
    }
}

QStringList lowerWords(const QString &s)
{
    QStringList out;
    forEachWord(s, [&](QStringView w) {
        out.append(WordList::lower(w));
        return true;
    });
    return out;
}

SpeakerLexicon::Gender genderOf(const QString &name, const QString &role)
{
    auto g = SpeakerLexicon::Gender::Unknown;
    forEachWord(role, [&](QStringView w) {
        g = SpeakerLexicon::genderOf(w);
        return g == SpeakerLexicon::Gender::Unknown;
    });
    if (g != SpeakerLexicon::Gender::Unknown)
        return g;
    const qsizetype space = name.indexOf(u' ');
    return space >= 0 ? SpeakerLexicon::genderOf(QStringView(name).first(space)) : SpeakerLexicon::Gender::Unknown;
}

// "UN" in "UN Stephane Dujarric", "EU" in "EU Kaja Kallas": an organisation's
// initials before a name say whom the person works for, not what they are,
// and are no role; a later "UN spokesman" is.
bool isRole(QStringView role)
{
    bool title = false;
    forEachWord(role, [&](QStringView w) {
        qsizetype letters = 0;
        for (const QChar c : w) {
            if (c.isLower()) {
                title = true;
                return false;
            }
            letters += c.isLetter() ? 1 : 0;
        }
        // "PRESIDENT" in a headline in capitals is still a title.
        title = letters < 2 || (Lexicon::flags(w) & (Lexicon::Title | Lexicon::PersonNoun));
        return !title;
    });
    return title;
}

bool containsWord(const QString &haystack, QStringView word)
{
    // Word by word without building a list: this runs for every entity.
    qsizetype from = 0;
    while (from < haystack.size()) {
        qsizetype to = haystack.indexOf(u' ', from);
        if (to < 0)
            to = haystack.size();
        if (to - from == word.size() && WordList::sameWord(QStringView(haystack).sliced(from, to - from), word))
            return true;
        from = to + 1;
    }
    return false;
}

} // namespace

int SpeakerResolver::findByName(const QString &name, SpeakerKind kind) const
{
    // Every match shares the last word: test that first, without allocating.
    const QStringView trimmed = QStringView(name).trimmed();
    const qsizetype space = trimmed.lastIndexOf(u' ');
    const QStringView lastWord = space < 0 ? trimmed : trimmed.sliced(space + 1);
    const quint32 nameWord = lastWord.isEmpty() ? 0 : m_nameWords.flags(lastWord);
    if (nameWord == 0)
        return -1;
    const qsizetype count = trimmed.count(u' ') + 1;
    if (count == 1 && !(nameWord & LastWord))
        return findBySurnameFirst(lastWord, kind);
    int best = -1;
    for (int i = int(m_entities.size()) - 1; i >= 0; --i) {
        const Entity &e = m_entities[size_t(i)];
        if (e.kind != kind || e.words.isEmpty() || !WordList::sameWord(e.words.last(), lastWord))
            continue;
        if (WordList::sameWord(e.name, trimmed))
            return i;
        // "Putin" is "Vladimir Putin"; "Vladimir Putin" upgrades "Putin";
        // "Jane Smith" is not "John Smith".
        if (best < 0 && count != e.words.size())
            best = i;
    }
    return best;
}

int SpeakerResolver::findBySurnameFirst(QStringView word, SpeakerKind kind) const
{
    // "Lee" is "Lee Min-seo", "Zhang" is "Zhang Lirong": names written
    // family name first are referred to by their first word.
    if (kind != SpeakerKind::Person || !(m_nameWords.flags(word) & FirstWord))
        return -1;
    for (int i = int(m_entities.size()) - 1; i >= 0; --i) {
        const Entity &e = m_entities[size_t(i)];
        if (e.kind == kind && e.words.size() >= 2 && WordList::sameWord(e.words.first(), word))
            return i;
    }
    return -1;
}

int SpeakerResolver::findByRole(const QString &role, const QString &head, int minScore) const
{
    // The description's head must be in the role ("the president" →
    // "Russian President"); its other words rank the candidates.
    int best = -1;
    int bestScore = -1;
    qint64 bestTime = -1;
    // Heads that name an office by another word: "the Turkish leader",
    // "the top diplomat".
    static const QHash<QString, QStringList> synonyms {
        {QStringLiteral("leader"),
         {QStringLiteral("president"), QStringLiteral("premier"), QStringLiteral("prime"), QStringLiteral("chancellor"),
          QStringLiteral("king")}},
        {QStringLiteral("diplomat"),
         {QStringLiteral("foreign"), QStringLiteral("ambassador"), QStringLiteral("envoy"), QStringLiteral("state")}},
        {QStringLiteral("premier"), {QStringLiteral("prime")}},
        {QStringLiteral("official"),
         {QStringLiteral("official"), QStringLiteral("spokesman"), QStringLiteral("spokeswoman"),
          QStringLiteral("spokesperson")}},
    };
    const QStringList alternatives = synonyms.value(head);
    const QStringList words = lowerWords(role);
    for (int i = 0; i < int(m_entities.size()); ++i) {
        const Entity &e = m_entities[size_t(i)];
        if (e.kind != SpeakerKind::Person)
            continue;
        bool fits = containsWord(e.role, head) || containsWord(e.role, QStringLiteral("counterpart"));
        for (qsizetype k = 0; k < alternatives.size() && !fits; ++k)
            fits = containsWord(e.role, alternatives.at(k));
        if (!fits)
            continue;
        // A shared modifier ("Egyptian") tells more than the head, which
        // many roles share; a counterpart holds the office of the person
        // it is the counterpart of.
        int score = containsWord(e.role, head) ? 1 : 0;
        for (const QString &w : words)
            score += w != head && containsWord(e.role, w) ? 2 : 0;
        if (score < minScore)
            continue;
        if (score > bestScore || (score == bestScore && e.lastMention > bestTime)) {
            best = i;
            bestScore = score;
            bestTime = e.lastMention;
        }
    }
    return best;
}

int SpeakerResolver::findPronounTarget(const QString &pronoun) const
{
    using Gender = SpeakerLexicon::Gender;
    const bool organisation = pronoun == u"it";
    // "they" stands for a group ("Egypt and Qatar"), never for one person.
    const bool group = pronoun == u"they";
    const Gender wanted = pronoun == u"she" ? Gender::Female : Gender::Male;
    int best = -1;
    qint64 bestSubject = -1;
    qint64 bestMention = -1;
    for (int i = 0; i < int(m_entities.size()); ++i) {
        const Entity &e = m_entities[size_t(i)];
        if (group != e.plural || (!group && organisation != (e.kind == SpeakerKind::Organisation)))
            continue;
        if (!organisation && !group && e.gender != Gender::Unknown && e.gender != wanted)
            continue;
        if (e.lastSubject > bestSubject || (e.lastSubject == bestSubject && e.lastMention > bestMention)) {
            best = i;
            bestSubject = e.lastSubject;
            bestMention = e.lastMention;
        }
    }
    return best;
}

int SpeakerResolver::findOrganisation(const QString &head) const
{
    int best = -1;
    qint64 bestTime = -1;
    for (int i = 0; i < int(m_entities.size()); ++i) {
        const Entity &e = m_entities[size_t(i)];
        if (e.kind == SpeakerKind::Organisation && containsWord(e.name, head) && e.lastMention > bestTime) {
            best = i;
            bestTime = e.lastMention;
        }
    }
    return best;
}

int SpeakerResolver::findLatestOrganisation() const
{
    int best = -1;
    qint64 bestTime = -1;
    for (int i = 0; i < int(m_entities.size()); ++i) {
        const Entity &e = m_entities[size_t(i)];
        if (e.kind == SpeakerKind::Organisation && !e.plural && e.lastSubject > bestTime) {
            best = i;
            bestTime = e.lastSubject;
        }
    }
    return best;
}

int SpeakerResolver::add(const Mention &mention, SpeakerKind kind)
{
    if (m_entities.size() >= kMaxEntities)
        return -1;
    Entity e;
    e.name = mention.name;
    e.role = isRole(mention.role) ? mention.role : QString();
    e.words = lowerWords(mention.name);
    e.kind = kind;
    e.gender = genderOf(mention.name, mention.role);
    e.plural = mention.plural;
    if (!e.words.isEmpty())
        m_nameWords.add(e.words.last(), LastWord);
    if (e.words.size() >= 2)
        m_nameWords.add(e.words.first(), FirstWord);
    m_entities.push_back(std::move(e));
    return int(m_entities.size()) - 1;
}

void SpeakerResolver::touch(int entity, bool subject)
{
    Entity &e = m_entities[size_t(entity)];
    e.lastMention = m_clock;
    if (subject)
        e.lastSubject = m_clock;
}

Speaker SpeakerResolver::speakerOf(int entity, const Mention &mention) const
{
    Speaker s;
    s.surface = mention.surface;
    if (entity < 0) {
        s.name = mention.kind == Mention::Pronoun ? QString() : mention.surface;
        s.role = isRole(mention.role) ? mention.role : QString();
        s.kind = mention.kind == Mention::Organisation ? SpeakerKind::Organisation
            : mention.kind == Mention::Description     ? SpeakerKind::Person
                                                       : SpeakerKind::Unknown;
        return s;
    }
    const Entity &e = m_entities[size_t(entity)];
    s.name = e.name;
    s.role = e.role;
    s.kind = e.kind;
    return s;
}

void SpeakerResolver::note(const Mention &mention, bool subject)
{
    if (mention.kind != Mention::Person && mention.kind != Mention::Organisation)
        return;
    const SpeakerKind kind = mention.kind == Mention::Person ? SpeakerKind::Person : SpeakerKind::Organisation;
    int e = findByName(mention.name, kind);
    if (e < 0) {
        // A bare capitalised word is not enough to believe in a new person.
        if (kind == SpeakerKind::Person && mention.role.isEmpty())
            return;
        e = add(mention, kind);
        if (e < 0)
            return;
    } else {
        Entity &known = m_entities[size_t(e)];
        if (known.role.isEmpty() && isRole(mention.role))
            known.role = mention.role;
        if (known.words.size() < mention.name.count(u' ') + 1) {
            known.name = mention.name;
            known.words = lowerWords(mention.name);
            m_nameWords.add(known.words.last(), LastWord);
            if (known.words.size() >= 2)
                m_nameWords.add(known.words.first(), FirstWord);
        }
    }
    touch(e, subject);
}

int SpeakerResolver::noteGroup(const Mention &mention)
{
    if (!mention.plural || mention.kind != Mention::Description || mention.role.isEmpty())
        return -1;
    int e = -1;
    for (int i = int(m_entities.size()) - 1; i >= 0 && e < 0; --i) {
        const Entity &known = m_entities[size_t(i)];
        if (known.plural && known.kind == SpeakerKind::Person
            && QStringView(known.name).compare(mention.role, Qt::CaseInsensitive) == 0)
            e = i;
    }
    if (e < 0) {
        Mention group = mention;
        group.name = mention.role;
        group.role.clear();
        e = add(group, SpeakerKind::Person);
        if (e < 0)
            return -1;
    }
    touch(e, true);
    return e;
}

Speaker SpeakerResolver::resolveLate(const QString &role) const
{
    const QStringList words = lowerWords(role);
    if (words.isEmpty())
        return {};
    const int e = findByRole(role, words.last(), 3);
    if (e < 0)
        return {};
    Speaker s;
    s.name = m_entities[size_t(e)].name;
    s.role = m_entities[size_t(e)].role;
    s.kind = SpeakerKind::Person;
    return s;
}

void SpeakerResolver::learnGender(const QString &name, QStringView pronoun)
{
    const bool she = pronoun.compare(u"she", Qt::CaseInsensitive) == 0;
    if (!she && pronoun.compare(u"he", Qt::CaseInsensitive) != 0)
        return;
    const int e = findByName(name, SpeakerKind::Person);
    if (e >= 0 && m_entities[size_t(e)].gender == SpeakerLexicon::Gender::Unknown)
        m_entities[size_t(e)].gender = she ? SpeakerLexicon::Gender::Female : SpeakerLexicon::Gender::Male;
}

Speaker SpeakerResolver::resolve(const Mention &mention)
{
    int e = -1;
    switch (mention.kind) {
    case Mention::None:
        return {};
    case Mention::Pronoun:
        if (mention.head == u"he" || mention.head == u"she" || mention.head == u"it" || mention.head == u"they")
            e = findPronounTarget(mention.head);
        if (e >= 0 && (mention.head == u"he" || mention.head == u"she")
            && m_entities[size_t(e)].gender == SpeakerLexicon::Gender::Unknown)
            m_entities[size_t(e)].gender
                = mention.head == u"she" ? SpeakerLexicon::Gender::Female : SpeakerLexicon::Gender::Male;
        break;
    case Mention::Person:
        note(mention, true);
        e = findByName(mention.name, SpeakerKind::Person);
        if (e < 0)
            e = add(mention, SpeakerKind::Person);
        break;
    case Mention::Organisation:
        if (MentionFinder::isDocument(mention.head)) {
            // "the statement said": the body that last spoke issued it.
            e = findLatestOrganisation();
            break;
        }
        e = findByName(mention.name, SpeakerKind::Organisation);
        if (e < 0 && !mention.name.isEmpty() && mention.name.front().isUpper())
            e = add(mention, SpeakerKind::Organisation);
        if (e < 0)
            e = findOrganisation(mention.head);
        break;
    case Mention::Description:
        if (mention.plural) {
            e = noteGroup(mention);
            break;
        }
        if (mention.definite)
            e = findByRole(mention.role, mention.head);
        break;
    }
    if (e >= 0)
        touch(e, true);
    return speakerOf(e, mention);
}

} // namespace dateline
