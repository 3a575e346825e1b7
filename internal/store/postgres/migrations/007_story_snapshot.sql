-- The story assigner's snapshot (its clusterer, as pipeline.Assigner's
-- WriteSnapshot writes it), in chunks read back in seq order, so that a
-- new assigner goes on from it instead of replaying every article. One
-- bytea value is capped at 1 GB and a snapshot may be larger, hence the
-- chunks. WriteStorySnapshot replaces every row in one transaction.
CREATE TABLE story_snapshot (
	seq   INTEGER PRIMARY KEY,
	chunk BYTEA NOT NULL
);
