#include "model/extraction.h"

namespace dateline {

QString toString(StatementKind kind)
{
    switch (kind) {
    case StatementKind::Direct:
        return QStringLiteral("direct");
    case StatementKind::Mixed:
        return QStringLiteral("mixed");
    case StatementKind::Indirect:
        return QStringLiteral("indirect");
    }
    return {};
}

QString toString(SpeakerKind kind)
{
    switch (kind) {
    case SpeakerKind::Unknown:
        return QStringLiteral("unknown");
    case SpeakerKind::Person:
        return QStringLiteral("person");
    case SpeakerKind::Organisation:
        return QStringLiteral("organisation");
    }
    return {};
}

QString toString(CountryMentionKind kind)
{
    switch (kind) {
    case CountryMentionKind::Name:
        return QStringLiteral("name");
    case CountryMentionKind::Demonym:
        return QStringLiteral("demonym");
    case CountryMentionKind::Capital:
        return QStringLiteral("capital");
    case CountryMentionKind::Dateline:
        return QStringLiteral("dateline");
    }
    return {};
}

} // namespace dateline
