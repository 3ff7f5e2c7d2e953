-- Version 7: country mentions found by country again.
--
-- Version 6 dropped the index by code, leaving mentions reachable by article
-- only. The desktop app lists the library's countries with their article
-- counts and fills the country filter's completion from the codes present;
-- without the index each was a scan of every mention (seconds at 100,000
-- articles, run on the thread that also loads the article being opened).
-- The index covers (code, article_id), so both are answered from it alone.
CREATE INDEX country_mentions_code ON country_mentions(code, article_id);
