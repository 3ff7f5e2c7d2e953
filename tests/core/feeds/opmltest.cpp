// OPML subscription lists: folders survive a round trip; hostile lists
// end in an error, not a crash or a local file.
#include "feeds/opml.h"
#include "testpaths.h"

#include <gtest/gtest.h>

using namespace dateline;

namespace {

FeedSubscription feed(const QString &url, const QString &title, const QString &folder)
{
    FeedSubscription f;
    f.url = url;
    f.title = title;
    f.folder = folder;
    return f;
}

} // namespace

TEST(Opml, RoundTripKeepsFoldersAndTitles)
{
    QList<FeedSubscription> feeds {
        feed(QStringLiteral("https://a.example.org/rss"), QStringLiteral("Alpha & Co"), QStringLiteral("News/Europe")),
        feed(QStringLiteral("https://b.example.org/atom"), QStringLiteral("Beta"), QString()),
        feed(QStringLiteral("https://c.example.org/feed"), QStringLiteral("Gamma"), QStringLiteral("News")),
        feed(QStringLiteral("https://d.example.org/feed"), QStringLiteral("Delta"), QStringLiteral("News/Europe")),
        feed(QStringLiteral("https://e.example.org/feed"), QStringLiteral("Epsilon"), QStringLiteral("Agencies")),
    };
    feeds[1].siteUrl = QStringLiteral("https://b.example.org/");
    const QByteArray xml = Opml::write(feeds, QStringLiteral("Dateline subscriptions"));
    EXPECT_TRUE(xml.contains("<opml version=\"2.0\">"));
    // One folder outline per folder, however many feeds it holds.
    EXPECT_EQ(xml.count("text=\"Europe\""), 1);

    const Opml::ReadResult back = Opml::read(xml);
    ASSERT_TRUE(back.error.isEmpty()) << back.error;
    ASSERT_EQ(back.feeds.size(), feeds.size());
    for (const FeedSubscription &original : feeds) {
        const auto it = std::find_if(back.feeds.begin(), back.feeds.end(),
                                     [&](const FeedSubscription &f) { return f.url == original.url; });
        ASSERT_NE(it, back.feeds.end()) << original.url;
        EXPECT_EQ(it->title, original.title);
        EXPECT_EQ(it->folder, original.folder) << original.url;
        EXPECT_EQ(it->siteUrl, original.siteUrl);
    }
}

TEST(Opml, ReadsWhatOtherReadersWrite)
{
    const QByteArray xml
        = "<?xml version=\"1.0\"?><opml version=\"1.0\"><head><title>x</title></head><body>"
          "<outline title=\"Politics\">"
          "  <outline type=\"rss\" title=\"Only title\" xmlUrl=\"http://p.example.org/rss\"/>"
          "  <outline text=\"Inner\"><outline text=\"Deep\" xmlUrl=\"http://d.example.org/\"/></outline>"
          "</outline>"
          "<outline text=\"Local\" xmlUrl=\"file:///etc/passwd\"/>"
          "<outline text=\"Again\" xmlUrl=\"http://p.example.org/rss\"/>"
          "<outline text=\"Top\" xmlUrl=\"https://t.example.org/feed\"/>"
          "</body></opml>";
    const Opml::ReadResult r = Opml::read(xml);
    ASSERT_TRUE(r.error.isEmpty()) << r.error;
    ASSERT_EQ(r.feeds.size(), 3);
    EXPECT_EQ(r.feeds[0].title, QStringLiteral("Only title"));
    EXPECT_EQ(r.feeds[0].folder, QStringLiteral("Politics"));
    EXPECT_EQ(r.feeds[1].folder, QStringLiteral("Politics/Inner"));
    EXPECT_EQ(r.feeds[2].url, QStringLiteral("https://t.example.org/feed"));
    EXPECT_TRUE(r.feeds[2].folder.isEmpty());
}

TEST(Opml, RefusesWhatIsNotOpml)
{
    EXPECT_FALSE(Opml::read({}).error.isEmpty());
    EXPECT_TRUE(Opml::read("<rss version=\"2.0\"/>").error.contains(QLatin1String("not an OPML file")));
    const Opml::ReadResult truncated = Opml::read(
        "<opml><body><outline text=\"A\" xmlUrl=\"http://a.example.org/\"/><outline text=\"B\" xmlUrl=\"http://b");
    EXPECT_FALSE(truncated.error.isEmpty());
    EXPECT_EQ(truncated.feeds.size(), 1) << "what came before the break is kept";
    const QByteArray deep = "<opml><body>" + QByteArray("<outline text=\"f\">").repeated(10000) + "</body></opml>";
    EXPECT_TRUE(Opml::read(deep).error.contains(QLatin1String("nested")));
    const QByteArray bomb
        = "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY a \"aaaaaaaaaaaaaaaaaaaa\">"
          "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
          "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
          "<opml><body><outline text=\"&e;&e;&e;&e;\" xmlUrl=\"http://a.example.org/\"/></body></opml>";
    const Opml::ReadResult r = Opml::read(bomb);
    EXPECT_FALSE(r.error.isEmpty());
    EXPECT_TRUE(r.feeds.isEmpty());
}
