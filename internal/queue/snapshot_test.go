package queue

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/pipeline"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/store/postgres"
	"github.com/storyline/storyline/internal/story"
)

// logRecorder is a slog.Handler that keeps every record.
type logRecorder struct {
	mu      sync.Mutex
	records []slog.Record
}

func (*logRecorder) Enabled(context.Context, slog.Level) bool { return true }
func (h *logRecorder) WithAttrs([]slog.Attr) slog.Handler     { return h }
func (h *logRecorder) WithGroup(string) slog.Handler          { return h }

func (h *logRecorder) Handle(_ context.Context, r slog.Record) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.records = append(h.records, r.Clone())
	return nil
}

// messages returns the messages logged so far that begin with prefix,
// each with its attributes ("msg key=value ...").
func (h *logRecorder) messages(prefix string) []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []string
	for _, r := range h.records {
		if !strings.HasPrefix(r.Message, prefix) {
			continue
		}
		line := r.Message
		r.Attrs(func(a slog.Attr) bool {
			line += " " + a.String()
			return true
		})
		out = append(out, line)
	}
	return out
}

// replayStore is the store seen by a replay whose stories are kept
// aside instead of written.
type replayStore struct {
	*postgres.DB
	stories []model.Story
}

func (r *replayStore) ReplaceStories(_ context.Context, s []model.Story) error {
	r.stories = s
	return nil
}

// storyKeys lists stories in a comparable form, in no particular order.
func storyKeys(stories []model.Story) []string {
	var out []string
	for _, s := range stories {
		key := fmt.Sprintf("%s|%s|%s|%v", s.ID, s.Title, s.Topic, s.MergedFrom)
		for _, id := range s.Articles {
			key += "|" + id + ">" + s.Copies[id]
		}
		out = append(out, key)
	}
	sort.Strings(out)
	return out
}

