package textscrape

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

var sharedDir = filepath.Join("..", "..", "..", "..", "shared")

type goldSeed struct {
	File      string  `json:"file"`
	Title     string  `json:"title"`
	Published string  `json:"published"`
	Precision string  `json:"published_precision"`
	Outlet    *string `json:"outlet"`
	Lines     []struct {
		Line  int    `json:"line"`
		Label string `json:"label"`
		Text  string `json:"text"`
	} `json:"lines"`
}

func readGoldSeeds(t testing.TB) []goldSeed {
	t.Helper()
	p := filepath.Join(sharedDir, "gold", "seeds.jsonl")
	f, err := os.Open(p)
	if err != nil {
		t.Skipf("gold seeds not available (%v); they live in ../shared beside the checkout", err)
	}
	defer f.Close()
	var out []goldSeed
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		var g goldSeed
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	return out
}

// TestSeeds scores Extract against the line labels of the three seeds.
func TestSeeds(t *testing.T) {
	seeds := readGoldSeeds(t)
	var tp, fp, fn, agree, total, titles int
	for _, g := range seeds {
		raw, err := os.ReadFile(filepath.Join(sharedDir, "seeds", g.File))
		if err != nil {
			t.Fatalf("seed %s: %v", g.File, err)
		}
		r := Extract(string(raw), Options{})
		got := map[int]Line{}
		for _, l := range r.Lines {
			got[l.N] = l
		}
		if len(r.Lines) != len(g.Lines) {
			t.Errorf("%s: %d labelled lines, gold has %d", g.File, len(r.Lines), len(g.Lines))
		}
		for _, gl := range g.Lines {
			l, ok := got[gl.Line]
			if !ok {
				t.Errorf("%s:%d: line missing", g.File, gl.Line)
				continue
			}
			if l.Text != gl.Text {
				t.Errorf("%s:%d: text %q, gold %q", g.File, gl.Line, l.Text, gl.Text)
			}
			total++
			if l.Label == gl.Label {
				agree++
			} else {
				t.Logf("%s:%d: label %s, gold %s: %.60q", g.File, gl.Line, l.Label, gl.Label, gl.Text)
			}
			switch {
			case kept(l.Label) && kept(gl.Label):
				tp++
			case kept(l.Label):
				fp++
			case kept(gl.Label):
				fn++
			}
		}
		if r.Title == g.Title {
			titles++
		} else {
			t.Errorf("%s: title %q, gold %q", g.File, r.Title, g.Title)
		}
		if g.Outlet != nil && r.Outlet != *g.Outlet {
			t.Errorf("%s: outlet %q, gold %q", g.File, r.Outlet, *g.Outlet)
		}
		if g.File == "000_d6398dffda7a0d7e.txt" {
			if r.Published != "2025-08-31" || r.PublishedFrom != "header" || r.Precision != "day" {
				t.Errorf("%s: published %q from %q (%s), want 2025-08-31 from header", g.File, r.Published, r.PublishedFrom, r.Precision)
			}
		} else if r.Published != "" {
			t.Errorf("%s: published %q from %q; the page carries no date", g.File, r.Published, r.PublishedFrom)
		}
	}
	p, rc, f1 := prf(tp, fp, fn)
	t.Logf("seeds: label agreement %d/%d = %.3f; body lines P %.3f R %.3f F1 %.3f; titles %d/%d",
		agree, total, float64(agree)/float64(total), p, rc, f1, titles, len(seeds))
	if f1 < 0.98 {
		t.Errorf("body-line F1 %.3f on the seeds, want ≥ 0.98", f1)
	}
}

func prf(tp, fp, fn int) (p, r, f1 float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if tp > 0 {
		f1 = 2 * float64(tp) / float64(2*tp+fp+fn)
	}
	return p, r, f1
}
