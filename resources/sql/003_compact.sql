-- Version 3: a smaller file and statement searches that stay fast at a
-- million statements.
--
-- * Article text is stored once. articles.body holds the paragraphs joined
--   by blank lines (what the full-text index reads) and paragraph_lengths
--   their UTF-8 byte lengths ("12,340,7"), from which one paragraph is cut
--   out again; the paragraphs table, a second copy of the text, goes.
-- * statements.facets holds the words a statement search filters on,
--   indexed in their own column of statements_fts: 'p<person id>', the
--   article's publication date as 'y2024 m202403 d20240315' and 'c<code>'
--   for each country the article mentions. Speaker, date and country filters
--   then intersect inside the full-text index instead of joining every match
--   to statements, articles and country_mentions.
-- * New rows enter the full-text indexes by LibraryWriter's own INSERT, no
--   longer by a trigger: an INSERT that fires a trigger opens a statement
--   savepoint, and at every savepoint FTS5 flushes its pending terms to a new
--   segment, so each row cost a segment write and later merges (import ran
--   at under a tenth of a bare FTS5 insert). Deletes and updates, rare, keep
--   their triggers.
-- * statements_person goes, see below. The full-text indexes lose their prefix indexes: they took about a third
--   of the index for prefix searches that a term scan answers quickly.

DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TRIGGER statements_fts_insert;
DROP TRIGGER statements_fts_delete;
DROP TRIGGER statements_fts_update;
DROP TABLE articles_fts;
DROP TABLE statements_fts;

ALTER TABLE articles ADD COLUMN paragraph_lengths TEXT NOT NULL DEFAULT '';
UPDATE articles SET
    body = (SELECT group_concat(text, char(10, 10)) FROM
               (SELECT text FROM paragraphs p WHERE p.article_id = articles.id ORDER BY position)),
    paragraph_lengths = (SELECT group_concat(length(CAST(text AS BLOB)), ',') FROM
               (SELECT text FROM paragraphs p WHERE p.article_id = articles.id ORDER BY position))
    WHERE EXISTS (SELECT 1 FROM paragraphs p WHERE p.article_id = articles.id);
DROP TABLE paragraphs;

-- Speaker filters are answered by the 'p' words of statements_fts; no query
-- looks statements up by person any more, and persons are never deleted.
DROP INDEX statements_person;

ALTER TABLE statements ADD COLUMN facets TEXT NOT NULL DEFAULT '';
UPDATE statements SET facets = trim(
    coalesce('p' || person_id, '')
    || coalesce((SELECT ' y' || substr(a.published, 1, 4) || ' m' || substr(a.published, 1, 4)
                        || substr(a.published, 6, 2) || ' d' || replace(substr(a.published, 1, 10), '-', '')
                 FROM articles a WHERE a.id = statements.article_id
                     AND date(substr(a.published, 1, 10)) = substr(a.published, 1, 10)), '')
    || coalesce((SELECT ' ' || group_concat('c' || lower(code), ' ') FROM
                     (SELECT DISTINCT code FROM country_mentions cm WHERE cm.article_id = statements.article_id)), ''));

CREATE VIRTUAL TABLE articles_fts USING fts5(
    headline, standfirst, body,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');

CREATE VIRTUAL TABLE statements_fts USING fts5(
    text, speaker, facets,
    content = 'statements', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, standfirst, body)
        VALUES ('delete', old.id, old.headline, old.standfirst, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF headline, standfirst, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, standfirst, body)
        VALUES ('delete', old.id, old.headline, old.standfirst, old.body);
    INSERT INTO articles_fts(rowid, headline, standfirst, body)
        VALUES (new.id, new.headline, new.standfirst, new.body);
END;

CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text, speaker, facets)
        VALUES ('delete', old.id, old.text, old.speaker, old.facets);
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF text, speaker, facets ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text, speaker, facets)
        VALUES ('delete', old.id, old.text, old.speaker, old.facets);
    INSERT INTO statements_fts(rowid, text, speaker, facets) VALUES (new.id, new.text, new.speaker, new.facets);
END;

INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
INSERT INTO statements_fts(statements_fts) VALUES ('rebuild');
