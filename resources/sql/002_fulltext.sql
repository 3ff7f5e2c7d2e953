-- Version 2: full-text indexes over article text and statements. External
-- content (the text lives once, in articles and statements); triggers keep
-- the indexes in step inside the writer's own transaction.

CREATE VIRTUAL TABLE articles_fts USING fts5(
    headline, standfirst, body,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');

CREATE VIRTUAL TABLE statements_fts USING fts5(
    text, speaker,
    content = 'statements', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, headline, standfirst, body)
        VALUES (new.id, new.headline, new.standfirst, new.body);
END;
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

CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text, speaker)
        VALUES ('delete', old.id, old.text, old.speaker);
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF text, speaker ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text, speaker)
        VALUES ('delete', old.id, old.text, old.speaker);
    INSERT INTO statements_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;

-- Rows written by version 1 enter the new indexes.
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
INSERT INTO statements_fts(statements_fts) VALUES ('rebuild');
