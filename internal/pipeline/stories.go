package pipeline

import (
	"context"
	"fmt"
	"time"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/story"
)

// StoryStore is what story building needs of a store.
type StoryStore interface {
	EachArticle(ctx context.Context, fn func(*model.Article) error) error
	ReplaceStories(ctx context.Context, stories []model.Story) error
}

// BuildStories assigns every stored article to a story, one article at a
// time in publication order, and stores the stories. Replaying the whole
// store keeps story IDs stable whatever order inputs were ingested in;
// the clusterer itself is online, so a later version can keep its state
// between runs instead of replaying.
func BuildStories(ctx context.Context, st StoryStore, cfg story.Config) (int, error) {
	c := story.New(cfg)
	err := st.EachArticle(ctx, func(a *model.Article) error {
		c.Add(story.Article{ID: a.ID, Title: a.Title, Text: a.Text, Published: ParsePublished(a.Published)})
		return ctx.Err()
	})
	if err != nil {
		return 0, fmt.Errorf("build stories: %w", err)
	}
	var out []model.Story
	for _, s := range c.Stories() {
		out = append(out, model.Story{ID: s.ID, Title: s.Title, Articles: s.Articles, Copies: s.Copies, MergedFrom: s.MergedFrom})
	}
	if err := st.ReplaceStories(ctx, out); err != nil {
		return 0, fmt.Errorf("build stories: %w", err)
	}
	return len(out), nil
}

// ParsePublished reads an article's publication date ("YYYY-MM-DD", RFC
// 3339, or an estimate at month or year precision, "YYYY-MM" or "YYYY",
// read as its first day); the zero time when it has none.
func ParsePublished(p string) time.Time {
	if t, err := time.Parse(time.RFC3339, p); err == nil {
		return t
	}
	if len(p) >= 10 {
		if t, err := time.Parse("2006-01-02", p[:10]); err == nil {
			return t
		}
	}
	for _, layout := range []string{"2006-01", "2006"} {
		if len(p) == len(layout) {
			if t, err := time.Parse(layout, p); err == nil {
				return t
			}
		}
	}
	return time.Time{}
}
