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
// whatever order they were stored in). It
// reads a page at a time, since the single connection cannot serve fn's
// own queries while a result set is open.
func (s *DB) EachArticle(ctx context.Context, fn func(*model.Article) error) error {
	for offset := 0; ; offset += eachPage {
		rows, err := s.db.QueryContext(ctx, "SELECT "+articleCols+
			" FROM articles a ORDER BY a.published_day = '', a.published_day, a.published, a.id LIMIT ? OFFSET ?",
			eachPage, offset)
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
	}
}

// ReplaceStories rewrites the story tables in one transaction.
func (s *DB) ReplaceStories(ctx context.Context, stories []model.Story) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store stories: %w", err)
	}
	defer tx.Rollback()
	for _, q := range []string{"DELETE FROM story_articles", "DELETE FROM stories"} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("store stories: %w", err)
		}
	}
	insStory, err := tx.PrepareContext(ctx, "INSERT INTO stories(id, title, merged_from, updated_at) VALUES (?, ?, ?, ?)")
	if err != nil {
		return fmt.Errorf("store stories: %w", err)
	}
	insMember, err := tx.PrepareContext(ctx, "INSERT OR REPLACE INTO story_articles(article_id, story_id, seq, duplicate_of) VALUES (?, ?, ?, ?)")
	if err != nil {
		return fmt.Errorf("store stories: %w", err)
	}
	at := now()
	for _, st := range stories {
		merged, _ := json.Marshal(nonNil(st.MergedFrom))
		if _, err := insStory.ExecContext(ctx, st.ID, st.Title, string(merged), at); err != nil {
			return fmt.Errorf("store story %s: %w", st.ID, err)
		}
		for i, id := range st.Articles {
			if _, err := insMember.ExecContext(ctx, id, st.ID, i, st.Copies[id]); err != nil {
				return fmt.Errorf("store story %s article %s: %w", st.ID, id, err)
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
	q := `SELECT s.id, s.title, s.merged_from, m.article_id, m.duplicate_of
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
		var id, title, merged, art string
		var dup sql.NullString
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
		if dup.String != "" {
			if st.Copies == nil {
				st.Copies = map[string]string{}
			}
			st.Copies[art] = dup.String
		}
	}
	return out, rows.Err()
}
