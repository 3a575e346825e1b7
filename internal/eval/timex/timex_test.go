package timex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var dataDir = filepath.Join("..", "..", "..", "..", "shared", "data", "nlp", "tempeval3")

func readSet(t testing.TB, dir string) []*Doc {
	t.Helper()
	p := filepath.Join(dataDir, "TBAQ-cleaned", dir)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("TempEval-3 data not found at %s: %v", p, err)
	}
	docs, err := ReadDir(p)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestDump prints every disagreement on the set named by $TIMEX_DUMP
// (timebank or aquaint); it is for development and skips otherwise.
func TestDump(t *testing.T) {
	set := os.Getenv("TIMEX_DUMP")
	if set == "" {
		t.Skip("set TIMEX_DUMP=timebank to list disagreements")
	}
	dir := "TimeBank"
	if set == "aquaint" {
		dir = "AQUAINT"
	}
	r, errs := Score(set, "", readSet(t, dir), Storyline)
	kind := os.Getenv("TIMEX_KIND")
	for _, e := range errs {
		if kind == "" || strings.Contains(kind, e.Kind) {
			t.Log(e)
		}
	}
	t.Logf("%+v", r)
}

func TestReadCounts(t *testing.T) {
	for _, tt := range []struct {
		dir        string
		docs, gold int
	}{{"TimeBank", 183, 1243}, {"AQUAINT", 73, 579}} {
		docs := readSet(t, tt.dir)
		n := 0
		for _, d := range docs {
			n += len(d.Gold)
			rs := []rune(d.Text)
			for _, g := range d.Gold {
				if string(rs[g.Start:g.End]) != g.Text || g.Value == "" || g.Type == "" {
					t.Fatalf("%s: bad gold span %+v", d.ID, g)
				}
			}
			if d.DCT.IsZero() {
				t.Fatalf("%s: no DCT", d.ID)
			}
		}
		if len(docs) != tt.docs || n != tt.gold {
			t.Errorf("%s: %d docs, %d TIMEX3; want %d, %d (README counts)", tt.dir, len(docs), n, tt.docs, tt.gold)
		}
	}
}

func TestScoreDoc(t *testing.T) {
	doc := &Doc{ID: "x", Text: "Sales rose last year and fell on Friday.", Gold: []Span{
		{Start: 11, End: 20, Text: "last year", Type: "DATE", Value: "1988"},
		{Start: 33, End: 39, Text: "Friday", Type: "DATE", Value: "1989-10-27"},
	}}
	sys := []Span{
		{Start: 16, End: 20, Text: "year", Type: "DATE", Value: "1988"},      // relaxed only, value right
		{Start: 30, End: 39, Text: "on Friday", Type: "DATE", Value: "1989"}, // relaxed only, value wrong
		{Start: 0, End: 5, Text: "Sales", Type: "DATE", Value: "X"},          // spurious
	}
	c, errs := ScoreDoc(doc, sys)
	want := Counts{Gold: 2, System: 3, Strict: 0, Relaxed: 2, Value: 1, Type: 2}
	if c != want {
		t.Errorf("counts = %+v, want %+v", c, want)
	}
	if len(errs) != 4 { // 2 extent, 1 value, 1 spurious
		t.Errorf("%d errors, want 4: %v", len(errs), errs)
	}
}

// TestFloors pins the figures reached, so that a rule change that loses
// accuracy fails. TimeBank is the development set; AQUAINT the test.
func TestFloors(t *testing.T) {
	for _, tt := range []struct {
		set, dir         string
		relaxed, valueF1 float64
	}{
		{"timebank", "TimeBank", 0.93, 0.82},
		{"aquaint", "AQUAINT", 0.92, 0.75},
	} {
		r, _ := Score(tt.set, "", readSet(t, tt.dir), Storyline)
		t.Logf("%s: strict F1 %.3f relaxed F1 %.3f value acc %.3f value F1 %.3f type F1 %.3f",
			tt.set, r.StrictF1, r.RelaxedF1, r.ValueAcc, r.ValueF1, r.TypeF1)
		if r.RelaxedF1 < tt.relaxed || r.ValueF1 < tt.valueF1 {
			t.Errorf("%s: relaxed F1 %.3f, value F1 %.3f; floors %.2f, %.2f", tt.set, r.RelaxedF1, r.ValueF1, tt.relaxed, tt.valueF1)
		}
	}
}

func FuzzReadDoc(f *testing.F) {
	names, _ := filepath.Glob(filepath.Join(dataDir, "TBAQ-cleaned", "AQUAINT", "*.tml"))
	for _, n := range names[:min(5, len(names))] {
		if b, err := os.ReadFile(n); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`<TimeML><DCT><TIMEX3 value="1998-08-07"/></DCT><TEXT>a <TIMEX3 type="DATE" value="X"><TIMEX3>b</TIMEX3></TIMEX3></TEXT></TimeML>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ReadDoc(strings.NewReader(string(b)), "fuzz.tml")
		if err != nil {
			return
		}
		rs := []rune(d.Text)
		for _, g := range d.Gold {
			if g.Start < 0 || g.End < g.Start || g.End > len(rs) {
				t.Fatalf("bad span %+v in %d runes", g, len(rs))
			}
		}
	})
}
