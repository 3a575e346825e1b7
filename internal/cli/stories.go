package cli

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/spf13/cobra"

	"github.com/storyline/storyline/internal/export"
	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/pipeline"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/termtable"
	"github.com/storyline/storyline/internal/timeline"
)

// storyArticle is an article as story listings print it.
type storyArticle struct {
	ID          string `json:"id"`
	Source      string `json:"source"`
	URL         string `json:"url"`
	Title       string `json:"title"`
	Outlet      string `json:"outlet"`
	Published   string `json:"published"`
	Language    string `json:"language"`
	DuplicateOf string `json:"duplicate_of,omitempty"`
	Ingested    string `json:"ingested"`
	// New marks an article stored after the --since time.
	New bool `json:"new,omitempty"`
}

// storyOut is a story as the stories and story commands print it.
type storyOut struct {
	ID         string         `json:"id"`
	Title      string         `json:"title"`
	Articles   []storyArticle `json:"articles"`
	MergedFrom []string       `json:"merged_from,omitempty"`
	// Topic is the story's topic: the ID of the first story of a group
	// of related stories (the story's own ID when it stands alone).
	Topic string `json:"topic,omitempty"`
}

// expandStories lists stories with their articles' metadata, read in
// one pass.
func expandStories(ctx context.Context, st store.Store, stories []model.Story, since time.Time) ([]storyOut, error) {
	var ids []string
	for _, s := range stories {
		ids = append(ids, s.Articles...)
	}
	heads, err := st.ArticleHeads(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]storyOut, 0, len(stories))
	for _, s := range stories {
		so, err := expandStory(s, heads, since)
		if err != nil {
			return nil, err
		}
		out = append(out, so)
	}
	return out, nil
}

func expandStory(s model.Story, heads map[string]model.Article, since time.Time) (storyOut, error) {
	out := storyOut{ID: s.ID, Title: s.Title, Articles: []storyArticle{}, MergedFrom: s.MergedFrom, Topic: s.Topic}
	for _, id := range s.Articles {
		a, ok := heads[id]
		if !ok {
			return out, fmt.Errorf("story %s: article %s: %w", s.ID, id, store.ErrNotFound)
		}
		out.Articles = append(out.Articles, storyArticle{ID: a.ID, Source: a.Source, URL: a.URL, Title: a.Title,
			Outlet: a.Outlet, Published: a.Published, Language: a.Language, DuplicateOf: s.Copies[id],
			Ingested: a.Ingested.Format(time.RFC3339), New: !since.IsZero() && a.Ingested.After(since)})
	}
	return out, nil
}

