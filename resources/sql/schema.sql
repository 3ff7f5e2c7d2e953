-- The schema a new library starts with: what steps 001 to 010 leave,
-- created at once instead of step by step. Each statement is the text
-- SQLite keeps for it after the steps, comments and all; the full-text
-- settings the steps make follow at the end. The test
-- Migrations.ANewLibraryHasTheSchemaTheStepsLeave compares the two; after
-- a new step it fails and writes the file that replaces this one (the
-- settings it compares, but does not write).

CREATE TABLE "ambassador_mentions" (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,                    -- 0, 1, 2 ... in the article
    country TEXT NOT NULL DEFAULT '',
    host TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    surface TEXT,                           -- NULL: the paragraph span
    paragraph INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    PRIMARY KEY (article_id, id)
) WITHOUT ROWID;

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

CREATE TABLE article_countries (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    code TEXT NOT NULL,                     -- ISO 3166-1 alpha-2
    first INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    spans BLOB NOT NULL,
    PRIMARY KEY (article_id, code)
) WITHOUT ROWID;

CREATE TABLE article_flags (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    read INTEGER NOT NULL DEFAULT 0,
    starred INTEGER NOT NULL DEFAULT 0
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
, paragraph_lengths TEXT NOT NULL DEFAULT '');

CREATE TABLE feed_articles (
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (feed_id, article_id)
) WITHOUT ROWID;

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

CREATE TABLE person_aliases (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,                    -- surface form as written
    key TEXT NOT NULL,
    UNIQUE (person_id, key)
);

CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,                     -- canonical name
    kind TEXT NOT NULL DEFAULT 'unknown',   -- person, organisation, unknown
    key TEXT NOT NULL UNIQUE                -- case- and accent-folded name
);

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    location TEXT NOT NULL UNIQUE,          -- file path or feed URL
    kind TEXT NOT NULL DEFAULT 'file',      -- file, feed
    added_at TEXT NOT NULL
);

CREATE TABLE statement_labels (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL UNIQUE
);

CREATE TABLE statement_positions (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    positions BLOB NOT NULL
);

CREATE TABLE "statement_rows" (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    speaker TEXT,                           -- NULL: the person's name
    surface_label INTEGER,                  -- statement_labels ids; NULL: ''
    role_label INTEGER,
    verb_label INTEGER,
    kind_label INTEGER,                     -- NULL: 'direct'
    text TEXT,                              -- NULL: the paragraph span
    edits BLOB,                             -- of the span, when text is NULL
    paragraph INTEGER NOT NULL,
    span_start INTEGER NOT NULL,            -- UTF-16 offsets in the paragraph
    span_end INTEGER NOT NULL
);

CREATE INDEX annotations_article ON annotations(article_id);

CREATE INDEX article_countries_code ON article_countries(code, article_id);

CREATE INDEX articles_extractor_version ON articles(extractor_version);

CREATE INDEX articles_guid ON articles(guid) WHERE guid <> '';

CREATE INDEX articles_link ON articles(link) WHERE link <> '';

CREATE INDEX articles_published ON articles(published);

CREATE INDEX articles_source ON articles(source_id);

CREATE INDEX feed_articles_article ON feed_articles(article_id);

CREATE INDEX person_aliases_key ON person_aliases(key);

CREATE INDEX statement_rows_article ON statement_rows(article_id);

CREATE VIEW article_texts AS
SELECT a.id, a.headline, a.standfirst, dateline_body(a.body) AS body,
       coalesce((SELECT group_concat(speaker, char(31)) FROM
                    (SELECT coalesce(r.speaker, (SELECT p.name FROM persons p WHERE p.id = r.person_id), '') AS speaker
                     FROM statement_rows r WHERE r.article_id = a.id ORDER BY r.id)), '') AS speakers,
       coalesce((SELECT group_concat(coalesce(r.text, ''), char(31)) FROM
                    (SELECT r.text FROM statement_rows r WHERE r.article_id = a.id ORDER BY r.id) r), '') AS quotes,
       dateline_article_facets(a.published,
                               (SELECT group_concat(person_id, ',') FROM
                                   (SELECT DISTINCT r.person_id FROM statement_rows r
                                    WHERE r.article_id = a.id AND r.person_id IS NOT NULL ORDER BY r.person_id)),
                               (SELECT group_concat(code, char(31)) FROM
                                   (SELECT c.code FROM article_countries c WHERE c.article_id = a.id
                                    ORDER BY c.first))) AS facets
