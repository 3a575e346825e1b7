package pipeline

import (
	"bytes"
	"context"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/store"
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

// storeInBatches stores arts in st in batches of 7, handing each batch
// to s as the ingester's writer does.
func storeInBatches(t *testing.T, st store.Store, s *StoryStream, arts []model.Article) {
	t.Helper()
	for i := 0; i < len(arts); i += 7 {
		batch := arts[i:min(len(arts), i+7)]
		put(t, st, batch...)
		var ptrs []*model.Article
		for j := range batch {
			ptrs = append(ptrs, &batch[j])
		}
		s.Add(ptrs)
	}
}

// storedAndReplayed returns the stories stored in st, then those a
// replay of st stores.
func storedAndReplayed(t *testing.T, st store.Store) (stored, replayed []string) {
	t.Helper()
	stored = storedStories(t, st)
	if _, err := BuildStories(context.Background(), st, story.DefaultConfig); err != nil {
		t.Fatal(err)
	}
	return stored, storedStories(t, st)
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
			storeInBatches(t, st, s, tt.arts)
			n, replayed, err := s.Finish(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if replayed != tt.wantReplay {
				t.Errorf("replayed = %v, want %v", replayed, tt.wantReplay)
			}
			if got, want := storedAndReplayed(t, st); n != len(want) || !slices.Equal(got, want) {
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

// TestStoryStreamResumes ingests the giveme5w1h articles in two runs, the
// second resuming from the snapshot the first wrote, and checks that the
// second run adds only its own articles when it can, replays when it
// must, and always stores the stories a replay gives.
func TestStoryStreamResumes(t *testing.T) {
	arts := giveme(t) // publication order
	half := len(arts) / 2
	tests := []struct {
		name       string
		first      []model.Article // stored by the first run's stream
		between    []model.Article // stored without a stream in between
		second     []model.Article
		damage     func([]byte) []byte
		wantErr    bool
		wantReplay bool
	}{
		{"later articles", arts[:half], nil, arts[half:], nil, false, false},
		{"an older article in the second run", slices.Delete(slices.Clone(arts[:half]), half/2, half/2+1), nil, append(slices.Clone(arts[half:]), arts[half/2]), nil, false, true},
		{"articles stored since the snapshot", arts[:half], arts[half : half+3], arts[half+3:], nil, true, true},
		{"damaged snapshot", arts[:half], nil, arts[half:], func(b []byte) []byte { return b[:len(b)/2] }, true, true},
		{"not a snapshot", arts[:half], nil, arts[half:], func([]byte) []byte { return []byte("{}\n") }, true, true},
		{"first run replayed", jitter(arts[:half], 40, 3), nil, arts[half:], nil, false, false},
	}
	ctx := context.Background()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := openStore(t)
			feed := func(s *StoryStream, arts []model.Article) (bool, error) {
				storeInBatches(t, st, s, arts)
				_, replayed, err := s.Finish(ctx)
				return replayed, err
			}
			s1, err := newStoryStream(ctx, st, story.DefaultConfig, 8, 100)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := feed(s1, tt.first); err != nil {
				t.Fatal(err)
			}
			var snap bytes.Buffer
			if err := s1.WriteSnapshot(&snap); err != nil {
				t.Fatal(err)
			}
			put(t, st, tt.between...)
			data := snap.Bytes()
			if tt.damage != nil {
				data = tt.damage(data)
			}
			s2, err := ResumeStoryStream(ctx, st, story.DefaultConfig, bytes.NewReader(data))
			if (err != nil) != tt.wantErr {
				t.Errorf("resume error = %v, want one: %v", err, tt.wantErr)
			}
			if s2 == nil {
				t.Fatal("no stream")
			}
			replayed, err := feed(s2, tt.second)
			if err != nil {
				t.Fatal(err)
			}
			if replayed != tt.wantReplay {
				t.Errorf("replayed = %v, want %v", replayed, tt.wantReplay)
			}
			if got, want := storedAndReplayed(t, st); len(want) == 0 || !slices.Equal(got, want) {
				t.Errorf("the resumed stream's %d stories differ from a replay's %d", len(got), len(want))
			}
		})
	}
}
