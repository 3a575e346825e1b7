package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river/rivertype"

	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/model"
	"github.com/storyline/storyline/internal/pipeline"
	"github.com/storyline/storyline/internal/sharedtest"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/store/postgres"
	"github.com/storyline/storyline/internal/store/postgres/pgtest"
)

// shared returns a path inside ../shared (beside the repository),
// skipping the test when the shared data folder is absent.
func shared(t testing.TB, parts ...string) string {
	t.Helper()
	return sharedtest.Path(t, parts...)
}

// setup opens a store and a queue on a fresh database.
func setup(t testing.TB) (string, *postgres.DB, *Queue) {
	t.Helper()
	dsn := pgtest.FreshDB(t, "storyline_queue")
	ctx := context.Background()
	st, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	q, err := Open(ctx, dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(q.Close)
	return dsn, st, q
}

// startWorker runs q.Work in the background until the test ends, or
// until the stop it returns is called: that stops the worker gracefully
// and waits for Work to return.
func startWorker(t testing.TB, q *Queue, cfg WorkerConfig) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	started := make(chan struct{})
	cfg.OnStart = func(string) { close(started) }
	go func() { done <- q.Work(ctx, cfg) }()
	select {
	case <-started:
	case err := <-done:
		cancel()
		t.Fatalf("worker did not start: %v", err)
	}
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("worker: %v", err)
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

// waitDrained polls the queue until no job is left to do and every
// stored article is in a story, or fails the test at the deadline.
func waitDrained(t testing.TB, q *Queue, deadline time.Duration) Status {
	t.Helper()
	end := time.Now().Add(deadline)
	for {
		st, err := q.Status(context.Background(), 100)
		if err != nil {
			t.Fatal(err)
		}
		if st.Unfinished() == 0 && st.Placed == st.Articles {
			return st
		}
		if time.Now().After(end) {
			t.Fatalf("queue not drained after %s: %+v", deadline, st)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// partition returns the stories as sorted lists of article IDs.
func partition(t testing.TB, st interface {
	Stories(context.Context) ([]model.Story, error)
}) [][]string {
	t.Helper()
	stories, err := st.Stories(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for _, s := range stories {
		ids := slices.Clone(s.Articles)
		sort.Strings(ids)
		out = append(out, ids)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

func TestRetryPolicyDelay(t *testing.T) {
	p := RetryPolicy{Base: 5 * time.Second}
	for _, tc := range []struct {
		attempt int
		want    time.Duration
	}{
		{0, 5 * time.Second},
		{1, 5 * time.Second},
		{2, 20 * time.Second},
		{3, 80 * time.Second},
		{5, 1280 * time.Second},
		{6, time.Hour},
		{40, time.Hour},
	} {
		if got := p.Delay(tc.attempt); got != tc.want {
			t.Errorf("Delay(%d) = %s, want %s", tc.attempt, got, tc.want)
		}
	}
}

// readDocs splits real inputs into documents as the enqueuer does.
func readDocs(t testing.TB, paths ...string) []*model.Document {
	t.Helper()
	var docs []*model.Document
	h := collect{docs: &docs}
	if err := (&source.Reader{}).Read(context.Background(), paths, h); err != nil {
		t.Fatal(err)
	}
	return docs
}

type collect struct{ docs *[]*model.Document }

func (c collect) Document(_ context.Context, d *model.Document) error {
	*c.docs = append(*c.docs, d)
	return nil
}
func (collect) Failed(string, error)   {}
func (collect) Skipped(string, string) {}

// TestDocumentArgsRoundTrip checks that a document survives the trip
// through a job's JSON arguments with the same content hash, so that
// the queue and a single-process ingest know the same documents.
func TestDocumentArgsRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paths []string
	}{
		{"text", []string{shared(t, "seeds")}},
		{"html", []string{filepath.Join(shared(t, "data", "html-news"), "fundus_uk_BBC_2024_08_01.html.gz")}},
		{"json records", []string{filepath.Join(shared(t, "data", "corpus", "kcna"), "headlines_2024-11-11.json")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs := readDocs(t, tc.paths...)
			if len(docs) == 0 {
				t.Fatal("no documents read")
			}
			for _, d := range docs[:min(len(docs), 50)] {
				b, err := json.Marshal(NewDocumentArgs(d))
				if err != nil {
					t.Fatal(err)
				}
				var back DocumentArgs
				if err := json.Unmarshal(b, &back); err != nil {
					t.Fatal(err)
				}
				got := back.Document()
				if h, want := pipeline.DocumentHash(got), pipeline.DocumentHash(d); h != want || back.Hash != want {
					t.Fatalf("%s: hash after round trip %s (args %s), want %s", d.Origin, h, back.Hash, want)
				}
				if got.Origin != d.Origin || got.Kind != d.Kind || string(got.Body) != string(d.Body) {
					t.Fatalf("%s: document changed in the round trip", d.Origin)
				}
			}
		})
	}
}

// poisonAnalyzer fails on every article whose text holds a marker, as a
// stage that chokes on one document would.
type poisonAnalyzer struct{}

func (poisonAnalyzer) AnalyzeJSON(text, _ string, _ time.Time) ([]byte, error) {
	if strings.Contains(text, "POISON") {
		return nil, errors.New("analyser choked on the poison paragraph")
	}
	return []byte(`{}`), nil
}

// TestFailingDocumentIsDiscarded queues real seeds and one document that
// always fails: the failing one is tried MaxAttempts times and ends
// discarded with its error; the others are stored and put in stories.
func TestFailingDocumentIsDiscarded(t *testing.T) {
	seeds := shared(t, "seeds")
	_, st, q := setup(t)
	ctx := context.Background()
	dir := t.TempDir()
	body, err := os.ReadFile(filepath.Join(seeds, "000_d6398dffda7a0d7e.txt"))
	if err != nil {
		t.Fatal(err)
	}
	poison := filepath.Join(dir, "poison.txt")
	marked := strings.Replace(string(body), "Trump-North Korea talks", "POISON Trump-North Korea talks", 1)
	if marked == string(body) {
		t.Fatal("seed text changed: no sentence to mark")
	}
	if err := os.WriteFile(poison, []byte(marked), 0o644); err != nil {
		t.Fatal(err)
	}
	e := &Enqueuer{Queue: q, Store: st, Source: &source.Reader{}, MaxAttempts: 3}
	sum, err := e.Run(ctx, []string{seeds, poison})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Queued != 4 {
		t.Fatalf("queued %+v, want 4 documents", sum)
	}
	// Queueing the same inputs again adds nothing.
	if again, err := e.Run(ctx, []string{seeds, poison}); err != nil || again.Queued != 0 || again.Known != 4 {
		t.Fatalf("second enqueue = %+v, %v; want 4 known", again, err)
	}
	startWorker(t, q, WorkerConfig{Store: st, Extractor: &extract.Extractor{}, Analyzer: poisonAnalyzer{},
		Concurrency: 2, RetryBase: 10 * time.Millisecond, StoryPoll: 50 * time.Millisecond, SweepInterval: 200 * time.Millisecond})
	status := waitDrained(t, q, 60*time.Second)

	if got := status.Jobs(DocumentQueue, rivertype.JobStateCompleted); got != 3 {
		t.Errorf("%d document jobs completed, want 3", got)
	}
	if len(status.Discarded) != 1 {
		t.Fatalf("discarded = %+v, want the poison document only", status.Discarded)
	}
	d := status.Discarded[0]
	if d.Name != poison || d.Attempts != 3 || !strings.Contains(d.Error, "analyser choked") {
		t.Errorf("discarded job = %+v, want %s after 3 attempts with the analyser's error", d, poison)
	}
	if status.Articles != 3 || status.Placed != 3 {
		t.Errorf("%d articles stored, %d in stories; want 3 and 3", status.Articles, status.Placed)
	}
	if p := partition(t, st); len(p) != 1 {
		t.Errorf("seed stories = %v, want the three seeds in one story", p)
	}
}

// TestReleaseOrphans puts a job in the running state on behalf of a
// worker ID and checks that it is released only when no process holds
// that worker's liveness lock, and discarded on its last attempt.
func TestReleaseOrphans(t *testing.T) {
	dsn, _, q := setup(t)
	ctx := context.Background()
	docs := readDocs(t, shared(t, "seeds"))
	for _, tc := range []struct {
		name        string
		alive       bool
		attempt     int
		wantState   rivertype.JobState
		wantRelease int
	}{
		{"live worker keeps its job", true, 1, rivertype.JobStateRunning, 0},
		{"dead worker's job is released", false, 1, rivertype.JobStateAvailable, 1},
		{"dead worker's last attempt is discarded", false, 5, rivertype.JobStateDiscarded, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := q.pool.Exec(ctx, "DELETE FROM river_job"); err != nil {
				t.Fatal(err)
			}
			if n, err := q.Enqueue(ctx, docs[:1]); err != nil || n != 1 {
				t.Fatalf("enqueue = %d, %v", n, err)
			}
			worker := "ghost-" + tc.name
			if _, err := q.pool.Exec(ctx, `UPDATE river_job SET state = 'running', attempt = $1,
				attempted_at = now() - interval '1 second', attempted_by = ARRAY[$2]`, tc.attempt, worker); err != nil {
				t.Fatal(err)
			}
			if tc.alive {
				conn, err := pgx.Connect(ctx, dsn)
				if err != nil {
					t.Fatal(err)
				}
				defer conn.Close(ctx)
				if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1, $2)", livenessClass, workerKey(worker)); err != nil {
					t.Fatal(err)
				}
			}
			n, err := q.ReleaseOrphans(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if n != tc.wantRelease {
				t.Errorf("released %d jobs, want %d", n, tc.wantRelease)
			}
			var state string
			var errs []byte
			if err := q.pool.QueryRow(ctx, "SELECT state::text, coalesce(to_json(errors)::text, '[]') FROM river_job").
				Scan(&state, &errs); err != nil {
				t.Fatal(err)
			}
			if state != string(tc.wantState) {
				t.Errorf("state = %s, want %s", state, tc.wantState)
			}
			if tc.wantRelease > 0 && !strings.Contains(string(errs), fmt.Sprintf("worker %s died", worker)) {
				t.Errorf("errors %s do not name the dead worker", errs)
			}
		})
	}
}

// TestWorkersFinishingAtOnce runs two workers (two River clients, as two
// processes would) on real articles and checks that every article is
// stored once and the stories equal those a single worker builds.
func TestWorkersFinishingAtOnce(t *testing.T) {
	inputs := []string{shared(t, "seeds"), shared(t, "data", "html-news")}
	run := func(workers, concurrency int) ([][]string, Status) {
		_, st, q := setup(t)
		ctx := context.Background()
		if _, err := (&Enqueuer{Queue: q, Source: &source.Reader{}}).Run(ctx, inputs); err != nil {
			t.Fatal(err)
		}
		for i := range workers {
			startWorker(t, q, WorkerConfig{Store: st, Extractor: &extract.Extractor{}, Concurrency: concurrency,
				StoryPoll: 50 * time.Millisecond, ID: fmt.Sprintf("test-%d-%d", workers, i)})
		}
		status := waitDrained(t, q, 60*time.Second)
		return partition(t, st), status
	}
	want, one := run(1, 1)
	got, two := run(2, 2)
	if one.Articles == 0 || two.Articles != one.Articles {
		t.Fatalf("two workers stored %d articles, one worker %d", two.Articles, one.Articles)
	}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("stories with two workers differ from one worker's:\n got %v\nwant %v", got, want)
	}
}
