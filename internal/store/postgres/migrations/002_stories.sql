CREATE TABLE stories (
	id          TEXT PRIMARY KEY,
	title       TEXT NOT NULL DEFAULT '',
	merged_from JSONB NOT NULL DEFAULT '[]',
	updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE story_articles (
	article_id   TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
	story_id     TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	seq          INTEGER NOT NULL,
	duplicate_of TEXT NOT NULL DEFAULT ''
);
CREATE INDEX story_articles_story ON story_articles(story_id, seq);
