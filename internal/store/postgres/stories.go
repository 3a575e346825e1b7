package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/store"
)

// EachArticle streams articles in publication order, undated last;
// articles published at the same time come in ID order, so that a replay
// gives the same stories whatever order they were stored in.
func (s *DB) EachArticle(ctx context.Context, fn func(*model.Article) error) error {
	return s.EachArticleAfter(ctx, "", fn)
}

// EachArticleID calls fn with every article's ID in EachArticle's order.
func (s *DB) EachArticleID(ctx context.Context, fn func(id string) error) error {
	rows, err := s.pool.Query(ctx, "SELECT a.id FROM articles a"+articleOrder)
	if err != nil {
		return fmt.Errorf("read article IDs: %w", err)
	}
	defer rows.Close()
	return store.EachID(rows, fn)
}

// articleKey is EachArticle's order as a row value, keyOf the row value
// of the article whose ID is the first parameter.
const (
	articleKey   = "(a.published_day = '', a.published_day, a.published, a.id)"
	articleOrder = " ORDER BY a.published_day = '', a.published_day, a.published, a.id"
	keyOf        = "(SELECT k.published_day = '', k.published_day, k.published, k.id FROM articles k WHERE k.id = $1)"
)

// EachArticleAfter streams, in EachArticle's order, the articles after
// the one with ID afterID (all of them when afterID is "").
func (s *DB) EachArticleAfter(ctx context.Context, afterID string, fn func(*model.Article) error) error {
	q, args := "SELECT "+articleCols+" FROM articles a", []any{}
	if afterID != "" {
		if _, err := s.ArticlesThrough(ctx, afterID); err != nil {
			return err
		}
		q += " WHERE " + articleKey + " > " + keyOf
		args = append(args, afterID)
	}
	rows, err := s.pool.Query(ctx, q+articleOrder, args...)
	if err != nil {
		return fmt.Errorf("read articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return fmt.Errorf("read articles: %w", err)
		}
		if err := fn(&a); err != nil {
			return err
		}
	}
	return rows.Err()
}

// ArticlesThrough counts the articles up to and including the one with
// ID id in EachArticle's order.
func (s *DB) ArticlesThrough(ctx context.Context, id string) (int, error) {
	var n int
	var found bool
	err := s.pool.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM articles WHERE id = $1), "+
		"(SELECT count(*) FROM articles a WHERE "+articleKey+" <= "+keyOf+")", id).Scan(&found, &n)
	if err != nil {
		return 0, fmt.Errorf("count articles through %s: %w", id, err)
	}
	if !found {
		return 0, fmt.Errorf("article %s: %w", id, store.ErrNotFound)
	}
	return n, nil
}

// ReplaceStories rewrites the story tables in one transaction.
func (s *DB) ReplaceStories(ctx context.Context, stories []model.Story) error {
	return s.writeStories(ctx, true, stories, nil)
}

// UpdateStories writes the changed stories and deletes the removed
// ones in one transaction.
func (s *DB) UpdateStories(ctx context.Context, changed []model.Story, removed []string) error {
	return s.writeStories(ctx, false, changed, removed)
}

// writeStories writes stories, after deleting every stored story when
// all is set, and deletes the removed ones, in one transaction.
func (s *DB) writeStories(ctx context.Context, all bool, stories []model.Story, removed []string) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("store stories: %w", err)
	}
	defer tx.Rollback(ctx)
	var b pgx.Batch
	if all {
		b.Queue("DELETE FROM story_articles")
		b.Queue("DELETE FROM stories")
	}
	for _, st := range stories {
		merged, _ := json.Marshal(nonNil(st.MergedFrom))
		b.Queue(`INSERT INTO stories(id, title, merged_from, topic) VALUES ($1, $2, $3, $4)
			ON CONFLICT (id) DO UPDATE SET title = excluded.title, merged_from = excluded.merged_from, topic = excluded.topic,
			updated_at = now()`, st.ID, st.Title, string(merged), st.Topic)
		for i, id := range st.Articles {
			b.Queue(`INSERT INTO story_articles(article_id, story_id, seq, duplicate_of) VALUES ($1, $2, $3, $4)
				ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, seq = excluded.seq,
				duplicate_of = excluded.duplicate_of`, id, st.ID, i, st.Copies[id])
		}
	}
	for _, id := range removed {
		b.Queue("DELETE FROM story_articles WHERE story_id = $1", id)
		b.Queue("DELETE FROM stories WHERE id = $1", id)
	}
	if err := tx.SendBatch(ctx, &b).Close(); err != nil {
		return fmt.Errorf("store stories: %w", err)
	}
	return tx.Commit(ctx)
}

// Stories lists stories, largest first.
func (s *DB) Stories(ctx context.Context) ([]model.Story, error) { return s.stories(ctx, "") }

// Story returns one story by ID or unique prefix.
func (s *DB) Story(ctx context.Context, id string) (*model.Story, error) {
	if id == "" || strings.ContainsAny(id, `%_\`) {
		return nil, fmt.Errorf("story %q: %w", id, store.ErrNotFound)
	}
	found, err := s.stories(ctx, id)
	if err != nil {
		return nil, err
	}
	switch len(found) {
	case 0:
		return nil, fmt.Errorf("story %s: %w", id, store.ErrNotFound)
	case 1:
		return &found[0], nil
	}
	for i := range found {
		if found[i].ID == id {
			return &found[i], nil
		}
	}
	return nil, fmt.Errorf("story %s: prefix matches several stories", id)
}

func (s *DB) stories(ctx context.Context, prefix string) ([]model.Story, error) {
	q := `SELECT s.id, s.title, s.merged_from::text, s.topic, m.article_id, m.duplicate_of
		FROM stories s JOIN story_articles m ON m.story_id = s.id`
	var args []any
	if prefix != "" {
		q += " WHERE s.id LIKE $1 || '%'"
		args = append(args, prefix)
	}
	q += " ORDER BY (SELECT count(*) FROM story_articles x WHERE x.story_id = s.id) DESC, s.id, m.seq"
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	defer rows.Close()
	out := []model.Story{}
	for rows.Next() {
		var id, title, merged, topic, art, dup string
		if err := rows.Scan(&id, &title, &merged, &topic, &art, &dup); err != nil {
			return nil, fmt.Errorf("list stories: %w", err)
		}
		if len(out) == 0 || out[len(out)-1].ID != id {
			st := model.Story{ID: id, Title: title, Topic: topic}
			_ = json.Unmarshal([]byte(merged), &st.MergedFrom)
			out = append(out, st)
		}
		st := &out[len(out)-1]
		st.Articles = append(st.Articles, art)
		if dup != "" {
			if st.Copies == nil {
				st.Copies = map[string]string{}
			}
			st.Copies[art] = dup
		}
	}
	return out, rows.Err()
}
