CREATE TABLE articles (
	id             TEXT PRIMARY KEY,
	source         TEXT NOT NULL,
	url            TEXT NOT NULL DEFAULT '',
	title          TEXT NOT NULL DEFAULT '',
	authors        TEXT NOT NULL DEFAULT '[]',
	published      TEXT NOT NULL DEFAULT '',
	published_day  TEXT NOT NULL DEFAULT '',
	published_from TEXT NOT NULL DEFAULT 'none',
	language       TEXT NOT NULL DEFAULT '',
	outlet         TEXT NOT NULL DEFAULT '',
	text           TEXT NOT NULL DEFAULT '',
	removed        TEXT NOT NULL DEFAULT '[]',
	summary        INTEGER NOT NULL DEFAULT 0,
	ingested_at    TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published_day);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_language ON articles(language);

CREATE TABLE origins (
	article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	origin     TEXT NOT NULL,
	PRIMARY KEY (article_id, origin)
);

CREATE TABLE documents (
	hash       TEXT PRIMARY KEY,
	origin     TEXT NOT NULL,
	article_id TEXT,
	seen_at    TEXT NOT NULL
);

CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, text,
	content='articles', content_rowid='rowid',
	tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
	INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
