package polnear

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/nlp/quote"
)

// TestDebugMisses writes, when QUOTE_DEBUG names a split, the gold
// relations the extractor misses and the speakers it gets wrong, for
// error analysis. It is skipped otherwise.
func TestDebugMisses(t *testing.T) {
	docs := debugSplit(t, "QUOTE_DEBUG", "list misses")
	missCue := map[string]int{}
	var b strings.Builder
	for _, d := range docs {
		rs := []rune(d.Text)
		preds := group(quote.Extract(d.Text))
		txt := func(ss []Span) string {
			var p []string
			for _, s := range ss {
				p = append(p, string(rs[s.Start:s.End]))
			}
			return strings.Join(p, " | ")
		}
		for _, g := range d.Relations {
			var hit *pred
			for i := range preds {
				p := &preds[i]
				if p.cue != nil && overlaps(rs, []Span{*p.cue}, g.Cue) {
					hit = p
					break
				}
			}
			if hit == nil {
				missCue[strings.ToLower(txt(g.Cue))]++
				a, e := max(g.Cue[0].Start-160, 0), min(g.Cue[0].End+160, len(rs))
				ctx := strings.ReplaceAll(string(rs[a:g.Cue[0].Start])+"<<"+txt(g.Cue)+">>"+string(rs[g.Cue[0].End:e]), "\n", " / ")
				fmt.Fprintf(&b, "MISS %s\n  cue=[%s] src=[%s]\n  content=[%s]\n  ctx=%s\n", d.Name, txt(g.Cue), txt(g.Source), txt(g.Content), ctx)
				continue
			}
			if !equal(rs, spans(hit.spk), g.Source) {
				fmt.Fprintf(&b, "SRC %s cue=[%s] gold=[%s] pred=[%s]\n", d.Name, txt(g.Cue), txt(g.Source), txt(spans(hit.spk)))
			}
			if !equal(rs, hit.content, g.Content) {
				fmt.Fprintf(&b, "CON %s cue=[%s]\n  gold=[%s]\n  pred=[%s]\n", d.Name, txt(g.Cue), txt(g.Content), txt(hit.content))
			}
			if !equal(rs, []Span{*hit.cue}, g.Cue) {
				fmt.Fprintf(&b, "CUE %s gold=[%s] pred=[%s]\n", d.Name, txt(g.Cue), txt([]Span{*hit.cue}))
			}
		}
		for _, p := range preds {
			hit := false
			for _, g := range d.Relations {
				if p.cue != nil && overlaps(rs, []Span{*p.cue}, g.Cue) {
					hit = true
				}
			}
			if !hit {
				fmt.Fprintf(&b, "FP %s cue=[%s] src=[%s]\n  content=[%s]\n", d.Name, txt(spans(p.cue)), txt(spans(p.spk)), txt(p.content))
			}
		}
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range missCue {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v })
	for _, e := range kvs {
		fmt.Fprintf(&b, "MISSCUE %d %s\n", e.v, e.k)
	}
	out := filepath.Join(os.TempDir(), "quote-debug-"+os.Getenv("QUOTE_DEBUG")+".txt")
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s", out)
}

// TestDebugText prints what the extractor finds in QUOTE_TEXT.
func TestDebugText(t *testing.T) {
	text := os.Getenv("QUOTE_TEXT")
	if text == "" {
		t.Skip("set QUOTE_TEXT to print its attributions")
	}
	for _, q := range quote.Extract(text) {
		t.Logf("spk=%v cue=%v content=%q direct=%v", q.Speaker, q.Cue, q.Content.Text, q.Direct)
	}
}

// TestDebugReport prints the full report for the split QUOTE_DEBUG names.
func TestDebugReport(t *testing.T) {
	split := os.Getenv("QUOTE_DEBUG")
	if split == "" {
		t.Skip("set QUOTE_DEBUG=train or dev to print its report")
	}
	r, err := Run(dataDir, split)
	if err != nil {
		t.Skip(err)
	}
	for _, m := range []struct {
		n string
		v PRF
	}{{"content overlap", r.ContentOverlap}, {"content exact", r.ContentExact}, {"cue exact", r.CueExact}, {"source exact", r.SourceExact}, {"source overlap", r.SourceOverlap}} {
		t.Logf("%s %-16s P %.1f R %.1f F1 %.1f", split, m.n, 100*m.v.P, 100*m.v.R, 100*m.v.F1)
	}
	t.Logf("gold %d pred %d", r.Gold, r.Pred)
}

// debugSplit loads the split the environment variable env names, for a
// debugging test that does what (skipped when env is unset or the split
// is absent).
func debugSplit(t *testing.T, env, what string) []Doc {
	t.Helper()
	split := os.Getenv(env)
	if split == "" {
		t.Skipf("set %s=train or dev to %s", env, what)
	}
	docs, err := LoadSplit(filepath.Join(dataDir, split))
	if err != nil {
		t.Skip(err)
	}
	return docs
}
