package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/storyline/storyline/internal/store/postgres/pgtest"
)

// TestIngestResumesStories ingests the seeds one file per run and checks
// that the stories are those of one run over all of them, that each run
// leaves a story snapshot beside the store, and that a damaged snapshot
// is reported and rebuilt rather than trusted.
func TestIngestResumesStories(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(sharedDir(t, "seeds"), "*"))
	if len(files) < 2 {
		t.Skip("fewer than two seed files")
	}
	dir := t.TempDir()
	whole := filepath.Join(dir, "whole.db")
	if code, _, stderr := run(t, append([]string{"ingest", "-q", "--db", whole}, files...)...); code != 0 {
		t.Fatalf("ingest exit %d: %s", code, stderr)
	}
	want := storiesJSON(t, whole)

	runs := filepath.Join(dir, "runs.db")
	for i, f := range files {
		if i == len(files)-1 {
			if err := os.WriteFile(runs+".stories", []byte("not a snapshot\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		code, _, stderr := run(t, "ingest", "-q", "--db", runs, f)
		if code != 0 {
			t.Fatalf("ingest %s exit %d: %s", f, code, stderr)
		}
		if i == len(files)-1 && !strings.Contains(stderr, "story snapshot") {
			t.Errorf("damaged snapshot not reported: %q", stderr)
		}
		if fi, err := os.Stat(runs + ".stories"); err != nil || fi.Size() < 100 {
			t.Fatalf("no story snapshot after run %d: %v", i+1, err)
		}
	}
	if got := storiesJSON(t, runs); got != want {
		t.Errorf("stories after one run per file:\n%s\nwant those of one run:\n%s", got, want)
	}
}

// TestWatchOnceResumesStories runs `watch --once` over a folder that
// gains one seed file per run, as cron would, and checks that each run
// leaves a story snapshot that the next resumes, and that the stories
// are those of one ingest of all the files.
func TestWatchOnceResumesStories(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(sharedDir(t, "seeds"), "*"))
	if len(files) < 2 {
		t.Skip("fewer than two seed files")
	}
	dir := t.TempDir()
	drop := filepath.Join(dir, "drop")
	if err := os.Mkdir(drop, 0o755); err != nil {
		t.Fatal(err)
	}
	sources := filepath.Join(dir, "sources.txt")
	if err := os.WriteFile(sources, []byte("folder "+drop+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "watch.db")
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(drop, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
		code, _, stderr := run(t, "watch", "--once", "--db", db, sources)
		if code != 0 {
			t.Fatalf("watch run %d exit %d: %s", i+1, code, stderr)
		}
		if strings.Contains(stderr, "story snapshot") {
			t.Errorf("run %d: %s", i+1, stderr)
		}
		if fi, err := os.Stat(db + ".stories"); err != nil || fi.Size() < 100 {
			t.Fatalf("no story snapshot after run %d: %v", i+1, err)
		}
	}
	whole := filepath.Join(dir, "whole.db")
	if code, _, stderr := run(t, append([]string{"ingest", "-q", "--db", whole}, files...)...); code != 0 {
		t.Fatalf("ingest exit %d: %s", code, stderr)
	}
	titles := func(db string) string {
		t.Helper()
		code, stdout, stderr := run(t, "stories", "--db", db)
		if code != 0 {
			t.Fatalf("stories exit %d: %s", code, stderr)
		}
		return stdout
	}
	if got, want := titles(db), titles(whole); got != want {
		t.Errorf("stories after one watch run per file:\n%s\nwant those of one ingest:\n%s", got, want)
	}
}

// TestIngestResumesStoriesPostgres is TestIngestResumesStories on a
// PostgreSQL store, which keeps the snapshot in the database: after
// each run one is stored, and one run per seed file gives the stories
// of one run over all of them.
func TestIngestResumesStoriesPostgres(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(sharedDir(t, "seeds"), "*"))
	if len(files) < 2 {
		t.Skip("fewer than two seed files")
	}
	whole, runs := pgtest.FreshDB(t, "cli_whole"), pgtest.FreshDB(t, "cli_runs")
	if code, _, stderr := run(t, append([]string{"ingest", "-q", "--db", whole}, files...)...); code != 0 {
		t.Fatalf("ingest exit %d: %s", code, stderr)
	}
	want := storiesJSON(t, whole)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, runs)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	for i, f := range files {
		code, _, stderr := run(t, "ingest", "-q", "--db", runs, f)
		if code != 0 || stderr != "" {
			t.Fatalf("ingest %s exit %d: %s", f, code, stderr)
		}
		var n int
		if err := conn.QueryRow(ctx, "SELECT count(*) FROM story_snapshot").Scan(&n); err != nil || n == 0 {
			t.Fatalf("no story snapshot in the database after run %d: %v", i+1, err)
		}
	}
	if got := storiesJSON(t, runs); got != want {
		t.Errorf("stories after one run per file:\n%s\nwant those of one run:\n%s", got, want)
	}
}

// storiesJSON returns `storyline stories --json` of the store db without
// the ingestion times, which differ between two stores of one input.
func storiesJSON(t *testing.T, db string) string {
	t.Helper()
	code, stdout, stderr := run(t, "stories", "--db", db, "--json")
	if code != 0 {
		t.Fatalf("stories exit %d: %s", code, stderr)
	}
	var keep []string
	for _, line := range strings.Split(stdout, "\n") {
		if !strings.Contains(line, `"ingested"`) {
			keep = append(keep, line)
		}
	}
	return strings.Join(keep, "\n")
}
