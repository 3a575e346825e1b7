CREATE TABLE sources (
	key           TEXT PRIMARY KEY,
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	last_poll     TEXT NOT NULL DEFAULT '',
	last_success  TEXT NOT NULL DEFAULT '',
	last_error    TEXT NOT NULL DEFAULT '',
	failures      INTEGER NOT NULL DEFAULT 0,
	next_poll     TEXT NOT NULL DEFAULT '',
	articles      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE fetched (
	url        TEXT PRIMARY KEY,
	fetched_at TEXT NOT NULL
);
