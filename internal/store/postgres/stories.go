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
	rows, err := s.pool.Query(ctx, "SELECT "+articleCols+
		" FROM articles a ORDER BY a.published_day = '', a.published_day, a.published, a.id")
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

// ReplaceStories rewrites the story tables in one transaction.
func (s *DB) ReplaceStories(ctx context.Context, stories []model.Story) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("store stories: %w", err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "DELETE FROM story_articles; DELETE FROM stories"); err != nil {
		return fmt.Errorf("store stories: %w", err)
	}
	var b pgx.Batch
	for _, st := range stories {
		merged, _ := json.Marshal(nonNil(st.MergedFrom))
		b.Queue("INSERT INTO stories(id, title, merged_from) VALUES ($1, $2, $3)", st.ID, st.Title, string(merged))
		for i, id := range st.Articles {
			b.Queue(`INSERT INTO story_articles(article_id, story_id, seq, duplicate_of) VALUES ($1, $2, $3, $4)
				ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, seq = excluded.seq,
				duplicate_of = excluded.duplicate_of`, id, st.ID, i, st.Copies[id])
		}
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
	q := `SELECT s.id, s.title, s.merged_from::text, m.article_id, m.duplicate_of
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
		var id, title, merged, art, dup string
		if err := rows.Scan(&id, &title, &merged, &art, &dup); err != nil {
			return nil, fmt.Errorf("list stories: %w", err)
		}
		if len(out) == 0 || out[len(out)-1].ID != id {
			st := model.Story{ID: id, Title: title}
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