FROM articles a;

CREATE VIEW statements AS
SELECT r.id, r.article_id, r.person_id,
       coalesce(r.speaker, (SELECT p.name FROM persons p WHERE p.id = r.person_id), '') AS speaker,
       coalesce((SELECT l.text FROM statement_labels l WHERE l.id = r.surface_label), '') AS surface,
       coalesce((SELECT l.text FROM statement_labels l WHERE l.id = r.role_label), '') AS role,
       coalesce((SELECT l.text FROM statement_labels l WHERE l.id = r.verb_label), '') AS verb,
       coalesce((SELECT l.text FROM statement_labels l WHERE l.id = r.kind_label), 'direct') AS kind,
       coalesce(r.text, (SELECT dateline_span(a.body, a.paragraph_lengths, r.paragraph, r.span_start, r.span_end,
                                              r.edits)
                         FROM articles a WHERE a.id = r.article_id), '') AS text,
       r.paragraph, r.span_start, r.span_end
FROM statement_rows r;

CREATE VIRTUAL TABLE annotations_fts USING fts5(
    note, exact,
    content = 'annotations', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');

CREATE VIRTUAL TABLE articles_fts USING fts5(
    headline, standfirst, body, speakers, quotes, facets,
    content = 'article_texts', content_rowid = 'id', prefix = '3',
    tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER annotations_fts_delete AFTER DELETE ON annotations BEGIN
    INSERT INTO annotations_fts(annotations_fts, rowid, note, exact)
        VALUES ('delete', old.id, old.note, old.exact);
END;

CREATE TRIGGER annotations_fts_insert AFTER INSERT ON annotations BEGIN
    INSERT INTO annotations_fts(rowid, note, exact) VALUES (new.id, new.note, new.exact);
END;

CREATE TRIGGER annotations_fts_update AFTER UPDATE OF note, exact ON annotations BEGIN
    INSERT INTO annotations_fts(annotations_fts, rowid, note, exact)
        VALUES ('delete', old.id, old.note, old.exact);
    INSERT INTO annotations_fts(rowid, note, exact) VALUES (new.id, new.note, new.exact);
END;

CREATE TRIGGER articles_fts_delete BEFORE DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, standfirst, body, speakers, quotes, facets)
        SELECT 'delete', id, headline, standfirst, body, speakers, quotes, facets FROM article_texts WHERE id = old.id;
    DELETE FROM statement_rows WHERE article_id = old.id;
END;

CREATE TRIGGER articles_fts_update_new AFTER UPDATE OF headline, standfirst, body, published ON articles BEGIN
    INSERT INTO articles_fts(rowid, headline, standfirst, body, speakers, quotes, facets)
        SELECT id, headline, standfirst, body, speakers, quotes, facets FROM article_texts WHERE id = new.id;
END;

CREATE TRIGGER articles_fts_update_old BEFORE UPDATE OF headline, standfirst, body, published ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, standfirst, body, speakers, quotes, facets)
        SELECT 'delete', id, headline, standfirst, body, speakers, quotes, facets FROM article_texts WHERE id = old.id;
END;

CREATE TRIGGER persons_speaker_keep BEFORE DELETE ON persons BEGIN
    UPDATE statement_rows SET speaker = old.name WHERE person_id = old.id AND speaker IS NULL;
END;

INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 16);

PRAGMA user_version = 10;
