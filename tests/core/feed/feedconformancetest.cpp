// Runs the feed importer over the wellformed, illformed and encoding test
// feeds in ../shared and scores it against the simple equality checks in each
// file's "Expect:" header (title, link, description/summary, author, id of
// the feed or of its first entry).
#include "import/feed/feedimporter.h"
#include "import/html/htmltext.h"
#include "import/textdecoder.h"
#include "testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <iostream>

using namespace dateline;

namespace {

// A Python string literal's body ('...' or "...") with its escapes undone.
QString unescapePython(QStringView body)
{
    QString out;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body[i];
        if (c != QLatin1Char('\\') || i + 1 >= body.size()) {
            out.append(c);
            continue;
        }
        const QChar e = body[++i];
        const auto hex = [&](int digits) {
            bool ok = false;
            const uint cp = body.sliced(i + 1, qMin<qsizetype>(digits, body.size() - i - 1)).toUInt(&ok, 16);
            i += digits;
            if (ok) {
                const char32_t u = cp;
                out.append(QString::fromUcs4(&u, 1));
            }
        };
        switch (e.unicode()) {
        case 'n':
            out.append(QLatin1Char('\n'));
            break;
        case 't':
            out.append(QLatin1Char('\t'));
            break;
        case 'r':
            out.append(QLatin1Char('\r'));
            break;
        case 'x':
            hex(2);
            break;
        case 'u':
            hex(4);
            break;
        case 'U':
            hex(8);
            break;
        default:
            out.append(e);
        }
    }
    return out;
}

struct Check
{
    QString scope; // feed or entries[0]
    QString key;
    QString expected;
};

QList<Check> simpleChecks(const QString &header)
{
    static const QRegularExpression re(QStringLiteral(
        R"re((feed|entries\[0\])\['(title|link|description|summary|subtitle|tagline|author|id)'\]\s*==\s*u?(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"))re"));
    QList<Check> out;
    auto it = re.globalMatch(header);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append({m.captured(1), m.captured(2),
                    unescapePython(m.capturedLength(3) ? m.capturedView(3) : m.capturedView(4))});
    }
    return out;
}

QString actualValue(const FeedInfo &info, const Check &c)
{
    if (c.scope == QLatin1String("feed")) {
        if (c.key == QLatin1String("title"))
            return info.title;
        if (c.key == QLatin1String("link"))
            return info.link;
        if (c.key == QLatin1String("author"))
            return info.author;
        if (c.key == QLatin1String("id"))
            return info.id;
        return info.description;
    }
    if (info.articles.isEmpty())
        return QStringLiteral("<no entry>");
    const Article &a = info.articles.first();
    if (c.key == QLatin1String("title"))
        return a.headline;
    if (c.key == QLatin1String("link"))
        return a.link;
    if (c.key == QLatin1String("author"))
        return a.authors.value(0);
    if (c.key == QLatin1String("id"))
        return a.guid;
    return info.summaries.value(0);
}

// feedparser keeps (sanitised) HTML where Dateline keeps text: a value
// matches when it equals the expected string or the text that string shows.
bool matches(const QString &actual, const QString &expected)
{
    const QString a = actual.simplified();
    return a == expected.simplified() || a == HtmlText::inlineText(expected);
}

QStringList xmlFiles(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, {QStringLiteral("*.xml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

QString header(const QByteArray &data)
{
    const qsizetype end = data.indexOf("-->");
    return QString::fromUtf8(data.first(end < 0 ? qMin<qsizetype>(data.size(), 2000) : end));
}

} // namespace

TEST(FeedConformance, WellformedFeedsParseAndMatchExpectations)
{
    DATELINE_REQUIRE_SHARED("samples/feeds/wellformed");
    int files = 0;
    int parseFailures = 0;
    int checks = 0;
    int passed = 0;
    for (const char *sub : {"rss", "rdf", "atom", "atom10"}) {
        const QStringList list
            = xmlFiles(test::sharedPath(QStringLiteral("samples/feeds/wellformed/") + QLatin1String(sub)));
        for (const QString &path : list) {
            ++files;
            const QByteArray data = test::readFile(path);
            const FeedInfo info = FeedImporter::read(data, path);
            if (!info.error.isEmpty()) {
                ++parseFailures;
                ADD_FAILURE() << path.toStdString() << ": " << info.error.toStdString();
            }
            for (const Check &c : simpleChecks(header(data))) {
                ++checks;
                const QString actual = actualValue(info, c);
                if (matches(actual, c.expected))
                    ++passed;
                else
                    std::cout << "  mismatch " << QFileInfo(path).fileName().toStdString() << " "
                              << c.scope.toStdString() << "." << c.key.toStdString() << ": got \""
                              << actual.toStdString() << "\" want \"" << c.expected.toStdString() << "\"\n";
            }
        }
    }
    ASSERT_GT(files, 500);
    ASSERT_GT(checks, 100);
    const double rate = 100.0 * passed / checks;
    std::cout << "feed conformance: " << files << " files, " << parseFailures << " parse failures, " << passed << "/"
              << checks << " checks (" << rate << " %)\n";
    EXPECT_EQ(parseFailures, 0);
    EXPECT_GE(rate, 95.0);
}

// The encoding samples: every file imports, and the ones whose Expect line
// names a title or description decode to exactly that text.
TEST(FeedConformance, EncodingSamplesDecodeToTheDeclaredText)
{
    DATELINE_REQUIRE_SHARED("samples/feeds/encoding");
    int checks = 0;
    int files = 0;
    for (const QString &path : xmlFiles(test::sharedPath(QStringLiteral("samples/feeds/encoding")))) {
        ++files;
        const QByteArray data = test::readFile(path);
        const FeedInfo info = FeedImporter::read(data, path);
        EXPECT_FALSE(info.format.isEmpty()) << path.toStdString() << ": " << info.error.toStdString();
        const QString head = header(TextDecoder::decode(data).text.toUtf8());
        if (head.contains(QLatin1String("Expect:      bozo")) || head.contains(QLatin1String("Expect:       bozo")))
            continue; // deliberately broken: only "imports without crashing" applies
        for (const Check &c : simpleChecks(head)) {
            ++checks;
            const QString actual = actualValue(info, c);
            EXPECT_TRUE(matches(actual, c.expected))
                << QFileInfo(path).fileName().toStdString() << " " << c.key.toStdString() << ": got \""
                << actual.toStdString() << "\" want \"" << c.expected.toStdString() << "\"";
        }
    }
    EXPECT_GT(files, 80);
    EXPECT_GE(checks, 8);
}

// Broken feeds end in an error or a partial result, never a crash or a hang.
TEST(FeedConformance, IllformedSamplesNeverCrash)
{
    DATELINE_REQUIRE_SHARED("samples/feeds/illformed");
    QElapsedTimer timer;
    timer.start();
    int errors = 0;
    const QStringList files = xmlFiles(test::sharedPath(QStringLiteral("samples/feeds/illformed")));
    for (const QString &path : files) {
        const FeedInfo info = FeedImporter::read(test::readFile(path), path);
        if (!info.error.isEmpty()) {
            ++errors;
            EXPECT_FALSE(info.error.contains(QLatin1Char('\n'))) << info.error.toStdString();
        }
    }
    EXPECT_GT(files.size(), 15);
    EXPECT_GT(errors, 0); // truncated and misplaced-declaration samples must say so
    EXPECT_LT(timer.elapsed(), 5000);
}
