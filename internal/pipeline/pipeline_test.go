package pipeline

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/sharedtest"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/store/sqlite"
)

// shared returns a path inside ../shared, skipping the test when the
// shared data folder is absent.
func shared(t testing.TB, parts ...string) string {
	t.Helper()
	return sharedtest.Path(t, parts...)
}

func newIngester(t testing.TB, limits source.Limits) (*Ingester, store.Store) {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return &Ingester{Store: st, Extractor: &extract.Extractor{}, Source: &source.Reader{Limits: limits}}, st
}

// oneByOne hides a store's PutArticles, so the ingester writes each
// article in its own transaction, as it does on stores without batches.
type oneByOne struct{ store.Store }

// TestSeedsAreIdempotent ingests the seeds twice, then one again by
// another path, through batched writes and one article at a time.
func TestSeedsAreIdempotent(t *testing.T) {
	for _, batched := range []bool{true, false} {
		t.Run(map[bool]string{true: "batched", false: "one-by-one"}[batched], func(t *testing.T) {
			in, st := newIngester(t, source.Limits{})
			if _, ok := in.Store.(BatchStore); !ok {
				t.Fatal("the SQLite store does not write batches")
			}
			if !batched {
				in.Store = oneByOne{st}
			}
			seedsIdempotent(t, in, st)
		})
	}
}

func seedsIdempotent(t *testing.T, in *Ingester, st store.Store) {
	seeds := shared(t, "seeds")
	ctx := context.Background()
	sum, err := in.Run(ctx, []string{seeds})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 3 || sum.Failed != 0 || sum.Skipped != 0 {
		t.Fatalf("first ingest = %+v, want 3 new", sum)
	}
	sum, err = in.Run(ctx, []string{seeds})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 0 || sum.Duplicate != 3 {
		t.Fatalf("second ingest = %+v, want 0 new, 3 duplicate", sum)
	}

	// The same bytes by another path: stored once, with both origins.
	other := filepath.Join(t.TempDir(), "copy.txt")
	b, err := os.ReadFile(filepath.Join(seeds, "000_d6398dffda7a0d7e.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(other, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if sum, err = in.Run(ctx, []string{other}); err != nil || sum.New != 0 || sum.Duplicate != 1 {
		t.Fatalf("copy ingest = %+v, %v; want 1 duplicate", sum, err)
	}
	arts, err := st.Articles(ctx, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 3 {
		t.Fatalf("stored %d articles, want 3", len(arts))
	}
	var found bool
	for _, a := range arts {
		if len(a.Origins) == 2 {
			found = true
			if a.Origins[0] != other && a.Origins[1] != other {
				t.Errorf("origins %v lack %s", a.Origins, other)
			}
		}
	}
	if !found {
		t.Error("no article gained the second origin")
	}
}

func gz(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func TestBadInputsAreReportedAndTheBatchGoesOn(t *testing.T) {
	dir := t.TempDir()
	good := "Title of a good article\n\nThis is the first paragraph of a perfectly ordinary article about talks between two governments, long enough to be body text.\n\nA second paragraph follows, also long enough to count as the body of the article in question.\n"
	page := "<html><head><title>Hi</title></head><body><article><p>" + strings.Repeat("Long body sentence about the summit in Hanoi. ", 20) + "</p></article></body></html>"
	bomb := gz(t, make([]byte, 8<<20)) // 8 MiB of zeros
	full := gz(t, []byte(page))
	files := map[string][]byte{
		"good.txt":       []byte(good),
		"empty.txt":      nil,
		"blank.txt":      []byte("  \n\n \t\n"),
		"binary.bin":     append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 100)...),
		"truncated.gz":   full[:len(full)/2],
		"invalid.txt":    []byte("Title\n\nBody with invalid UTF-8 \xff\xfe here, in a paragraph long enough to count as article body text for sure.\n"),
		"huge.txt":       bytes.Repeat([]byte("a"), 3<<20), // over the 2 MiB test limit
		"bad.json":       []byte(`[{"title": "x", "text": "y"`),
		"bad.xml":        []byte(`<?xml version="1.0"?><rss><channel><item><title>unclosed`),
		"bomb.txt.gz":    bomb,
		"page.html":      []byte(page),
		"dir/nested.txt": []byte(strings.Replace(good, "Title of a good", "Another", 1)),
	}
	for name, b := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	in, st := newIngester(t, source.Limits{MaxPage: 2 << 20, MaxDecompressed: 4 << 20})
	sum, err := in.Run(context.Background(), []string{dir, filepath.Join(dir, "missing.txt")})
	if err != nil {
		t.Fatal(err)
	}
	problems := map[string]string{}
	for _, p := range sum.Problems {
		problems[filepath.Base(strings.SplitN(p.Input, "#", 2)[0])] = p.Reason
	}
	for _, name := range []string{"empty.txt", "blank.txt", "binary.bin", "truncated.gz", "huge.txt", "bad.json", "bad.xml", "bomb.txt.gz", "missing.txt"} {
		if problems[name] == "" {
			t.Errorf("%s: no problem reported (problems: %v)", name, problems)
		}
	}
	for _, name := range []string{"good.txt", "invalid.txt", "page.html", "nested.txt"} {
		if r, bad := problems[name]; bad {
			t.Errorf("%s: reported %q, want it ingested", name, r)
		}
	}
	if sum.New != 4 {
		t.Errorf("new = %d, want 4 (summary %+v)", sum.New, sum)
	}
	arts, _ := st.Articles(context.Background(), store.Filter{})
	for _, a := range arts {
		if !strings.Contains(a.Source, "invalid") {
			continue
		}
		if !strings.Contains(a.Text, "invalid UTF-8") {
			t.Errorf("invalid.txt text = %q", a.Text)
		}
	}
}
