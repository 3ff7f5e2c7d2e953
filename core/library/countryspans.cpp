#include "library/countryspans.h"

#include "library/derivedcolumns.h"
#include "library/varint.h"

#include <algorithm>

namespace dateline {

namespace {

// Larger values than an int holds are damage.
constexpr quint64 kMaxInt = 0x7fffffff;

} // namespace

int CountrySpans::kindCode(CountryMentionKind kind)
{
    switch (kind) {
    case CountryMentionKind::Name:
        return 0;
    case CountryMentionKind::Demonym:
        return 1;
    case CountryMentionKind::Capital:
        return 2;
    case CountryMentionKind::Dateline:
        return 3;
    }
    return 0;
}

CountryMentionKind CountrySpans::kindOf(int code)
{
    switch (code) {
    case 1:
        return CountryMentionKind::Demonym;
    case 2:
        return CountryMentionKind::Capital;
    case 3:
        return CountryMentionKind::Dateline;
    default:
        return CountryMentionKind::Name;
    }
}

CountryMentionKind CountrySpans::kindOf(const QString &name)
{
    for (CountryMentionKind k :
         {CountryMentionKind::Demonym, CountryMentionKind::Capital, CountryMentionKind::Dateline})
        if (name == toString(k))
            return k;
    return CountryMentionKind::Name;
}

QByteArray CountrySpans::encode(QList<Mention> mentions)
{
    const auto byPlace = [](const Mention &a, const Mention &b) {
        return a.place < b.place;
    };
    // rows() hands them over in order; sorting anyway allocated a buffer.
    if (!std::is_sorted(mentions.cbegin(), mentions.cend(), byPlace))
        std::stable_sort(mentions.begin(), mentions.end(), byPlace);
    QByteArray out;
    out.reserve(mentions.size() * 5);
    quint64 previous = 0;
    for (const Mention &m : std::as_const(mentions)) {
        // Negative values are not written by the extractor; stored as 0.
        const auto place = quint64(std::max(0, m.place));
        const auto start = quint64(std::max(0, m.start));
        putVarint(out, place - std::min(previous, place));
        previous = place;
        putVarint(out, (quint64(std::max(0, m.paragraph)) << 3) | (quint64(kindCode(m.kind)) << 1) | (m.words ? 1 : 0));
        putVarint(out, start);
        putVarint(out, quint64(std::max(m.start, m.end)) - start);
        if (m.words) {
            const QByteArray utf8 = m.words->toUtf8();
            putVarint(out, quint64(utf8.size()));
            out.append(utf8);
        }
    }
    return out;
}

QList<CountrySpans::Mention> CountrySpans::decode(QByteArrayView spans)
{
    QList<Mention> out;
    qsizetype pos = 0;
    quint64 place = 0;
    while (pos < spans.size()) {
        quint64 delta = 0;
        quint64 head = 0;
        quint64 start = 0;
        quint64 length = 0;
        if (!getVarint(spans, pos, delta) || !getVarint(spans, pos, head) || !getVarint(spans, pos, start)
            || !getVarint(spans, pos, length))
            break;
        place += delta;
        const quint64 paragraph = head >> 3;
        if (place > kMaxInt || paragraph > kMaxInt || start > kMaxInt || length > kMaxInt - start)
            break;
        Mention m;
        m.place = int(place);
        m.kind = kindOf(int((head >> 1) & 3));
        m.paragraph = int(paragraph);
        m.start = int(start);
        m.end = int(start + length);
        if (head & 1) {
            quint64 bytes = 0;
            if (!getVarint(spans, pos, bytes) || bytes > quint64(spans.size() - pos))
                break;
            m.words = QString::fromUtf8(spans.sliced(pos, qsizetype(bytes)));
            pos += qsizetype(bytes);
        }
        out << m;
    }
    return out;
}

QList<CountrySpans::Row> CountrySpans::rows(const QList<CountryMention> &mentions, const QStringList &paragraphs)
{
    QList<Row> rows;
    QList<QList<Mention>> grouped;
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        const CountryMention &c = mentions.at(i);
        qsizetype r = 0;
        while (r < rows.size() && rows.at(r).code != c.code)
            ++r;
        if (r == rows.size()) {
            rows << Row {c.code, int(i), 0, {}};
            grouped << QList<Mention> {};
        }
        Mention m {int(i), c.kind, c.paragraph, c.start, c.end, std::nullopt};
        const QStringView paragraph = c.paragraph >= 0 && c.paragraph < paragraphs.size()
            ? QStringView(paragraphs.at(c.paragraph))
            : QStringView();
        if (DerivedColumns::spanViewOf(paragraph, c.start, c.end) != c.text)
            m.words = c.text;
        grouped[r] << std::move(m);
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        rows[r].mentions = int(grouped.at(r).size());
        rows[r].spans = encode(std::move(grouped[r]));
    }
    return rows;
}

void CountrySpans::appendMentions(const QString &code, QByteArrayView spans, const QStringList &paragraphs,
                                  QList<std::pair<int, CountryMention>> &out)
{
    for (const Mention &m : decode(spans)) {
        CountryMention c;
        c.code = code;
        c.kind = m.kind;
        c.paragraph = m.paragraph;
        c.start = m.start;
        c.end = m.end;
        c.text = m.words ? *m.words : DerivedColumns::spanOf(paragraphs.value(m.paragraph), m.start, m.end);
        out.append({m.place, c});
    }
}

} // namespace dateline
