-- Version 4: feed subscriptions and the reader's read/starred flags. Only
-- tables of version 1 are referenced, so this step does not care which
-- other steps came before it.

CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    folder TEXT NOT NULL DEFAULT '',        -- "News/Europe": OPML outline path
    site_url TEXT NOT NULL DEFAULT '',
    interval_minutes INTEGER NOT NULL DEFAULT 30,
    etag TEXT NOT NULL DEFAULT '',          -- validators for conditional GET
    last_modified TEXT NOT NULL DEFAULT '',
    last_success TEXT NOT NULL DEFAULT '',  -- ISO 8601 UTC
    last_error TEXT NOT NULL DEFAULT '',
    failures INTEGER NOT NULL DEFAULT 0,    -- in a row; drives the backoff
    next_due TEXT NOT NULL DEFAULT '',      -- empty: due now
    created_at TEXT NOT NULL
);

-- Which feed brought which article. An article two feeds carry belongs to
-- both; it is stored once.
CREATE TABLE feed_articles (
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (feed_id, article_id)
) WITHOUT ROWID;
CREATE INDEX feed_articles_article ON feed_articles(article_id);

-- A row only for articles the reader touched: an article without one is
-- unread and not starred, so imports write nothing here.
CREATE TABLE article_flags (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    read INTEGER NOT NULL DEFAULT 0,
    starred INTEGER NOT NULL DEFAULT 0
);
