// Finding a site's feeds from the <link rel="alternate"> tags of its page.
#include "feeds/feeddiscovery.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace dateline;

TEST(FeedDiscovery, FindsAnnouncedFeedsInDocumentOrder)
{
    const QByteArray html = "<!doctype html><html><head><title>Desk</title>"
                            "<link rel=\"stylesheet\" type=\"text/css\" href=\"/s.css\">"
                            "<link rel=\"alternate\" hreflang=\"fr\" type=\"text/html\" href=\"/fr/\">"
                            "<link rel=\"Alternate\" type=\"application/atom+xml\" title=\"Atom\" href=\"atom.xml\">"
                            "<link rel=\"alternate\" type=\"application/rss+xml; charset=utf-8\" title=\"RSS\" "
                            "href=\"https://feeds.example.org/rss\">"
                            "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"javascript:alert(1)\">"
                            "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"atom.xml\">"
                            "</head><body></body></html>";
    const QList<FeedDiscovery::Link> links
        = FeedDiscovery::discover(html, QUrl(QStringLiteral("http://example.org/world/")));
    ASSERT_EQ(links.size(), 2);
    EXPECT_EQ(links[0].url.toString(), QStringLiteral("http://example.org/world/atom.xml"));
    EXPECT_EQ(links[0].title, QStringLiteral("Atom"));
    EXPECT_EQ(links[0].type, QStringLiteral("application/atom+xml"));
    EXPECT_EQ(links[1].url.toString(), QStringLiteral("https://feeds.example.org/rss"));
    EXPECT_EQ(links[1].type, QStringLiteral("application/rss+xml"));
}

TEST(FeedDiscovery, ResolvesAgainstTheBaseElement)
{
    const QByteArray html = "<html><head><base href=\"https://cdn.example.org/site/\">"
                            "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"feed.rss\"></head></html>";
    const QList<FeedDiscovery::Link> links = FeedDiscovery::discover(html, QUrl(QStringLiteral("http://example.org/")));
    ASSERT_EQ(links.size(), 1);
    EXPECT_EQ(links[0].url.toString(), QStringLiteral("https://cdn.example.org/site/feed.rss"));
}

TEST(FeedDiscovery, SurvivesHostilePages)
{
    const QUrl page(QStringLiteral("http://example.org/"));
    EXPECT_TRUE(FeedDiscovery::discover({}, page).isEmpty());
    EXPECT_TRUE(FeedDiscovery::discover(QByteArray("\x00\xff\xfe<<<", 6), page).isEmpty());
    // Deep nesting and thousands of links: bounded time and output.
    QByteArray deep
        = QByteArray("<div>").repeated(100000) + "<link rel=alternate type=application/rss+xml href=/deep.xml>";
    EXPECT_EQ(FeedDiscovery::discover(deep, page).size(), 1);
    QByteArray many;
    for (int i = 0; i < 5000; ++i)
        many += "<link rel=alternate type=application/rss+xml href=/f" + QByteArray::number(i) + ".xml>";
    EXPECT_EQ(FeedDiscovery::discover(many, page).size(), 32);
}
