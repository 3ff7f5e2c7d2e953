-- Version 8: the rows that repeat themselves, stored once.
--
-- * Country mentions: one row per country an article names
--   (article_countries), its mentions packed a few bytes each in `spans`
--   (see CountrySpans), instead of a row per mention (about four per
--   country and article). The mention's words go unless they differ from
--   the paragraph span. `first` is the place of the country's first
--   mention, the order the statements view gives the codes in, as before;
--   `mentions` their number. The index by code now lists each article once
--   per country.
-- * Statements: surface, role, verb and kind are ids into statement_labels
--   (a few hundred distinct texts across a library). NULL: empty, and for
--   the kind 'direct'.
-- * A statement's text that is its span with pieces left out or put in (an
--   interrupted quote without '”, she said, “') is stored as `edits` of the
--   span (DerivedColumns::textEdits), text NULL.
-- The statements view gives every value back as before, so the full-text
-- index keeps every word it had and needs no rebuild.
-- * Ambassador mentions are clustered by article (WITHOUT ROWID, `id` the
--   mention's place in its article), their words NULL when they are the
--   paragraph span.
-- * articles.content_hash holds the 32 bytes of the SHA-256 digest instead
--   of its 64 hex digits (the table and its unique index).

CREATE TABLE article_countries (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    code TEXT NOT NULL,                     -- ISO 3166-1 alpha-2
    first INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    spans BLOB NOT NULL,
    PRIMARY KEY (article_id, code)
) WITHOUT ROWID;

INSERT INTO article_countries(article_id, code, first, mentions, spans)
SELECT c.article_id, c.code, min(c.id), count(*),
       dateline_country_spans(c.id, c.kind, c.paragraph, c.span_start, c.span_end,
                              CASE WHEN c.surface = (SELECT dateline_span(a.body, a.paragraph_lengths, c.paragraph,
                                                                          c.span_start, c.span_end)
                                                     FROM articles a WHERE a.id = c.article_id)
                                   THEN NULL ELSE c.surface END)
FROM country_mentions c
GROUP BY c.article_id, c.code;

DROP TABLE country_mentions;
CREATE INDEX article_countries_code ON article_countries(code, article_id);

-- Everything that names statement_rows or the view goes while the table is
-- rebuilt, and comes back below as it was.
DROP TRIGGER statements_fts_delete;
DROP TRIGGER statements_fts_update_old;
DROP TRIGGER statements_fts_update_new;
DROP TRIGGER articles_statements_delete;
DROP TRIGGER persons_speaker_keep;
DROP VIEW statements;

CREATE TABLE statement_labels (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL UNIQUE
);
INSERT INTO statement_labels(text)
SELECT surface FROM statement_rows WHERE surface <> ''
UNION SELECT role FROM statement_rows WHERE role <> ''
UNION SELECT verb FROM statement_rows WHERE verb <> ''
UNION SELECT kind FROM statement_rows WHERE kind NOT IN ('', 'direct');

CREATE TABLE statement_rows_v8 (
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
INSERT INTO statement_rows_v8(id, article_id, person_id, speaker, surface_label, role_label, verb_label, kind_label,
                              text, edits, paragraph, span_start, span_end)
SELECT id, article_id, person_id, speaker, surface_label, role_label, verb_label, kind_label,
       CASE WHEN edits IS NULL THEN text END, edits, paragraph, span_start, span_end
FROM (SELECT r.*,
             (SELECT l.id FROM statement_labels l WHERE l.text = r.surface) AS surface_label,
             (SELECT l.id FROM statement_labels l WHERE l.text = r.role) AS role_label,
             (SELECT l.id FROM statement_labels l WHERE l.text = r.verb) AS verb_label,
             (SELECT l.id FROM statement_labels l WHERE l.text = r.kind AND r.kind <> 'direct') AS kind_label,
             CASE WHEN r.text IS NOT NULL THEN
                 (SELECT dateline_text_edits(dateline_span(a.body, a.paragraph_lengths, r.paragraph, r.span_start,
                                                           r.span_end), r.text)
                  FROM articles a WHERE a.id = r.article_id)
             END AS edits
      FROM statement_rows r);
DROP TABLE statement_rows;
ALTER TABLE statement_rows_v8 RENAME TO statement_rows;
CREATE INDEX statement_rows_article ON statement_rows(article_id);

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
       r.paragraph, r.span_start, r.span_end,
       (SELECT dateline_facets(r.person_id, a.published,
                               (SELECT group_concat(code, char(31)) FROM
                                   (SELECT c.code FROM article_countries c WHERE c.article_id = r.article_id
                                    ORDER BY c.first)))
        FROM articles a WHERE a.id = r.article_id) AS facets
FROM statement_rows r;

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

CREATE TABLE ambassador_mentions_v8 (
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
INSERT INTO ambassador_mentions_v8(article_id, id, country, host, name, role, surface, paragraph, span_start,
                                   span_end)
SELECT m.article_id, row_number() OVER (PARTITION BY m.article_id ORDER BY m.id) - 1, m.country, m.host, m.name,
       m.role,
       CASE WHEN m.surface = (SELECT dateline_span(a.body, a.paragraph_lengths, m.paragraph, m.span_start,
                                                   m.span_end)
                              FROM articles a WHERE a.id = m.article_id)
            THEN NULL ELSE m.surface END,
       m.paragraph, m.span_start, m.span_end
FROM ambassador_mentions m;
DROP TABLE ambassador_mentions;
ALTER TABLE ambassador_mentions_v8 RENAME TO ambassador_mentions;

UPDATE articles SET content_hash = dateline_digest(content_hash);
