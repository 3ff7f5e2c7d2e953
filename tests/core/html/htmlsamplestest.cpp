#include "import/html/htmltext.h"
#include "import/importer.h"
#include "testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <iostream>

using namespace dateline;

namespace {

// The words the scorer (eval/score_html.py) compares: \w+ runs, lower case.
QStringList words(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\w+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    for (auto it = word.globalMatch(text); it.hasNext();)
        out << it.next().captured().toLower();
    return out;
}

double wordF1(const QStringList &gold, const QStringList &predicted)
{
    if (gold.isEmpty() && predicted.isEmpty())
        return 1.0;
    QHash<QString, int> counts;
    for (const QString &w : gold)
        ++counts[w];
    int common = 0;
    for (const QString &w : predicted) {
        auto it = counts.find(w);
        if (it != counts.end() && *it > 0) {
            --*it;
            ++common;
        }
    }
    const double p = double(common) / double(qMax<qsizetype>(predicted.size(), 1));
    const double r = double(common) / double(qMax<qsizetype>(gold.size(), 1));
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

} // namespace

// Body word F1 and exact titles over the Readability reference pages, the
// same measures as eval/score_html.py.
TEST(HtmlSamples, BodyF1AndTitlesMatchTheReferencePages)
{
    DATELINE_REQUIRE_SHARED("samples/html");
    const QDir root(test::sharedPath(QStringLiteral("samples/html")));
    double f1Sum = 0;
    int pages = 0;
    int titles = 0;
    qint64 bytes = 0;
    qint64 importNs = 0;
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(root.filePath(name));
        if (!dir.exists(QStringLiteral("source.html")))
            continue;
        const QByteArray source = test::readFile(dir.filePath(QStringLiteral("source.html")));
        QElapsedTimer timer;
        timer.start();
        const ImportResult r = Importer::importData(source, dir.filePath(QStringLiteral("source.html")));
        importNs += timer.nsecsElapsed();
        bytes += source.size();
        ASSERT_TRUE(r.ok()) << name << ": " << r.error;
        const Article a = r.articles.value(0);
        const QStringList gold = words(
            HtmlText::paragraphs(QString::fromUtf8(test::readFile(dir.filePath(QStringLiteral("expected.html")))))
                .join(QLatin1Char('\n')));
        const double f1 = wordF1(gold, words(a.paragraphs.join(QLatin1Char('\n'))));
        const QJsonObject meta
            = QJsonDocument::fromJson(test::readFile(dir.filePath(QStringLiteral("expected-metadata.json")))).object();
        const bool titleOk = words(meta.value(QLatin1String("title")).toString()) == words(a.headline);
        EXPECT_GE(f1, 0.5) << name;
        f1Sum += f1;
        titles += titleOk ? 1 : 0;
        ++pages;
    }
    ASSERT_GT(pages, 0);
    const double mean = f1Sum / pages;
    std::cout << "body word F1 mean " << mean << ", titles " << titles << "/" << pages << ", import "
              << (double(bytes) / 1e6) / (double(importNs) / 1e9) << " MB/s\n";
    EXPECT_GE(mean, 0.90);
    EXPECT_GE(titles * 10, pages * 9);
}
