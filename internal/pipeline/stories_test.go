package pipeline

import (
	"bytes"
	"context"
	"errors"
	"io"
	"path/filepath"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/eval/clustering"
	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/store/sqlite"
	"github.com/storyline/storyline/internal/story"
)

// giveme returns the giveme5w1h articles as stored articles, in
// publication order.
func giveme(t *testing.T) []model.Article {
	t.Helper()
	set, err := clustering.LoadGiveme5W1H(shared(t, "data", "clustering", "giveme5w1h"))
	if err != nil {
		t.Fatal(err)
	}
	var out []model.Article
	for _, it := range set.Items {
		a := it.Article
		m := model.Article{ID: a.ID, Title: a.Title, Text: a.Text}
		if !a.Published.IsZero() {
			m.Published = a.Published.UTC().Format(time.RFC3339)
		}
		out = append(out, m)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Published < out[j].Published })
	return out
}

func openStore(t *testing.T) store.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func put(t *testing.T, st store.Store, as ...model.Article) {
	t.Helper()
	for i := range as {
		if _, err := st.PutArticle(context.Background(), &as[i], "doc-"+as[i].ID); err != nil {
			t.Fatal(err)
		}
	}
}

// storedStories lists a store's stories in a comparable form.
func storedStories(t *testing.T, st store.Store) []string {
	t.Helper()
	all, err := st.Stories(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range all {
		key := s.ID + "|" + s.Title
		for _, id := range s.Articles {
			key += "|" + id + ">" + s.Copies[id]
		}
		out = append(out, key)
	}
	sort.Strings(out)
	return out
}

// TestAssignerMatchesReplay feeds the stored articles to an Assigner in
// batches, in publication order and then with an old article stored
// late, and checks after every run that the stored stories are those a
// full replay gives, and that only the late article forced a replay.
func TestAssignerMatchesReplay(t *testing.T) {
	arts := giveme(t)
	late := arts[len(arts)/3] // withheld, then stored after newer ones
	var rest []model.Article
	for _, a := range arts {
		if a.ID != late.ID {
			rest = append(rest, a)
		}
	}
	half := len(rest) / 2
	steps := []struct {
		name       string
		add        []model.Article
		wantReplay bool
	}{
		{"first run", rest[:half], true},
		{"newer articles", rest[half : half+40], false},
		{"nothing new", nil, false},
		{"more newer articles", rest[half+40:], false},
		{"an old article stored late", []model.Article{late}, true},
	}
	ctx := context.Background()
	st := openStore(t)
	as := &Assigner{Store: st, Config: story.DefaultConfig}
	for _, step := range steps {
		put(t, st, step.add...)
		stats, err := as.Run(ctx)
		if err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		if stats.Replayed != step.wantReplay || (!stats.Replayed && stats.Added != len(step.add)) {
			t.Errorf("%s: %+v, want replayed=%v and %d added", step.name, stats, step.wantReplay, len(step.add))
		}
		ref := openStore(t)
		for _, a := range arts {
			if _, err := st.Article(ctx, a.ID); err == nil {
				put(t, ref, a)
			}
		}
		if _, err := BuildStories(ctx, ref, story.DefaultConfig); err != nil {
			t.Fatal(err)
		}
		if got, want := storedStories(t, st), storedStories(t, ref); !slices.Equal(got, want) {
			t.Errorf("%s: the assigner's %d stories differ from a replay's %d", step.name, len(got), len(want))
		}
	}
}

// TestAssignerResumes checks that an assigner resumes from a snapshot
// written by another (as a watch run after the last does) and adds only
// the articles stored since, that an
// ingest's story stream resumes from an assigner's snapshot, and that a
// snapshot the store has moved past is refused.
func TestAssignerResumes(t *testing.T) {
	arts := giveme(t) // publication order
	a, b, c := len(arts)/3, 2*len(arts)/3, len(arts)-5
	ctx := context.Background()
	st := openStore(t)
	snapshot := func(w interface{ WriteSnapshot(io.Writer) error }) *bytes.Buffer {
		t.Helper()
		var buf bytes.Buffer
		if err := w.WriteSnapshot(&buf); err != nil {
			t.Fatal(err)
		}
		return &buf
	}

	put(t, st, arts[:a]...)
	first := &Assigner{Store: st, Config: story.DefaultConfig}
	if _, err := first.Run(ctx); err != nil {
		t.Fatal(err)
	}
	snap := snapshot(first)

	second := &Assigner{Store: st, Config: story.DefaultConfig}
	if err := second.Resume(ctx, snap); err != nil {
		t.Fatalf("resume: %v", err)
	}
	put(t, st, arts[a:b]...)
	stats, err := second.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Replayed || stats.Added != b-a {
		t.Errorf("resumed run: %+v, want %d added without a replay", stats, b-a)
	}
	if got, want := storedAndReplayed(t, st); !slices.Equal(got, want) {
		t.Errorf("the resumed assigner's %d stories differ from a replay's %d", len(got), len(want))
	}

	// An ingest goes on from the assigner's snapshot.
	s, err := ResumeStoryStream(ctx, st, story.DefaultConfig, snapshot(second))
	if err != nil {
		t.Fatalf("stream from an assigner's snapshot: %v", err)
	}
	storeInBatches(t, st, s, arts[b:c])
	if _, replayed, err := s.Finish(ctx); err != nil || replayed {
		t.Errorf("stream finish: replayed %v, %v", replayed, err)
	}
	if got, want := storedAndReplayed(t, st); !slices.Equal(got, want) {
		t.Errorf("the stream's %d stories differ from a replay's %d", len(got), len(want))
	}

	// The assigner's snapshot is now behind the store.
	stale := snapshot(second)
	put(t, st, arts[c:]...)
	third := &Assigner{Store: st, Config: story.DefaultConfig}
	if err := third.Resume(ctx, stale); !errors.Is(err, ErrStaleSnapshot) {
		t.Errorf("resume from a stale snapshot: %v, want ErrStaleSnapshot", err)
	}
	if stats, err := third.Run(ctx); err != nil || !stats.Replayed {
		t.Errorf("run after a refused snapshot: %+v, %v; want a replay", stats, err)
	}
	if err := (&Assigner{Store: st}).WriteSnapshot(io.Discard); err == nil {
		t.Error("an assigner that never ran wrote a snapshot")
	}
}

// TestStoryArticle checks that the clusterer reads a stored article's
// language and outlet: without them no story is scored across languages
// and a busy outlet's stories run together.
func TestStoryArticle(t *testing.T) {
	tests := []struct {
		in   model.Article
		want story.Article
	}{
		{model.Article{ID: "a", Title: "T", Text: "x", Published: "2025-08-29", Language: "pt", Outlet: "Folha"},
			story.Article{ID: "a", Title: "T", Text: "x", Published: time.Date(2025, 8, 29, 0, 0, 0, 0, time.UTC), Lang: "pt", Outlet: "Folha"}},
		{model.Article{ID: "b", Text: "y"}, story.Article{ID: "b", Text: "y"}},
	}
	for _, tc := range tests {
		if got := storyArticle(&tc.in); got != tc.want {
			t.Errorf("storyArticle(%+v) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}
