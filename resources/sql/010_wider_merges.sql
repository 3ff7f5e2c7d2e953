-- Version 10: the article index merges its segments sixteen at a time.
--
-- FTS5 writes each transaction's words as a new segment and, by default,
-- merges segments four at a time once four of a level exist: an imported
-- batch is rewritten again and again as it climbs the levels, and those
-- rewrites were half of what an import wrote to the WAL. Merging sixteen
-- at a time rewrites each batch about half as often. A search reads up to
-- sixteen segments per level instead of four; the benchmark's 100,000
-- article library keeps its statement searches well inside their goals.
-- The setting lives in the index's own config table, so it travels with
-- the file.

INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 16);
