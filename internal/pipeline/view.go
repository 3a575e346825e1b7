package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/nlp"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/timeline"
)

// ViewStore is what building a story's view needs of a store.
type ViewStore interface {
	Story(ctx context.Context, id string) (*model.Story, error)
	Article(ctx context.Context, id string) (*model.Article, error)
	Annotations(ctx context.Context, articleID string) ([]byte, error)
}

// StoryView loads story id (or a unique prefix of it) with its articles
// and their stored annotations, and builds its timeline. Events and
// articles stored after since are marked new.
func StoryView(ctx context.Context, st ViewStore, id string, since time.Time) (*timeline.View, error) {
	s, err := st.Story(ctx, id)
	if err != nil {
		return nil, err
	}
	arts := make([]timeline.Article, 0, len(s.Articles))
	for _, aid := range s.Articles {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		a, err := st.Article(ctx, aid)
		if err != nil {
			return nil, fmt.Errorf("story %s: %w", s.ID, err)
		}
		ta := TimelineArticle(a)
		ta.CopyOf = s.Copies[aid]
		data, err := st.Annotations(ctx, aid)
		if errors.Is(err, store.ErrNotFound) {
			data, err = nil, nil // not analysed (yet): the timeline reads the text alone
		}
		if err != nil {
			return nil, fmt.Errorf("story %s: annotations of %s: %w", s.ID, aid, err)
		}
		if len(data) > 0 {
			var ann nlp.Annotations
			if err := json.Unmarshal(data, &ann); err != nil {
				return nil, fmt.Errorf("story %s: annotations of %s: %w", s.ID, aid, err)
			}
			AttachAnnotations(&ta, &ann)
		}
		arts = append(arts, ta)
	}
	slices.SortStableFunc(arts, func(x, y timeline.Article) int { return x.Published.Compare(y.Published) })
	return timeline.Build(s.ID, s.Title, arts, timeline.Options{Since: since}), nil
}

// TimelineArticle converts a stored article for package timeline.
func TimelineArticle(a *model.Article) timeline.Article {
	ta := timeline.Article{ID: a.ID, Source: a.Source, Outlet: a.Outlet, Title: a.Title, URL: a.URL,
		Language: a.Language, Text: a.Text, Ingested: a.Ingested, Published: ParsePublished(a.Published)}
	switch {
	case a.PublishedPrecision != "":
		ta.PublishedPrecision = a.PublishedPrecision
	case len(a.Published) == 4:
		ta.PublishedPrecision = "year"
	case len(a.Published) == 7:
		ta.PublishedPrecision = "month"
	}
	return ta
}

// AttachAnnotations copies an article's entities and quotes from nlp's
// annotations into a timeline article.
func AttachAnnotations(ta *timeline.Article, ann *nlp.Annotations) {
	for _, e := range ann.Entities {
		ta.Entities = append(ta.Entities, timeline.Entity{Text: e.Text, Type: e.Type, Start: e.Start, End: e.End, Canonical: e.Canonical})
	}
	ta.Times = []timeline.Time{}
	for _, t := range ann.Times {
		ta.Times = append(ta.Times, timeline.Time{Text: t.Text, Type: t.Type, Value: t.Value, Start: t.Start, End: t.End})
	}
	ta.Quotes = []timeline.Quote{}
	for _, q := range ann.Quotes {
		row := timeline.Quote{Text: q.Content.Text, Start: q.Content.Start, End: q.Content.End, Direct: q.Direct}
		if q.Speaker != nil {
			row.Speaker, row.Canonical = q.Speaker.Text, q.Speaker.Canonical
		}
		if q.Cue != nil {
			row.Cue = q.Cue.Text
		}
		ta.Quotes = append(ta.Quotes, row)
	}
}
