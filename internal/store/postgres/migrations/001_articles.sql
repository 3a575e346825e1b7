CREATE TABLE articles (
	seq            BIGSERIAL UNIQUE,
	id             TEXT PRIMARY KEY,
	source         TEXT NOT NULL,
	url            TEXT NOT NULL DEFAULT '',
	title          TEXT NOT NULL DEFAULT '',
	authors        JSONB NOT NULL DEFAULT '[]',
	published      TEXT NOT NULL DEFAULT '',
	published_day  TEXT NOT NULL DEFAULT '',
	published_from TEXT NOT NULL DEFAULT 'none',
	language       TEXT NOT NULL DEFAULT '',
	outlet         TEXT NOT NULL DEFAULT '',
	text           TEXT NOT NULL DEFAULT '',
	removed        JSONB NOT NULL DEFAULT '[]',
	summary        BOOLEAN NOT NULL DEFAULT false,
	ingested_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
	-- Language-aware lexemes where PostgreSQL has a configuration for the
	-- article's language, plus 'simple' lexemes for every language.
	tsv tsvector GENERATED ALWAYS AS (
		setweight(to_tsvector(CASE language
			WHEN 'en' THEN 'english'::regconfig WHEN 'de' THEN 'german'::regconfig
			WHEN 'fr' THEN 'french'::regconfig WHEN 'es' THEN 'spanish'::regconfig
			WHEN 'pt' THEN 'portuguese'::regconfig WHEN 'it' THEN 'italian'::regconfig
			WHEN 'nl' THEN 'dutch'::regconfig WHEN 'ru' THEN 'russian'::regconfig
			WHEN 'sv' THEN 'swedish'::regconfig WHEN 'da' THEN 'danish'::regconfig
			WHEN 'nb' THEN 'norwegian'::regconfig WHEN 'fi' THEN 'finnish'::regconfig
			WHEN 'hu' THEN 'hungarian'::regconfig WHEN 'ro' THEN 'romanian'::regconfig
			WHEN 'tr' THEN 'turkish'::regconfig
			ELSE 'simple'::regconfig END, title), 'A') ||
		setweight(to_tsvector('simple'::regconfig, title), 'A') ||
		setweight(to_tsvector(CASE language
			WHEN 'en' THEN 'english'::regconfig WHEN 'de' THEN 'german'::regconfig
			WHEN 'fr' THEN 'french'::regconfig WHEN 'es' THEN 'spanish'::regconfig
			WHEN 'pt' THEN 'portuguese'::regconfig WHEN 'it' THEN 'italian'::regconfig
			WHEN 'nl' THEN 'dutch'::regconfig WHEN 'ru' THEN 'russian'::regconfig
			WHEN 'sv' THEN 'swedish'::regconfig WHEN 'da' THEN 'danish'::regconfig
			WHEN 'nb' THEN 'norwegian'::regconfig WHEN 'fi' THEN 'finnish'::regconfig
			WHEN 'hu' THEN 'hungarian'::regconfig WHEN 'ro' THEN 'romanian'::regconfig
			WHEN 'tr' THEN 'turkish'::regconfig
			ELSE 'simple'::regconfig END, text), 'B') ||
		setweight(to_tsvector('simple'::regconfig, text), 'B')
	) STORED
);
CREATE INDEX articles_published ON articles(published_day);
CREATE INDEX articles_outlet ON articles(lower(outlet));
CREATE INDEX articles_language ON articles(language);
CREATE INDEX articles_tsv ON articles USING GIN (tsv);

CREATE TABLE origins (
	article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	origin     TEXT NOT NULL,
	PRIMARY KEY (article_id, origin)
);

CREATE TABLE documents (
	hash       TEXT PRIMARY KEY,
	origin     TEXT NOT NULL,
	article_id TEXT,
	seen_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
