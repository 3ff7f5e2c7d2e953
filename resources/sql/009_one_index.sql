-- Version 9: one full-text index for articles and their statements, with a
-- prefix index.
--
-- statements_fts repeated, statement by statement, the words articles_fts
-- already held in the article's body, and every statement carried its
-- article's date and country words again: together more than half of the
-- library's full-text data, and most of what importing wrote. Now:
-- * articles_fts gains three columns: `speakers` (each statement's
--   speaker, statements in id order, separated by char(31)), `quotes` (the
--   same for statement texts stored as they are, not cut from the body:
--   empty but for a rare few) and `facets` (the filter words: 'p<id>' per
--   person quoted, then the date and country words, see SearchFacets). All
--   are derived from the rows by the article_texts view, its content table.
-- * statement_positions holds, per article, where each statement's span
--   lies in the body column (token positions) and its speaker in the
--   speakers column (see StatementPositions). A statement search matches
--   articles, and statement_hits() keeps the statements inside which the
--   query's words stand.
-- * prefix = '3': three-letter prefixes ("sta*") are read from their own
--   index instead of merging the lists of every word they begin. A second
--   length would add as much again, and the library must stay within 2.5
--   times its text.
-- The statements view loses `facets`, which nothing reads any more. An
-- article's full-text row changes with its statements: LibraryWriter takes
-- it out of the index before replacing an extraction and puts it back
-- after; deleting an article takes it out first, then the statements.

DROP TRIGGER statements_fts_delete;
DROP TRIGGER statements_fts_update_old;
DROP TRIGGER statements_fts_update_new;
DROP TABLE statements_fts;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;
DROP VIEW article_texts;
DROP TRIGGER articles_statements_delete;

DROP VIEW statements;
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

CREATE TABLE statement_positions (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    positions BLOB NOT NULL
);
INSERT INTO statement_positions(article_id, positions)
SELECT r.article_id,
       dateline_statement_positions(a.body, a.paragraph_lengths, r.id, coalesce(r.person_id, 0), r.paragraph,
                                    r.span_start, r.span_end,
                                    coalesce(r.speaker, (SELECT p.name FROM persons p WHERE p.id = r.person_id), ''),
                                    r.text)
FROM statement_rows r JOIN articles a ON a.id = r.article_id
GROUP BY r.article_id;

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

CREATE VIRTUAL TABLE articles_fts USING fts5(
    headline, standfirst, body, speakers, quotes, facets,
    content = 'article_texts', content_rowid = 'id', prefix = '3',
    tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER articles_fts_delete BEFORE DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, standfirst, body, speakers, quotes, facets)
        SELECT 'delete', id, headline, standfirst, body, speakers, quotes, facets FROM article_texts WHERE id = old.id;
    DELETE FROM statement_rows WHERE article_id = old.id;
END;
CREATE TRIGGER articles_fts_update_old BEFORE UPDATE OF headline, standfirst, body, published ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, standfirst, body, speakers, quotes, facets)
        SELECT 'delete', id, headline, standfirst, body, speakers, quotes, facets FROM article_texts WHERE id = old.id;
END;
CREATE TRIGGER articles_fts_update_new AFTER UPDATE OF headline, standfirst, body, published ON articles BEGIN
    INSERT INTO articles_fts(rowid, headline, standfirst, body, speakers, quotes, facets)
        SELECT id, headline, standfirst, body, speakers, quotes, facets FROM article_texts WHERE id = new.id;
END;

INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
