-- Dateline library, version 1: articles with their paragraphs, the people
-- who speak in them, what they said, the countries and ambassadors they
-- mention, and the reader's own annotations.

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    location TEXT NOT NULL UNIQUE,          -- file path or feed URL
    kind TEXT NOT NULL DEFAULT 'file',      -- file, feed
    added_at TEXT NOT NULL
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    source TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT '',
    section TEXT NOT NULL DEFAULT '',
    headline TEXT NOT NULL DEFAULT '',
    standfirst TEXT NOT NULL DEFAULT '',
    authors TEXT NOT NULL DEFAULT '[]',     -- JSON array of strings
    published TEXT NOT NULL DEFAULT '',     -- ISO 8601 as published
    updated TEXT NOT NULL DEFAULT '',
    dateline TEXT NOT NULL DEFAULT '',
    agency TEXT NOT NULL DEFAULT '',
    caption TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '',
    guid TEXT NOT NULL DEFAULT '',
    categories TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    -- The paragraphs joined by blank lines: the column the full-text index
    -- reads; the paragraphs table keeps them one by one for offsets.
    body TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL UNIQUE,
    imported_at TEXT NOT NULL,
    extractor_version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source_id);
CREATE INDEX articles_guid ON articles(guid) WHERE guid <> '';
CREATE INDEX articles_link ON articles(link) WHERE link <> '';
CREATE INDEX articles_extractor_version ON articles(extractor_version);

CREATE TABLE paragraphs (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,                     -- canonical name
    kind TEXT NOT NULL DEFAULT 'unknown',   -- person, organisation, unknown
    key TEXT NOT NULL UNIQUE                -- case- and accent-folded name
);

CREATE TABLE person_aliases (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,                    -- surface form as written
    key TEXT NOT NULL,
    UNIQUE (person_id, key)
);
CREATE INDEX person_aliases_key ON person_aliases(key);

CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    speaker TEXT NOT NULL DEFAULT '',       -- canonical name, for the index
    surface TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    verb TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'direct',
    text TEXT NOT NULL,
    paragraph INTEGER NOT NULL,
    span_start INTEGER NOT NULL,            -- UTF-16 offsets in the paragraph
    span_end INTEGER NOT NULL
);
CREATE INDEX statements_article ON statements(article_id);
CREATE INDEX statements_person ON statements(person_id);

CREATE TABLE country_mentions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    code TEXT NOT NULL,                     -- ISO 3166-1 alpha-2
    surface TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'name',
    paragraph INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL
);
CREATE INDEX country_mentions_code ON country_mentions(code, article_id);
CREATE INDEX country_mentions_article ON country_mentions(article_id);

CREATE TABLE ambassador_mentions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    country TEXT NOT NULL DEFAULT '',
    host TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    surface TEXT NOT NULL DEFAULT '',
    paragraph INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL
);
CREATE INDEX ambassador_mentions_article ON ambassador_mentions(article_id);

CREATE TABLE annotations (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    exact TEXT NOT NULL,                    -- the highlighted text
    prefix TEXT NOT NULL DEFAULT '',        -- context that re-anchors it
    suffix TEXT NOT NULL DEFAULT '',
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    color TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX annotations_article ON annotations(article_id);
