-- Version 5: full-text index over the reader's own notes and highlighted
-- words, so notes are searchable like articles and statements. External
-- content (the text lives once, in annotations); triggers keep the index in
-- step inside the writer's transaction. Needs only the tables of version 1.

CREATE VIRTUAL TABLE annotations_fts USING fts5(
    note, exact,
    content = 'annotations', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');

CREATE TRIGGER annotations_fts_insert AFTER INSERT ON annotations BEGIN
    INSERT INTO annotations_fts(rowid, note, exact) VALUES (new.id, new.note, new.exact);
END;
CREATE TRIGGER annotations_fts_delete AFTER DELETE ON annotations BEGIN
    INSERT INTO annotations_fts(annotations_fts, rowid, note, exact)
        VALUES ('delete', old.id, old.note, old.exact);
END;
CREATE TRIGGER annotations_fts_update AFTER UPDATE OF note, exact ON annotations BEGIN
    INSERT INTO annotations_fts(annotations_fts, rowid, note, exact)
        VALUES ('delete', old.id, old.note, old.exact);
    INSERT INTO annotations_fts(rowid, note, exact) VALUES (new.id, new.note, new.exact);
END;

-- Annotations written by earlier versions enter the index.
INSERT INTO annotations_fts(annotations_fts) VALUES ('rebuild');
