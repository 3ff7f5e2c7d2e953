#include "countrytestsupport.h"
#include "testpaths.h"

#include <ctime>

#include <gtest/gtest.h>

using namespace dateline;

// Countries and ambassadors together must keep up with importing: a regex
// per country, or rebuilding the gazetteer per article, falls far below this.
TEST(ExtractionThroughput, CountriesAndAmbassadorsRunAtLeastTwentyMegabytesPerSecond)
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
    for (int i = 0; bytes < 8 * 1024 * 1024; ++i) {
        QString p;
        for (int k = 0; k < 4; ++k)
            p += sentences.at((i * 4 + k) % sentences.size()) + u' ';
        bytes += p.toUtf8().size();
        a.paragraphs << p;
    }
    CountryExtractor::extract(test::articleOf(QStringLiteral("Warm-up in Paris."))); // builds the gazetteer

    // CPU time of this thread: the machine is shared, wall time would
    // measure the neighbours.
    auto cpuSeconds = [] {
        timespec t {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
    };
    const double begin = cpuSeconds();
    const QList<CountryMention> countries = CountryExtractor::extract(a);
    const QList<AmbassadorMention> ambassadors = AmbassadorExtractor::extract(a, countries);
    const double seconds = std::max(cpuSeconds() - begin, 1e-9);
    const double mbPerSecond = bytes / (1024.0 * 1024.0) / seconds;
    std::cout << "countries + ambassadors: " << mbPerSecond << " MB/s over " << bytes << " bytes\n";
    EXPECT_GT(countries.size(), a.paragraphs.size());
    EXPECT_GE(ambassadors.size(), a.paragraphs.size() / 2);
    EXPECT_GE(mbPerSecond, 20.0);
}
