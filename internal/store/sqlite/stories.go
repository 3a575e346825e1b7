package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/store"
)

// eachPage is how many articles EachArticle holds in memory at once.
const eachPage = 500

// EachArticle streams articles in publication order, undated last, and
// in ID order within the same time (so a replay gives the same stories
// whatever order they were stored in).
func (s *DB) EachArticle(ctx context.Context, fn func(*model.Article) error) error {
	return s.EachArticleAfter(ctx, "", fn)
}

// EachArticleID calls fn with every article's ID in EachArticle's order,
// from one query: fn must not use the store, whose one connection the
// open result set holds.
func (s *DB) EachArticleID(ctx context.Context, fn func(id string) error) error {
	rows, err := s.db.QueryContext(ctx, "SELECT a.id FROM articles a"+articleOrder)
	if err != nil {
		return fmt.Errorf("read article IDs: %w", err)
	}
	defer rows.Close()
	return store.EachID(rows, fn)
}

// articleOrder is EachArticle's order, as a row value and as ORDER BY.
const (
	articleKey   = "(a.published_day = '', a.published_day, a.published, a.id)"
	articleOrder = " ORDER BY a.published_day = '', a.published_day, a.published, a.id"
	// keyOf selects an article's row value by ID.
	keyOf = "(SELECT k.published_day = '', k.published_day, k.published, k.id FROM articles k WHERE k.id = ?)"
)

// EachArticleAfter streams, in EachArticle's order, the articles after
// the one with ID afterID (all of them when afterID is ""). It reads a
// page at a time, each page starting after the last article of the one
// before, since the single connection cannot serve fn's own queries
// while a result set is open.
func (s *DB) EachArticleAfter(ctx context.Context, afterID string, fn func(*model.Article) error) error {
	if afterID != "" {
		if _, err := s.ArticlesThrough(ctx, afterID); err != nil {
			return err
		}
	}
	for {
		q, args := "SELECT "+articleCols+" FROM articles a", []any{}
		if afterID != "" {
			q += " WHERE " + articleKey + " > " + keyOf
			args = append(args, afterID)
		}
		rows, err := s.db.QueryContext(ctx, q+articleOrder+" LIMIT ?", append(args, eachPage)...)
		if err != nil {
			return fmt.Errorf("read articles: %w", err)
		}
		var page []model.Article
		for rows.Next() {
			a, err := scanArticle(rows)
			if err != nil {
				rows.Close()
				return fmt.Errorf("read articles: %w", err)
			}
			page = append(page, a)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return fmt.Errorf("read articles: %w", err)
		}
		for i := range page {
			if err := fn(&page[i]); err != nil {
				return err
			}
		}
		if len(page) < eachPage {
			return nil
		}
		afterID = page[len(page)-1].ID
	}
}

// ArticlesThrough counts the articles up to and including the one with
// ID id in EachArticle's order.
func (s *DB) ArticlesThrough(ctx context.Context, id string) (int, error) {
	var n int
	var found bool
	err := s.db.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM articles WHERE id = ?), "+
		"(SELECT count(*) FROM articles a WHERE "+articleKey+" <= "+keyOf+")", id, id).Scan(&found, &n)
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

// memberRows is how many story members one INSERT writes (four
// parameters each, far below SQLite's limit of 32,766).
const memberRows = 128

// writeStories writes stories, after deleting every stored story when
// all is set, and deletes the removed ones, in one transaction.
func (s *DB) writeStories(ctx context.Context, all bool, stories []model.Story, removed []string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store stories: %w", err)
	}
	defer tx.Rollback()
	if all {
		for _, q := range []string{"DELETE FROM story_articles", "DELETE FROM stories"} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return fmt.Errorf("store stories: %w", err)
			}
		}
	}
	upStory, err := tx.PrepareContext(ctx, `INSERT INTO stories(id, title, merged_from, topic, updated_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET title = excluded.title, merged_from = excluded.merged_from, topic = excluded.topic,
		updated_at = excluded.updated_at`)
	if err != nil {
		return fmt.Errorf("store stories: %w", err)
	}
	// Members go in many rows a statement: one statement per row cost
	// most of the time of writing a large store's stories.
	members := func(n int) string {
		return "INSERT OR REPLACE INTO story_articles(article_id, story_id, seq, duplicate_of) VALUES (?, ?, ?, ?)" +
			strings.Repeat(", (?, ?, ?, ?)", n-1)
	}
	upMembers, err := tx.PrepareContext(ctx, members(memberRows))
	if err != nil {
		return fmt.Errorf("store stories: %w", err)
	}
	args := make([]any, 0, 4*memberRows)
	flush := func(stmt *sql.Stmt) error {
		var err error
		if stmt != nil {
			_, err = stmt.ExecContext(ctx, args...)
		} else if len(args) > 0 {
			_, err = tx.ExecContext(ctx, members(len(args)/4), args...)
		}
		args = args[:0]
		return err
	}
	at := now()
	for _, st := range stories {
		merged, _ := json.Marshal(nonNil(st.MergedFrom))
		if _, err := upStory.ExecContext(ctx, st.ID, st.Title, string(merged), st.Topic, at); err != nil {
			return fmt.Errorf("store story %s: %w", st.ID, err)
		}
		for i, id := range st.Articles {
			args = append(args, id, st.ID, i, st.Copies[id])
			if len(args) == cap(args) {
				if err := flush(upMembers); err != nil {
					return fmt.Errorf("store story %s members: %w", st.ID, err)
				}
			}
		}
	}
	if err := flush(nil); err != nil {
		return fmt.Errorf("store story members: %w", err)
	}
	for _, id := range removed {
		for _, q := range []string{"DELETE FROM story_articles WHERE story_id = ?", "DELETE FROM stories WHERE id = ?"} {
			if _, err := tx.ExecContext(ctx, q, id); err != nil {
				return fmt.Errorf("remove story %s: %w", id, err)
			}
		}
	}
	return tx.Commit()
}

// Stories lists stories, largest first.
func (s *DB) Stories(ctx context.Context) ([]model.Story, error) {
	return s.stories(ctx, "")
}

// Story returns one story by ID or unique prefix.
func (s *DB) Story(ctx context.Context, id string) (*model.Story, error) {
	if id == "" || strings.ContainsAny(id, "%_") {
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
	q := `SELECT s.id, s.title, s.merged_from, s.topic, m.article_id, m.duplicate_of
		FROM stories s JOIN story_articles m ON m.story_id = s.id`
	var args []any
	if prefix != "" {
		q += " WHERE s.id LIKE ? || '%'"
		args = append(args, prefix)
	}
	q += " ORDER BY (SELECT count(*) FROM story_articles x WHERE x.story_id = s.id) DESC, s.id, m.seq"
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	defer rows.Close()
	out := []model.Story{}
	for rows.Next() {
		var id, title, merged, topic, art string
		var dup sql.NullString
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
		if dup.String != "" {
			if st.Copies == nil {
				st.Copies = map[string]string{}
			}
			st.Copies[art] = dup.String
		}
	}
	return out, rows.Err()
}