// checkReplay fails t unless the stored stories are those a replay of
// the stored articles builds.
func checkReplay(t *testing.T, st *postgres.DB, when string) {
	t.Helper()
	ctx := context.Background()
	stored, err := st.Stories(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ref := &replayStore{DB: st}
	if _, err := pipeline.BuildStories(ctx, ref, story.DefaultConfig); err != nil {
		t.Fatal(err)
	}
	if got, want := storyKeys(stored), storyKeys(ref.stories); len(want) == 0 || !slices.Equal(got, want) {
		t.Errorf("%s: the %d stored stories differ from the %d a replay builds", when, len(got), len(want))
	}
}

// TestAssignerResumesFromSnapshot runs a worker until the queue drains
// and stops it, then starts a second one, on a new connection to the
// same database: it must resume from the snapshot the first saved, add
// new articles to the stories, and end with the stories a replay gives.
// A third worker, started after an article was stored behind the
// snapshot's back, must refuse it and replay.
func TestAssignerResumesFromSnapshot(t *testing.T) {
	dsn, st, q := setup(t)
	ctx := context.Background()
	firstLoad, secondLoad := kcnaLoads(t)
	cfg := func(id string, concurrency int) WorkerConfig {
		return WorkerConfig{Store: st, Extractor: &extract.Extractor{}, Concurrency: concurrency,
			StoryPoll: 50 * time.Millisecond, SweepInterval: 200 * time.Millisecond, ID: id}
	}
	open := func() (*Queue, *logRecorder) {
		logs := &logRecorder{}
		q, err := Open(ctx, dsn, slog.New(logs))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(q.Close)
		return q, logs
	}
	enqueue := func(q *Queue, inputs ...string) {
		t.Helper()
		sum, err := (&Enqueuer{Queue: q, Store: st, Source: &source.Reader{}}).Run(ctx, inputs)
		if err != nil {
			t.Fatal(err)
		}
		if sum.Queued == 0 {
			t.Fatalf("nothing queued from %v: %+v", inputs, sum)
		}
	}

	// The first worker has no snapshot to start from; it saves one.
	q1, logs1 := open()
	enqueue(q, firstLoad)
	stop := startWorker(t, q1, cfg("first", 2))
	first := waitDrained(t, q, 60*time.Second)
	stop()
	if got := logs1.messages("no story snapshot stored"); len(got) != 1 {
		t.Errorf("first worker logged %q, want that it found no snapshot", got)
	}
	if got := logs1.messages("story snapshot saved"); len(got) == 0 {
		t.Fatal("the first worker saved no story snapshot")
	}
	r, err := st.ReadStorySnapshot(ctx)
	if err != nil {
		t.Fatalf("no snapshot stored after the first worker stopped: %v", err)
	}
	r.Close()
	checkReplay(t, st, "first worker")

	// The second resumes from it, at start, and goes on with newer
	// articles, one at a time, so that they are stored in publication
	// order: no story run needs a replay.
	q2, logs2 := open()
	stop = startWorker(t, q2, cfg("second", 1))
	if got := logs2.messages("stories resumed from the stored snapshot"); len(got) != 1 {
		t.Fatalf("second worker did not resume from the snapshot; it logged %q", logs2.messages(""))
	}
	enqueue(q2, secondLoad)
	second := waitDrained(t, q2, 60*time.Second)
	if second.Articles <= first.Articles {
		t.Fatalf("%d articles after the second load, %d after the first: want more", second.Articles, first.Articles)
	}
	checkReplay(t, st, "second worker")
	stop()
	if got := logs2.messages("stories updated"); len(got) == 0 {
		t.Error("second worker ran no stories job")
	}
	for _, run := range logs2.messages("stories updated") {
		if !strings.Contains(run, "replayed=false") {
			t.Errorf("second worker's story run: %s, want no replay", run)
		}
	}
	if got := logs2.messages("story snapshot saved"); len(got) == 0 {
		t.Error("the second worker saved no story snapshot")
	}

	// An article stored while no worker assigns stories makes the
	// snapshot stale: the third worker replays.
	late := &model.Article{ID: "late-article", Source: "test", Title: "A late article",
		Text: "An article stored while no worker assigned stories.", Published: "2000-01-01"}
	if _, err := st.PutArticle(ctx, late, ""); err != nil {
		t.Fatal(err)
	}
	q3, logs3 := open()
	startWorker(t, q3, cfg("third", 1))
	if got := logs3.messages("the stored story snapshot does not match"); len(got) != 1 {
		t.Fatalf("third worker did not refuse the stale snapshot; it logged %q", logs3.messages(""))
	}
	if err := q3.requestStories(ctx); err != nil {
		t.Fatal(err)
	}
	waitDrained(t, q3, 60*time.Second)
	checkReplay(t, st, "third worker")
	if got := logs3.messages("stories updated"); len(got) == 0 || !strings.Contains(got[0], "replayed=true") {
		t.Errorf("third worker's story runs: %q, want a replay", got)
	}
}

// kcnaLoads writes two loads of KCNA articles to files: the first 60
// articles of the dump in publication order, then one article for each
// of the 12 days after the last of those, in publication order. Every
// article of the second load comes after every one of the first, and
// after the one before it, so a worker taking one document at a time
// adds them to the stories without a replay.
func kcnaLoads(t *testing.T) (first, second string) {
	t.Helper()
	items := kcnaItems(t)
	date := func(item json.RawMessage) int64 {
		var v struct {
			Date int64 `json:"date"`
		}
		if err := json.Unmarshal(item, &v); err != nil {
			t.Fatal(err)
		}
		return v.Date
	}
	slices.SortStableFunc(items, func(a, b json.RawMessage) int { return cmp.Compare(date(a), date(b)) })
	const n, days = 60, 12
	var later []json.RawMessage
	for _, item := range items[n:] {
		last := items[n-1]
		if len(later) > 0 {
			last = later[len(later)-1]
		}
		if date(item) > date(last) && len(later) < days {
			later = append(later, item)
		}
	}
	if len(later) < days {
		t.Fatalf("the KCNA dump has %d days after its first %d articles, want %d", len(later), n, days)
	}
	write := func(name string, items []json.RawMessage) string {
		b, err := json.Marshal(items)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	return write("first.json", items[:n]), write("second.json", later)
}

// failingSnapshots is a snapshot store whose writes fail.
type failingSnapshots struct{ snapshotStore }

func (failingSnapshots) WriteStorySnapshot(context.Context, func(io.Writer) error) error {
	return errors.New("disk full")
}

// TestSaveSnapshot saves the assigner's snapshot as a stopping worker
// does: a failed save is only logged and leaves it to save again; a
// save is skipped when nothing changed since the last; and what was
// saved resumes a new assigner.
func TestSaveSnapshot(t *testing.T) {
	_, st, q := setup(t)
	logs := &logRecorder{}
	q.logger = slog.New(logs)
	ctx := context.Background()
	for i, day := range []string{"2024-03-01", "2024-03-02", "2024-03-05"} {
		a := &model.Article{ID: fmt.Sprintf("article-%d", i), Source: "test", Published: day,
			Title: fmt.Sprintf("Flood closes the river crossing, day %d", i),
			Text:  "The river crossing stayed closed after the flood; the ferry resumed on the next day."}
		if _, err := st.PutArticle(ctx, a, ""); err != nil {
			t.Fatal(err)
		}
	}
	w := &storyWorker{q: q, cfg: &WorkerConfig{}, snapshots: failingSnapshots{st},
		assigner: &pipeline.Assigner{Store: st, Config: story.DefaultConfig}}
	if _, err := w.assigner.Run(ctx); err != nil {
		t.Fatal(err)
	}
	w.dirty = true

	w.stopped(ctx)
	if got := logs.messages("save the story snapshot"); len(got) != 1 || !strings.Contains(got[0], "disk full") {
		t.Errorf("a failed save logged %q, want its error", got)
	}
	if !w.dirty {
		t.Error("a failed save marked the snapshot saved")
	}

	w.snapshots = st
	w.stopped(ctx)
	w.stopped(ctx) // nothing changed since: no second save
	if got := logs.messages("story snapshot saved"); len(got) != 1 {
		t.Errorf("saves logged: %q, want one", got)
	}
	r, err := st.ReadStorySnapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	next := &pipeline.Assigner{Store: st, Config: story.DefaultConfig}
	if err := next.Resume(ctx, r); err != nil {
		t.Errorf("resume from the saved snapshot: %v", err)
	}
}
