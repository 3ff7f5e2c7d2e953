#include "countrytestsupport.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace dateline;

// A 2 MB article comes through whole. Speed is measured by `dateline-cli
// bench`, beside its baseline, not here: a shared machine makes timed unit
// tests flaky.
TEST(ExtractionAtScale, LargeArticleFindsCountriesAndAmbassadorsInEveryParagraph)
{
    // A news-like mix: most sentences name a country, one in eight a diplomat.
    const QStringList sentences {
        QStringLiteral("Officials in the capital said on Tuesday that talks would resume next week after a pause."),
        QStringLiteral("South Korea's new ambassador to Russia presented credentials in the Kremlin on Thursday."),
        QStringLiteral("“We are sincerely interested in stability and growth,” the minister told reporters."),
        QStringLiteral("Turkish and Egyptian officials met in Ankara, while Moscow and Washington traded barbs."),
        QStringLiteral("Prices of grain and fertiliser rose sharply as shipping costs climbed across the region."),
        QStringLiteral("George Washington's portrait hung in the hall where Michael Jordan once spoke."),
        QStringLiteral("The European Union and the United Kingdom agreed on a framework for Côte d’Ivoire."),
        QStringLiteral("Analysts expect the central bank to hold rates steady until inflation eases further."),
    };
    Article a;
    qsizetype bytes = 0;
    for (int i = 0; bytes < 2 * 1024 * 1024; ++i) {
        QString p;
        for (int k = 0; k < 4; ++k)
            p += sentences.at((i * 4 + k) % sentences.size()) + u' ';
        bytes += p.toUtf8().size();
        a.paragraphs << p;
    }
    const QList<CountryMention> countries = CountryExtractor::extract(a);
    const QList<AmbassadorMention> ambassadors = AmbassadorExtractor::extract(a, countries);
    EXPECT_GT(countries.size(), a.paragraphs.size());
    EXPECT_GE(ambassadors.size(), a.paragraphs.size() / 2);
}
