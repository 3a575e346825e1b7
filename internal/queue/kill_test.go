package queue

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/riverqueue/river/rivertype"

	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/store/postgres"
	"github.com/storyline/storyline/internal/store/postgres/pgtest"
)

// buildBinary builds the storyline command into a temporary directory.
func buildBinary(t *testing.T) string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH to build storyline")
	}
	bin := filepath.Join(t.TempDir(), "storyline")
	cmd := exec.Command(goBin, "build", "-o", bin, "github.com/storyline/storyline/cmd/storyline")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// kcnaSubset writes the first n articles of the KCNA dump to a file.
func kcnaSubset(t *testing.T, n int) string {
	t.Helper()
	items := kcnaItems(t)
	b, err := json.Marshal(items[:min(n, len(items))])
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "kcna.json")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// worker is a `storyline worker` subprocess.
type worker struct {
	cmd *exec.Cmd
	log string
}

func startProcess(t *testing.T, bin, dsn, name string) *worker {
	t.Helper()
	log := filepath.Join(t.TempDir(), name+".log")
	f, err := os.Create(log)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--db", dsn, "worker", "--concurrency", "4")
	cmd.Stdout, cmd.Stderr = f, f
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	w := &worker{cmd: cmd, log: log}
	t.Cleanup(func() {
		if w.cmd.ProcessState == nil {
			w.cmd.Process.Kill()
			w.cmd.Wait()
		}
	})
	return w
}

func (w *worker) output() string {
	b, _ := os.ReadFile(w.log)
	return string(b)
}

// TestKillWorker queues the seeds and a few hundred real articles, runs
// `storyline worker` as a subprocess, SIGKILLs it while jobs are in
// flight, restarts it, and checks that the queue drains with every
// article stored exactly once and the same stories as a run without the
// kill.
func TestKillWorker(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the storyline binary; skipped in -short mode")
	}
	inputs := []string{shared(t, "seeds"), shared(t, "data", "html-news"), kcnaSubset(t, 120)}
	began := time.Now()
	dsn := pgtest.FreshDB(t, "storyline_queue")
	bin := buildBinary(t)
	t.Logf("built in %s", time.Since(began).Round(time.Millisecond))
	ctx := context.Background()

	_, err := exec.Command(bin, "--db", dsn, "ingest", "--queue", "-q").Output()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 2 {
		t.Fatalf("ingest --queue without inputs: %v, want exit code 2", err)
	}
	cmd := exec.Command(bin, append([]string{"--db", dsn, "ingest", "--queue"}, inputs...)...)
	if out, err := cmd.CombinedOutput(); err != nil && !(errors.As(err, &ee) && ee.ExitCode() == 1) {
		t.Fatalf("ingest --queue: %v\n%s", err, out)
	}
	q, err := Open(ctx, dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	st, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	queued, err := q.Status(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	total := queued.Jobs(DocumentQueue, rivertype.JobStateAvailable)
	if total < 150 {
		t.Fatalf("%d documents queued, want the seeds, html-news and KCNA articles", total)
	}

	// Kill the first worker once it has finished some documents and
	// holds others, with more still waiting.
	first := startProcess(t, bin, dsn, "first")
	deadline := time.Now().Add(90 * time.Second)
	for {
		s, err := q.Status(ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		if s.Jobs(DocumentQueue, rivertype.JobStateCompleted) >= 5 && s.Jobs(DocumentQueue, rivertype.JobStateRunning) >= 1 &&
			s.Jobs(DocumentQueue, rivertype.JobStateAvailable) >= 10 {
			break
		}
		if s.Unfinished() == 0 || time.Now().After(deadline) {
			t.Fatalf("worker never had jobs in flight with work left (status %+v); its log:\n%s", s, first.output())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := first.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	first.cmd.Wait()
	atKill, err := q.Status(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	inFlight := atKill.Jobs(DocumentQueue, rivertype.JobStateRunning) + atKill.Jobs(StoryQueue, rivertype.JobStateRunning)
	if inFlight == 0 {
		t.Fatalf("no job was left running by the killed worker: %+v", atKill)
	}
	t.Logf("%s: killed the worker with %d jobs running, %d completed", time.Since(began).Round(time.Millisecond), inFlight, atKill.Jobs(DocumentQueue, rivertype.JobStateCompleted))

	second := startProcess(t, bin, dsn, "second")
	final := waitDrained(t, q, 120*time.Second)
	t.Logf("%s: drained", time.Since(began).Round(time.Millisecond))
	if err := second.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := second.cmd.Wait(); err != nil {
		t.Fatalf("worker after SIGTERM: %v\n%s", err, second.output())
	}
	if len(final.Discarded) != 0 {
		t.Errorf("discarded jobs: %+v", final.Discarded)
	}
	var released int
	if err := q.pool.QueryRow(ctx, `SELECT count(*) FROM river_job
		WHERE array_to_string(errors::text[], ' ') LIKE '%died during attempt%'`).Scan(&released); err != nil {
		t.Fatal(err)
	}
	if released < inFlight {
		t.Errorf("%d jobs carry the dead worker's error, want the %d it held", released, inFlight)
	}

	// The same inputs without a kill, worked in this process.
	_, refStore, refQueue := setup(t)
	if _, err := (&Enqueuer{Queue: refQueue, Source: &source.Reader{}}).Run(ctx, inputs); err != nil {
		t.Fatal(err)
	}
	startWorker(t, refQueue, WorkerConfig{Store: refStore, Extractor: &extract.Extractor{}, Concurrency: 2,
		StoryPoll: 50 * time.Millisecond})
	waitDrained(t, refQueue, 120*time.Second)
	t.Logf("%s: reference run done", time.Since(began).Round(time.Millisecond))

	got, want := articleOrigins(t, st), articleOrigins(t, refStore)
	if len(got) != len(want) {
		t.Errorf("%d articles stored after the kill, %d without", len(got), len(want))
	}
	for id, origins := range want {
		if !slices.Equal(got[id], origins) {
			t.Errorf("article %s: origins %v after the kill, %v without", id, got[id], origins)
		}
	}
	if p, wantP := partition(t, st), partition(t, refStore); !slices.EqualFunc(p, wantP, slices.Equal) {
		t.Errorf("stories after the kill differ from a run without it:\n got %v\nwant %v", p, wantP)
	}
	if !strings.Contains(second.output(), "worker stopped") {
		t.Errorf("second worker did not report a clean stop:\n%s", second.output())
	}
}

// articleOrigins maps every stored article to its sorted origins.
func articleOrigins(t *testing.T, st store.Store) map[string][]string {
	t.Helper()
	arts, err := st.Articles(context.Background(), store.Filter{Limit: 100000})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, a := range arts {
		if _, dup := out[a.ID]; dup {
			t.Errorf("article %s listed twice", a.ID)
		}
		o := slices.Clone(a.Origins)
		sort.Strings(o)
		out[a.ID] = o
	}
	return out
}

// kcnaItems returns the records of the shared KCNA dump.
func kcnaItems(t *testing.T) []json.RawMessage {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(shared(t, "data", "corpus", "kcna"), "headlines_2024-11-11.json"))
	if err != nil {
		t.Fatal(err)
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		t.Fatal(err)
	}
	return items
}
