#include "countrytestsupport.h"
#include "import/importer.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace dateline;

namespace {

// Story files beside the countries and (sending, host) pairs expected from
// them, compared as sets the way the accuracy scorer does.
class CountryFixture : public ::testing::TestWithParam<const char *>
{
};

TEST_P(CountryFixture, FindsTheExpectedCountriesAndAmbassadors)
{
    const QString name = QString::fromLatin1(GetParam());
    const ImportResult imported = Importer::importFile(test::fixturePath(QStringLiteral("countries/%1.txt").arg(name)));
    ASSERT_EQ(imported.articles.size(), 1) << imported.error;
    const Article &article = imported.articles.first();
    const QJsonObject expected
        = QJsonDocument::fromJson(
              test::readFile(test::fixturePath(QStringLiteral("countries/%1.expected.json").arg(name))))
              .object();
    ASSERT_FALSE(expected.isEmpty());

    const QList<CountryMention> countries = CountryExtractor::extract(article);
    std::set<std::string> codes;
    for (const CountryMention &m : countries)
        codes.insert(m.code.toStdString());
    std::set<std::string> expectedCodes;
    for (const QJsonValue &v : expected.value(QStringLiteral("countries")).toArray())
        expectedCodes.insert(v.toString().toStdString());
    EXPECT_EQ(codes, expectedCodes);

    test::Pairs expectedPairs;
    for (const QJsonValue &v : expected.value(QStringLiteral("ambassadors")).toArray())
        expectedPairs.insert({v.toArray().at(0).toString().toStdString(), v.toArray().at(1).toString().toStdString()});
    EXPECT_EQ(test::pairs(AmbassadorExtractor::extract(article, countries)), expectedPairs);
}

INSTANTIATE_TEST_SUITE_P(Stories, CountryFixture,
                         ::testing::Values("ankara_summons", "security_council", "georgia_vote"));

} // namespace
