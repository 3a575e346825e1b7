CREATE TABLE annotations (
	article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
	data       JSONB NOT NULL
);
