-- New articles enter the full-text index once per write batch
-- (PutArticles), not through a trigger per row: FTS5 writes its pending
-- terms to a new segment at every statement savepoint, so a trigger made
-- one tiny segment per article and merging them cost about a tenth of a
-- bulk ingest's CPU.
DROP TRIGGER articles_ai;
