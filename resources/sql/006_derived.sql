-- Version 6: a smaller library that is faster to write. What can be worked
-- out from other rows is no longer stored with each statement.
--
-- * statement_rows holds the statements; `statements` becomes a view with
--   the columns it had, so every reader (and statements_fts, whose content
--   table it is) sees the same values as before:
--   - text is NULL when it is exactly the paragraph span [span_start,
--     span_end) (about three statements in four); the view cuts it out of
--     articles.body with dateline_span(), the function LibraryWriter uses
--     to decide that the span will give the text back;
--   - speaker is NULL when it is the person's canonical name;
--   - facets (person, date and country words) are derived by
--     dateline_facets() from the person, the article's date and its
--     country mentions, in the order LibraryWriter indexes them.
--   Both functions are registered on every connection (DerivedColumns), so
--   the view reads only through Dateline.
-- * The full-text index of statements is deleted from and updated through
--   the view, BEFORE a row changes, while the article, its countries and
--   the person are all still there. An article's statements go before the
--   article itself (the foreign key's cascade would run too late).
-- * country_mentions is clustered by article (WITHOUT ROWID), `id` the
--   mention's place in its article: readers look mentions up by article;
--   its two indexes (by code and by article) go. Country filters of
--   statement searches use the 'c' facet words.
-- * statements_fts keeps no column sizes: wordrank() ranks without them.
-- * articles.body is stored compressed (a BLOB) when that makes it smaller;
--   dateline_body() gives the text back, as the article_texts view does
--   for articles_fts, whose content table it becomes. A TEXT body (short,
--   or written by hand) is read as it is.

DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;
DROP TRIGGER statements_fts_delete;
DROP TRIGGER statements_fts_update;
DROP TABLE statements_fts;

CREATE TABLE statement_rows (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    speaker TEXT,                           -- NULL: the person's name
    surface TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    verb TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'direct',
    text TEXT,                              -- NULL: the paragraph span
    paragraph INTEGER NOT NULL,
    span_start INTEGER NOT NULL,            -- UTF-16 offsets in the paragraph
    span_end INTEGER NOT NULL
);

INSERT INTO statement_rows(id, article_id, person_id, speaker, surface, role, verb, kind, text, paragraph,
                           span_start, span_end)
SELECT s.id, s.article_id, s.person_id,
       CASE WHEN s.speaker = (SELECT name FROM persons p WHERE p.id = s.person_id) THEN NULL ELSE s.speaker END,
       s.surface, s.role, s.verb, s.kind,
       CASE WHEN s.text = (SELECT dateline_span(a.body, a.paragraph_lengths, s.paragraph, s.span_start, s.span_end)
                           FROM articles a WHERE a.id = s.article_id) THEN NULL ELSE s.text END,
       s.paragraph, s.span_start, s.span_end
FROM statements s;
DROP TABLE statements;
CREATE INDEX statement_rows_article ON statement_rows(article_id);

CREATE TABLE country_mentions_v6 (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,                    -- 0, 1, 2 ... in the article
    code TEXT NOT NULL,                     -- ISO 3166-1 alpha-2
    surface TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'name',
    paragraph INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    PRIMARY KEY (article_id, id)
) WITHOUT ROWID;
INSERT INTO country_mentions_v6(article_id, id, code, surface, kind, paragraph, span_start, span_end)
SELECT article_id, row_number() OVER (PARTITION BY article_id ORDER BY id) - 1, code, surface, kind, paragraph,
       span_start, span_end
FROM country_mentions;
DROP TABLE country_mentions;
ALTER TABLE country_mentions_v6 RENAME TO country_mentions;

UPDATE articles SET body = dateline_pack(body);

CREATE VIEW article_texts AS
SELECT id, headline, standfirst, dateline_body(body) AS body FROM articles;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    headline, standfirst, body,
    content = 'article_texts', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, standfirst, body)
        VALUES ('delete', old.id, old.headline, old.standfirst, dateline_body(old.body));
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF headline, standfirst, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, standfirst, body)
        VALUES ('delete', old.id, old.headline, old.standfirst, dateline_body(old.body));
    INSERT INTO articles_fts(rowid, headline, standfirst, body)
        VALUES (new.id, new.headline, new.standfirst, dateline_body(new.body));
END;

CREATE VIEW statements AS
SELECT r.id, r.article_id, r.person_id,
       coalesce(r.speaker, (SELECT p.name FROM persons p WHERE p.id = r.person_id), '') AS speaker,
       r.surface, r.role, r.verb, r.kind,
       coalesce(r.text, (SELECT dateline_span(a.body, a.paragraph_lengths, r.paragraph, r.span_start, r.span_end)
                         FROM articles a WHERE a.id = r.article_id), '') AS text,
       r.paragraph, r.span_start, r.span_end,
       (SELECT dateline_facets(r.person_id, a.published,
                               (SELECT group_concat(code, char(31)) FROM
                                   (SELECT c.code FROM country_mentions c WHERE c.article_id = r.article_id
                                    ORDER BY c.id)))
        FROM articles a WHERE a.id = r.article_id) AS facets
FROM statement_rows r;

CREATE VIRTUAL TABLE statements_fts USING fts5(
    text, speaker, facets,
    content = 'statements', content_rowid = 'id', columnsize = 0,
    tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER statements_fts_delete BEFORE DELETE ON statement_rows BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text, speaker, facets)
        SELECT 'delete', id, text, speaker, facets FROM statements WHERE id = old.id;
END;
CREATE TRIGGER statements_fts_update_old BEFORE UPDATE ON statement_rows BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text, speaker, facets)
        SELECT 'delete', id, text, speaker, facets FROM statements WHERE id = old.id;
END;
CREATE TRIGGER statements_fts_update_new AFTER UPDATE ON statement_rows BEGIN
    INSERT INTO statements_fts(rowid, text, speaker, facets)
        SELECT id, text, speaker, facets FROM statements WHERE id = new.id;
END;

CREATE TRIGGER articles_statements_delete BEFORE DELETE ON articles BEGIN
    DELETE FROM statement_rows WHERE article_id = old.id;
END;
-- Persons are not deleted today; should one be, its statements keep the
-- name the speaker column no longer finds.
CREATE TRIGGER persons_speaker_keep BEFORE DELETE ON persons BEGIN
    UPDATE statement_rows SET speaker = old.name WHERE person_id = old.id AND speaker IS NULL;
END;

INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
INSERT INTO statements_fts(statements_fts) VALUES ('rebuild');
