package timex

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/extract/textdate"
	nlptimex "github.com/storyline/storyline/internal/nlp/timex"
)

// Counts are the raw tallies the Task A figures derive from.
type Counts struct {
	Gold, System    int // TIMEX3s in gold and in system output
	Strict, Relaxed int // matched pairs under each extent criterion
	Value, Type     int // relaxed matches whose value / type is equal
}

// Add accumulates o into c.
func (c *Counts) Add(o Counts) {
	c.Gold += o.Gold
	c.System += o.System
	c.Strict += o.Strict
	c.Relaxed += o.Relaxed
	c.Value += o.Value
	c.Type += o.Type
}

// Result is one set's TempEval-3 Task A figures.
type Result struct {
	Set  string `json:"set"`
	Role string `json:"role"` // dev (tuned on) or test
	Docs int    `json:"docs"`
	Counts
	StrictP   float64 `json:"strict_p"`
	StrictR   float64 `json:"strict_r"`
	StrictF1  float64 `json:"strict_f1"`
	RelaxedP  float64 `json:"relaxed_p"`
	RelaxedR  float64 `json:"relaxed_r"`
	RelaxedF1 float64 `json:"relaxed_f1"`
	ValueAcc  float64 `json:"value_accuracy"` // correct values / relaxed matches
	ValueF1   float64 `json:"value_f1"`       // the TE3 ranking metric
	TypeAcc   float64 `json:"type_accuracy"`
	TypeF1    float64 `json:"type_f1"`
}

// Error is one disagreement between system and gold, for inspection.
type Error struct {
	Doc    string
	Kind   string // "missed", "spurious", "value", "type" or "extent"
	Gold   *Span
	System *Span
	Before string // a little text before the span, for context
}

func (e Error) String() string {
	g, s := "-", "-"
	if e.Gold != nil {
		g = fmt.Sprintf("%q %s %s", e.Gold.Text, e.Gold.Type, e.Gold.Value)
	}
	if e.System != nil {
		s = fmt.Sprintf("%q %s %s", e.System.Text, e.System.Type, e.System.Value)
	}
	return fmt.Sprintf("%s %-8s gold=%s sys=%s ctx=%q", e.Doc, e.Kind, g, s, e.Before)
}

// Tagger is what is scored: it returns the timexes of text written at dct.
type Tagger func(text string, dct time.Time) []Span

// Storyline is storyline's own tagger as a Tagger, as analyze and ingest
// run it (with the terms of office).
func Storyline(text string, dct time.Time) []Span {
	tx := nlptimex.Tagger{TookOffice: textdate.TookOffice}.Tag(text, dct)
	out := make([]Span, len(tx))
	for i, t := range tx {
		out[i] = Span{Start: t.Start, End: t.End, Text: t.Text, Type: t.Type, Value: t.Value}
	}
	return out
}

// ScoreDoc matches system spans to gold one-to-one (each gold takes the
// unused system span overlapping it most) and tallies the counts; the
// disagreements are returned too.
func ScoreDoc(doc *Doc, sys []Span) (Counts, []Error) {
	c := Counts{Gold: len(doc.Gold), System: len(sys)}
	used := make([]bool, len(sys))
	var errs []Error
	ctx := func(start int) string {
		rs := []rune(doc.Text)
		lo := max(0, start-40)
		if start > len(rs) {
			start = len(rs)
		}
		return strings.Join(strings.Fields(string(rs[lo:start])), " ")
	}
	for gi := range doc.Gold {
		g := &doc.Gold[gi]
		best, bestOv := -1, 0
		for si := range sys {
			if used[si] {
				continue
			}
			ov := min(g.End, sys[si].End) - max(g.Start, sys[si].Start)
			if ov > bestOv {
				best, bestOv = si, ov
			}
		}
		if best < 0 {
			errs = append(errs, Error{Doc: doc.ID, Kind: "missed", Gold: g, Before: ctx(g.Start)})
			continue
		}
		used[best] = true
		s := &sys[best]
		c.Relaxed++
		if s.Start == g.Start && s.End == g.End {
			c.Strict++
		} else {
			errs = append(errs, Error{Doc: doc.ID, Kind: "extent", Gold: g, System: s, Before: ctx(g.Start)})
		}
		if strings.EqualFold(strings.TrimSpace(s.Value), strings.TrimSpace(g.Value)) {
			c.Value++
		} else {
			errs = append(errs, Error{Doc: doc.ID, Kind: "value", Gold: g, System: s, Before: ctx(g.Start)})
		}
		if s.Type == g.Type {
			c.Type++
		} else {
			errs = append(errs, Error{Doc: doc.ID, Kind: "type", Gold: g, System: s, Before: ctx(g.Start)})
		}
	}
	for si := range sys {
		if !used[si] {
			errs = append(errs, Error{Doc: doc.ID, Kind: "spurious", System: &sys[si], Before: ctx(sys[si].Start)})
		}
	}
	return c, errs
}

// Score runs tag over docs and returns the figures and all disagreements.
func Score(set, role string, docs []*Doc, tag Tagger) (Result, []Error) {
	var c Counts
	var errs []Error
	for _, d := range docs {
		dc, de := ScoreDoc(d, tag(d.Text, d.DCT))
		c.Add(dc)
		errs = append(errs, de...)
	}
	r := Result{Set: set, Role: role, Docs: len(docs), Counts: c}
	r.StrictP, r.StrictR, r.StrictF1 = prf(c.Strict, c.System, c.Gold)
	r.RelaxedP, r.RelaxedR, r.RelaxedF1 = prf(c.Relaxed, c.System, c.Gold)
	_, _, r.ValueF1 = prf(c.Value, c.System, c.Gold)
	_, _, r.TypeF1 = prf(c.Type, c.System, c.Gold)
	if c.Relaxed > 0 {
		r.ValueAcc = float64(c.Value) / float64(c.Relaxed)
		r.TypeAcc = float64(c.Type) / float64(c.Relaxed)
	}
	return r, errs
}

func prf(match, sys, gold int) (p, r, f float64) {
	if sys > 0 {
		p = float64(match) / float64(sys)
	}
	if gold > 0 {
		r = float64(match) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Sets are the TBAQ-cleaned sub-corpora and their role here: TimeBank is
// what the rules were developed on, AQUAINT is kept as the test.
var Sets = []struct{ Name, Dir, Role string }{
	{"timebank", "TimeBank", "dev"},
	{"aquaint", "AQUAINT", "test"},
}

// Run scores storyline's tagger on the named sets (all when names is
// empty) found under dir, the tempeval3 data folder.
func Run(dir string, names []string) ([]Result, error) {
	for _, n := range names {
		found := false
		for _, s := range Sets {
			found = found || strings.EqualFold(s.Name, n)
		}
		if !found {
			return nil, fmt.Errorf("tempeval3: unknown set %q (want timebank or aquaint)", n)
		}
	}
	var out []Result
	for _, s := range Sets {
		if len(names) > 0 && !contains(names, s.Name) {
			continue
		}
		docs, err := ReadDir(filepath.Join(dir, "TBAQ-cleaned", s.Dir))
		if err != nil {
			return nil, fmt.Errorf("tempeval3 %s: %w", s.Name, err)
		}
		r, _ := Score(s.Name, s.Role, docs, Storyline)
		out = append(out, r)
	}
	return out, nil
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if strings.EqualFold(x, y) {
			return true
		}
	}
	return false
}
