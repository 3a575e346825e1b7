package polnear

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/nlp/quote"
)

// dataDir is the PolNeAR folder of the shared data, beside the repository.
var dataDir = filepath.Join("..", "..", "..", "..", "..", "shared", "data", "nlp", "polnear")

func TestParseAnn(t *testing.T) {
	cases := []struct {
		name, in string
		want     []Relation
		err      bool
	}{
		{"full relation", "T1\tSource 0 3\tHe\nT2\tCue 4 8\tsaid\nT3\tContent 9 12;14 20\tx\nT4\tAttribution 4 8\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n",
			[]Relation{{Source: []Span{{0, 3}}, Cue: []Span{{4, 8}}, Content: []Span{{9, 12}, {14, 20}}}}, false},
		{"no source", "T2\tCue 4 8\tsaid\nT3\tContent 9 12\tx\nE1\tAttribution-no-source:T4 Content:T3 Cue:T2\n",
			[]Relation{{Cue: []Span{{4, 8}}, Content: []Span{{9, 12}}}}, false},
		{"notes and flags skipped", "#1\tAnnotatorNotes T1\tnote\nT5\tDiscuss 1 2\tx\n", nil, false},
		{"missing roles dropped", "E1\tAttribution:T4 Content:T3 Cue:T2\n", nil, false},
		{"bad range", "T1\tCue 8 4\tsaid\n", nil, true},
		{"not a number", "T1\tCue a b\tsaid\n", nil, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := ParseAnn(strings.NewReader(c.in))
			if (err != nil) != c.err {
				t.Fatalf("err = %v, want error %v", err, c.err)
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %d relations %+v, want %d", len(got), got, len(c.want))
			}
			for i := range got {
				if !sameSpans(got[i].Source, c.want[i].Source) || !sameSpans(got[i].Cue, c.want[i].Cue) || !sameSpans(got[i].Content, c.want[i].Content) {
					t.Errorf("relation %d = %+v, want %+v", i, got[i], c.want[i])
				}
			}
		})
	}
}

func sameSpans(a, b []Span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func loadDev(t testing.TB) []Doc {
	docs, err := LoadSplit(filepath.Join(dataDir, "dev"))
	if err != nil {
		if _, serr := os.Stat(dataDir); serr != nil {
			t.Skipf("PolNeAR absent (%v); it lives in ../shared/data/nlp/polnear", serr)
		}
		t.Fatal(err)
	}
	return docs
}

// TestLoadSplitOffsets checks that brat offsets are code points: the
// annotated text of every cue is found at its offsets.
func TestLoadSplitOffsets(t *testing.T) {
	docs := loadDev(t)
	if len(docs) != 84 {
		t.Errorf("dev has %d articles, want 84", len(docs))
	}
	n := 0
	for _, d := range docs {
		rs := []rune(d.Text)
		for _, r := range d.Relations {
			n++
			cue := strings.ToLower(strings.TrimSpace(string(rs[r.Cue[0].Start:r.Cue[0].End])))
			if cue == "" {
				t.Errorf("%s: empty cue at %v", d.Name, r.Cue[0])
			}
		}
	}
	if n < 2000 {
		t.Errorf("dev has %d relations, want over 2000 (README: 2,320 over all annotators)", n)
	}
}

func TestScorePerfect(t *testing.T) {
	text := `Smith said the plan "will work," he added.`
	doc := Doc{Text: text, Relations: []Relation{{Source: []Span{{0, 5}}, Cue: []Span{{6, 10}}, Content: []Span{{11, 30}}}}}
	perfect := func(string) []quote.Quote {
		return []quote.Quote{{Speaker: &quote.Span{Start: 0, End: 5}, Cue: &quote.Span{Start: 6, End: 10}, Content: quote.Span{Start: 11, End: 30}}}
	}
	r := Score([]Doc{doc}, perfect)
	for name, m := range map[string]PRF{"content overlap": r.ContentOverlap, "content exact": r.ContentExact, "cue": r.CueExact, "source": r.SourceExact} {
		if m.F1 != 1 {
			t.Errorf("%s F1 = %v, want 1", name, m.F1)
		}
	}
	r = Score([]Doc{doc}, func(string) []quote.Quote { return nil })
	if r.ContentOverlap.R != 0 || r.SourceExact.FN != 1 {
		t.Errorf("empty prediction scored %+v", r)
	}
}

// TestDevFloor holds the extractor to the figures it reaches on the
// PolNeAR dev split, so that a change that loses ground fails.
func TestDevFloor(t *testing.T) {
	docs := loadDev(t)
	r := Score(docs, quote.Extract)
	t.Logf("dev: content overlap P/R/F1 %.3f/%.3f/%.3f; source exact %.3f/%.3f/%.3f; cue exact F1 %.3f",
		r.ContentOverlap.P, r.ContentOverlap.R, r.ContentOverlap.F1, r.SourceExact.P, r.SourceExact.R, r.SourceExact.F1, r.CueExact.F1)
	floors := []struct {
		name string
		got  float64
		min  float64
	}{
		{"content overlap F1", r.ContentOverlap.F1, 0.85},
		{"content overlap P", r.ContentOverlap.P, 0.85},
		{"content overlap R", r.ContentOverlap.R, 0.85},
		{"source exact F1", r.SourceExact.F1, 0.695},
		{"source exact P", r.SourceExact.P, 0.755},
		{"source exact R", r.SourceExact.R, 0.645},
		{"cue exact F1", r.CueExact.F1, 0.655},
	}
	for _, f := range floors {
		if f.got < f.min {
			t.Errorf("%s = %.3f, below the floor %.2f", f.name, f.got, f.min)
		}
	}
}

func FuzzParseAnn(f *testing.F) {
	anns, _ := filepath.Glob(filepath.Join(dataDir, "dev", "attributions", "*.ann"))
	if len(anns) > 6 {
		anns = anns[:6]
	}
	for _, p := range anns {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("T1\tCue 1 2;3 4\tx\nE1\tCue:T1 Content:T1\n")
	f.Fuzz(func(t *testing.T, in string) {
		rels, err := ParseAnn(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, r := range rels {
			for _, s := range append(append(r.Cue, r.Content...), r.Source...) {
				if s.Start < 0 || s.End < s.Start {
					t.Fatalf("bad span %+v", s)
				}
			}
		}
	})
}
