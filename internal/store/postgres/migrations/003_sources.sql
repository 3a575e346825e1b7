CREATE TABLE sources (
	key           TEXT PRIMARY KEY,
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	last_poll     TIMESTAMPTZ,
	last_success  TIMESTAMPTZ,
	last_error    TEXT NOT NULL DEFAULT '',
	failures      INTEGER NOT NULL DEFAULT 0,
	next_poll     TIMESTAMPTZ,
	articles      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE fetched (
	url        TEXT PRIMARY KEY,
	fetched_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
