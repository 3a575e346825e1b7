package textdate_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/model"
)

// TestSeeds extracts the shared seed articles and checks their dates
// against the gold: a header date kept and not contradicted, and the
// undated pages dated from their text at the gold's precision (a day
// within the gold's tolerance of one day).
func TestSeeds(t *testing.T) {
	shared := sharedDir(t)
	f, err := os.Open(filepath.Join(shared, "gold", "seeds.jsonl"))
	if err != nil {
		t.Skipf("seed gold: %v", err)
	}
	defer f.Close()
	var ex extract.Extractor
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	n := 0
	for sc.Scan() {
		var g struct {
			File      string `json:"file"`
			Published string `json:"published"`
			Precision string `json:"published_precision"`
		}
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("seeds.jsonl: %v", err)
		}
		body, err := os.ReadFile(filepath.Join(shared, "seeds", g.File))
		if err != nil {
			t.Fatalf("%s: %v", g.File, err)
		}
		a, err := ex.Extract(&model.Document{Source: g.File, Origin: g.File, Kind: model.KindText, Body: body})
		if err != nil {
			t.Fatalf("%s: %v", g.File, err)
		}
		n++
		t.Logf("%s: %s (%s, %s) %s..%s %q warnings %q", g.File, a.Published, a.PublishedFrom, a.PublishedPrecision, a.PublishedEarliest, a.PublishedLatest, a.PublishedEvidence, a.PublishedWarnings)
		if a.PublishedPrecision != g.Precision {
			t.Errorf("%s: precision %q, gold %q", g.File, a.PublishedPrecision, g.Precision)
		}
		switch {
		case a.PublishedFrom == "header":
			if a.Published != g.Published {
				t.Errorf("%s: header date %s, gold %s", g.File, a.Published, g.Published)
			}
			if len(a.PublishedWarnings) > 0 {
				t.Errorf("%s: consistent header date flagged: %q", g.File, a.PublishedWarnings)
			}
		case a.PublishedFrom != "text":
			t.Errorf("%s: published_from %q, want text", g.File, a.PublishedFrom)
		case g.Precision == "day":
			got, err1 := time.Parse(time.DateOnly, a.Published)
			want, err2 := time.Parse(time.DateOnly, g.Published)
			if err1 != nil || err2 != nil || got.Sub(want).Abs() > 24*time.Hour {
				t.Errorf("%s: %s, gold %s (±1 day)", g.File, a.Published, g.Published)
			}
		default:
			if a.Published != g.Published {
				t.Errorf("%s: %s, gold %s", g.File, a.Published, g.Published)
			}
		}
		if a.PublishedFrom == "text" && len(a.PublishedEvidence) == 0 {
			t.Errorf("%s: a date from the text without evidence", g.File)
		}
		if a.PublishedFrom == "text" && !strings.HasPrefix(a.PublishedEarliest, g.Published[:4]) {
			t.Errorf("%s: range starts %s, outside the gold year", g.File, a.PublishedEarliest)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no seed in the gold")
	}
}