func (a *app) storiesCmd() *cobra.Command {
	var min, limit int
	cmd := &cobra.Command{
		Use:   "stories",
		Short: "List the stories the stored articles form, largest first",
		Long: `List stories: groups of articles about the same event, across outlets,
languages and time. Stories are built as part of ingest; syndicated
copies are folded onto their first copy and listed with duplicate_of.
With --json each story also names its topic, a looser grouping of
stories about one subject (two arrests of one player, two earthquakes in
one region): the ID of the topic's first story.`,
		Example: `  storyline stories
  storyline stories -n 20
  storyline stories --min 3 --json`,
		Args: usage(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := a.openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			stories, err := st.Stories(cmd.Context())
			if err != nil {
				return &exitError{ExitFatal, err}
			}
			stories = slices.DeleteFunc(stories, func(s model.Story) bool { return len(s.Articles) < min })
			if limit > 0 && len(stories) > limit {
				stories = stories[:limit] // largest first: the store's order
			}
			out, err := expandStories(cmd.Context(), st, stories, time.Time{})
			if err != nil {
				return &exitError{ExitFatal, err}
			}
			if a.asJSON {
				return a.printJSON(out)
			}
			tw := termtable.NewWriter(a.stdout, 2)
			fmt.Fprintln(tw, "STORY\tARTICLES\tOUTLETS\tTITLE")
			for _, s := range out {
				outlets := map[string]bool{}
				for _, art := range s.Articles {
					if art.DuplicateOf == "" {
						outlets[timeline.OutletKey(art.Outlet, art.URL, art.ID)] = true
					}
				}
				fmt.Fprintf(tw, "%s\t%d\t%d\t%s\n", s.ID, len(s.Articles), len(outlets), termtable.Clip(s.Title, 80))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().IntVar(&min, "min", 1, "only stories with at least this many articles")
	cmd.Flags().IntVarP(&limit, "limit", "n", 0, "at most this many stories, the largest (0: all)")
	return cmd
}

func (a *app) storyCmd() *cobra.Command {
	var sinceFlag string
	var minOutlets int
	cmd := &cobra.Command{
		Use:   "story [ID]",
		Short: "Show one story as a dated timeline, with sources, quotes and who said what (ID or a unique prefix)",
		Long: `Show one story: a dated timeline of its events, each citing the sentences
it was read from and counting the independent outlets that report it
(syndicated copies count once), with conflicts where sources disagree on a
date, a place or a person's role; then the quotes grouped by speaker, the
people, organisations and places named, which outlet reported when, and
the articles. Without an ID it shows the largest story.

Dates carry their precision (2018, 2019-06, 2025-08-28); a "~" marks a
date taken from the article's own publication date because the sentence
gave none. With --since, articles stored after that time, and events only
they report, are marked NEW (for following a story as it moves).`,
		Example: `  storyline story
  storyline story s1f4b
  storyline story s1f4b --json
  storyline story s1f4b --min-outlets 2     the corroborated events only
  storyline story s1f4b --since 2025-06-11T09:00:00Z
  storyline story s1f4b --since 24h`,
		Args: usage(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			id := ""
			if len(args) == 1 {
				id = args[0]
			}
			v, err := a.storyView(cmd.Context(), id, sinceFlag)
			if err != nil {
				return err
			}
			if minOutlets > 1 {
				v.Events = slices.DeleteFunc(v.Events, func(e timeline.Event) bool { return e.Corroboration < minOutlets })
			}
			if a.asJSON {
				return a.printJSON(v)
			}
			return export.Write(a.stdout, v, export.Text)
		},
	}
	cmd.Flags().IntVar(&minOutlets, "min-outlets", 1, "show only events reported by at least this many independent outlets")
	cmd.Flags().StringVar(&sinceFlag, "since", "", "mark articles stored after this time, and their events, NEW (RFC 3339, YYYY-MM-DD, or a duration such as 24h meaning that long ago)")
	return cmd
}

// storyView opens the store and builds story id's view (the largest
// story's when id is empty), marking what was stored after the --since
// value sinceFlag.
func (a *app) storyView(ctx context.Context, id, sinceFlag string) (*timeline.View, error) {
	since, err := parseSince(sinceFlag, time.Now())
	if err != nil {
		return nil, err
	}
	st, err := a.openStore(ctx)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	if id == "" {
		stories, err := st.Stories(ctx)
		if err != nil {
			return nil, &exitError{ExitFatal, err}
		}
		if len(stories) == 0 {
			return nil, &exitError{ExitPartial, errors.New("no stories yet: ingest some articles first")}
		}
		id = stories[0].ID // the largest
	}
	v, err := pipeline.StoryView(ctx, st, id, since)
	if err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return nil, &exitError{ExitPartial, err}
		}
		return nil, &exitError{ExitFatal, err}
	}
	return v, nil
}

// parseSince reads --since: a time, a day, or a duration back from now.
func parseSince(v string, now time.Time) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return t, nil
	}
	if t, err := time.ParseInLocation("2006-01-02", v, time.Local); err == nil {
		return t, nil
	}
	if d, err := time.ParseDuration(v); err == nil && d > 0 {
		return now.Add(-d), nil
	}
	return time.Time{}, &exitError{ExitUsage, fmt.Errorf("--since %q: want RFC 3339, YYYY-MM-DD or a duration such as 24h", v)}
}
