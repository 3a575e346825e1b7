package pipeline

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/story"
)

// jitter reorders arts within windows of w articles, as parallel workers
// finishing out of turn would.
func jitter(arts []model.Article, w int, seed uint64) []model.Article {
	out := slices.Clone(arts)
	rng := rand.New(rand.NewPCG(seed, seed))
	for i := 0; i < len(out); i += w {
		win := out[i:min(len(out), i+w)]
		rng.Shuffle(len(win), func(a, b int) { win[a], win[b] = win[b], win[a] })
	}
	return out
}

// undated returns arts with the first n undated, moved to the end.
func undated(arts []model.Article, n int) []model.Article {
	out := slices.Clone(arts)
	for i := range min(n, len(out)) {
		out[i].Published = ""
	}
	return append(out[n:], out[:n]...)
}

// TestStoryStreamMatchesReplay stores the giveme5w1h articles in batches
// while a StoryStream (with a short reorder buffer) clusters them, and
// checks that the stories it stores are those a replay of the store
// gives, and that it replayed only when it had to.
func TestStoryStreamMatchesReplay(t *testing.T) {
	arts := giveme(t) // publication order
	late := slices.Clone(arts)
	old := late[len(late)/4]
	late = append(slices.Delete(late, len(late)/4, len(late)/4+1), old)
	tests := []struct {
		name       string
		before     []model.Article // stored before the stream starts
		arts       []model.Article
		lag        int
		wantReplay bool
	}{
		{"publication order", nil, arts, 8, false},
		{"jittered within the buffer", nil, jitter(arts, 6, 1), 8, false},
		{"jittered beyond the buffer", nil, jitter(arts, 40, 2), 4, true},
		{"an old article stored last", nil, late, 8, true},
		{"a store that held articles", arts[:10], arts[10:], 8, true},
		{"more undated articles than the buffer holds", nil, undated(arts, 150), 8, true},
	}
	ctx := context.Background()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := openStore(t)
			put(t, st, tt.before...)
			s, err := newStoryStream(ctx, st, story.DefaultConfig, tt.lag, 100)
			if err != nil {
				t.Fatal(err)
			}
			for i := 0; i < len(tt.arts); i += 7 {
				batch := tt.arts[i:min(len(tt.arts), i+7)]
				put(t, st, batch...)
				var ptrs []*model.Article
				for j := range batch {
					ptrs = append(ptrs, &batch[j])
				}
				s.Add(ptrs)
			}
			n, replayed, err := s.Finish(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if replayed != tt.wantReplay {
				t.Errorf("replayed = %v, want %v", replayed, tt.wantReplay)
			}
			got := storedStories(t, st)
			if _, err := BuildStories(ctx, st, story.DefaultConfig); err != nil {
				t.Fatal(err)
			}
			if want := storedStories(t, st); n != len(want) || !slices.Equal(got, want) {
				t.Errorf("the stream's %d stories differ from a replay's %d", n, len(want))
			}
		})
	}
}

// TestIngestStreamsStories ingests the seeds with a StoryStream on the
// ingester's OnStored hook, as `storyline ingest` does, and checks the
// stories against a replay.
func TestIngestStreamsStories(t *testing.T) {
	in, st := newIngester(t, source.Limits{})
	ctx := context.Background()
	s, err := NewStoryStream(ctx, st, story.DefaultConfig)
	if err != nil {
		t.Fatal(err)
	}
	in.OnStored = s.Add
	sum, err := in.Run(ctx, []string{shared(t, "seeds")})
	if err != nil || sum.New == 0 {
		t.Fatalf("ingest: %+v, %v", sum, err)
	}
	if _, _, err := s.Finish(ctx); err != nil {
		t.Fatal(err)
	}
	got := storedStories(t, st)
	if _, err := BuildStories(ctx, st, story.DefaultConfig); err != nil {
		t.Fatal(err)
	}
	if want := storedStories(t, st); len(got) == 0 || !slices.Equal(got, want) {
		t.Errorf("streamed stories %v, want a replay's %v", got, want)
	}
}
