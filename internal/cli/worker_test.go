package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/store/postgres/pgtest"
)

func TestQueueCommandsNeedPostgres(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"ingest --queue", []string{"ingest", "--queue", "x.txt"}, "ingest --queue needs a PostgreSQL store"},
		{"worker", []string{"worker"}, "worker needs a PostgreSQL store"},
		{"status", []string{"status"}, "status needs a PostgreSQL store"},
		{"worker without concurrency", []string{"worker", "--concurrency", "0"}, "--concurrency 0"},
		{"worker with arguments", []string{"worker", "extra"}, "unknown command"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := run(t, append([]string{"--db", db}, tc.args...)...)
			if code != ExitUsage || !strings.Contains(stderr, tc.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, ExitUsage, tc.want)
			}
		})
	}
}

// TestIngestQueueAndStatus queues the seeds through the CLI and reads
// the queue back with status, as text and as JSON.
func TestIngestQueueAndStatus(t *testing.T) {
	seeds := sharedDir(t, "seeds")
	db := pgtest.FreshDB(t, "storyline_cli")
	code, _, stderr := run(t, "--db", db, "ingest", "--queue", seeds)
	if code != ExitOK || !strings.Contains(stderr, "3 documents, 0 already stored or queued") {
		t.Fatalf("ingest --queue: exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = run(t, "--db", db, "ingest", "--queue", seeds)
	if code != ExitOK || !strings.Contains(stderr, "0 documents, 3 already stored or queued") {
		t.Fatalf("second ingest --queue: exit %d, stderr %q", code, stderr)
	}
	code, stdout, stderr := run(t, "--db", db, "status")
	if code != ExitOK {
		t.Fatalf("status: exit %d, %s", code, stderr)
	}
	if !strings.Contains(stdout, "storyline_documents  available  3") || !strings.Contains(stdout, "no discarded jobs") {
		t.Errorf("status output:\n%s", stdout)
	}
	code, stdout, _ = run(t, "--db", db, "--json", "status")
	var st struct {
		Counts []struct {
			Queue, State string
			Jobs         int
		}
		Articles  int
		Discarded []any
	}
	if err := json.Unmarshal([]byte(stdout), &st); err != nil || code != ExitOK {
		t.Fatalf("status --json: exit %d, %v\n%s", code, err, stdout)
	}
	if len(st.Counts) != 1 || st.Counts[0].Jobs != 3 || st.Articles != 0 || st.Discarded == nil {
		t.Errorf("status --json = %+v", st)
	}
}
