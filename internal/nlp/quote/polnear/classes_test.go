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

// TestDebugClasses breaks the speaker errors of the split QUOTE_CLASSES
// names into classes, for error analysis. It is skipped otherwise.
func TestDebugClasses(t *testing.T) {
	docs := debugSplit(t, "QUOTE_CLASSES", "break speaker errors into classes")
	split := os.Getenv("QUOTE_CLASSES")
	cls := map[string]int{}
	ex := map[string][]string{}
	cueCount := map[string]map[string]int{}
	note := func(c, s string) {
		cls[c]++
		if i := strings.Index(s, "cue=["); i >= 0 {
			w := strings.ToLower(s[i+5 : i+5+strings.Index(s[i+5:], "]")])
			if cueCount[c] == nil {
				cueCount[c] = map[string]int{}
			}
			cueCount[c][w]++
		}
		if len(ex[c]) < 2000 {
			ex[c] = append(ex[c], s)
		}
	}
	for _, d := range docs {
		rs := []rune(d.Text)
		qs := quote.Extract(d.Text)
		preds := group(qs)
		txt := func(ss []Span) string {
			var p []string
			for _, s := range ss {
				p = append(p, string(rs[s.Start:s.End]))
			}
			return strings.Join(p, " | ")
		}
		ctx := func(s Span) string {
			a, e := max(s.Start-120, 0), min(s.End+120, len(rs))
			return strings.ReplaceAll(string(rs[a:s.Start])+"<<"+string(rs[s.Start:s.End])+">>"+string(rs[s.End:e]), "\n", " / ")
		}
		for _, g := range d.Relations {
			var hits []*pred
			for i := range preds {
				p := &preds[i]
				if p.cue != nil && overlaps(rs, []Span{*p.cue}, g.Cue) {
					hits = append(hits, p)
				}
			}
			if len(hits) == 0 {
				c := "miss/free"
				for _, p := range preds {
					if overlaps(rs, p.content, g.Cue) {
						c = "miss/in-content"
						nested := false
						for _, o := range d.Relations {
							if overlaps(rs, o.Content, g.Cue) {
								nested = true
							}
						}
						if !nested {
							c = "miss/in-content-overlong"
						}
						for _, q := range qs {
							if q.Direct && q.Content.Start <= g.Cue[0].Start && g.Cue[0].End <= q.Content.End {
								c = "miss/in-content-direct"
							}
						}
					}
					if p.spk != nil && overlaps(rs, []Span{*p.spk}, g.Cue) {
						c = "miss/in-speaker"
					}
				}
				note(c, fmt.Sprintf("cue=[%s] src=[%s] content=[%s]\n    %s", txt(g.Cue), txt(g.Source), txt(g.Content), ctx(g.Cue[0])))
				continue
			}
			ok := false
			for _, h := range hits {
				ok = ok || equal(rs, spans(h.spk), g.Source)
			}
			if ok {
				cls["ok"]++
				continue
			}
			h := hits[0]
			var c string
			switch {
			case len(g.Source) == 0:
				c = "spk/gold-none"
			case h.spk == nil:
				c = "spk/pred-none"
			case len(g.Source) > 1:
				c = "spk/gold-discont"
			case overlaps(rs, spans(h.spk), g.Source):
				ps, gs := trim(rs, *h.spk), trim(rs, g.Source[0])
				switch {
				case ps.Start <= gs.Start && ps.End >= gs.End:
					c = "spk/pred-wider"
				case ps.Start >= gs.Start && ps.End <= gs.End:
					c = "spk/pred-narrower"
				default:
					c = "spk/cross"
				}
			default:
				c = "spk/other"
				if n := strings.ToLower(txt(spans(h.spk))); pronoun[n] {
					c = "spk/other-predpron"
				}
				if n := strings.ToLower(txt(g.Source)); pronoun[n] {
					c = "spk/other-goldpron"
				}
			}
			note(c, fmt.Sprintf("cue=[%s] gold=[%s] pred=[%s]\n    %s", txt(g.Cue), txt(g.Source), txt(spans(h.spk)), ctx(g.Cue[0])))
		}
		for _, p := range preds {
			hit := false
			for _, g := range d.Relations {
				if p.cue != nil && overlaps(rs, []Span{*p.cue}, g.Cue) {
					hit = true
				}
			}
			if !hit {
				c := "fp/cue"
				if p.cue == nil {
					c = "fp/nocue"
					for _, g := range d.Relations {
						if overlaps(rs, p.content, g.Content) {
							c = "fp/nocue-goldcontent"
							note(c, fmt.Sprintf("cue=[%s] gold=[%s] content=[%s]\n    %s", txt(g.Cue), txt(g.Source), txt(p.content), ctx(g.Cue[0])))
							break
						}
					}
					if c != "fp/nocue" {
						continue
					}
				}
				for _, g := range d.Relations {
					if p.cue != nil && overlaps(rs, []Span{*p.cue}, g.Content) {
						c = "fp/cue-in-gold-content"
					}
				}
				note(c, fmt.Sprintf("cue=[%s] spk=[%s] content=[%s]", txt(spans(p.cue)), txt(spans(p.spk)), txt(p.content)))
			}
		}
	}
	var names []string
	for c := range cls {
		names = append(names, c)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, c := range names {
		fmt.Fprintf(&b, "%-24s %d\n", c, cls[c])
	}
	for _, c := range names {
		fmt.Fprintf(&b, "\n== %s\n", c)
		type kv struct {
			k string
			v int
		}
		var kvs []kv
		for k, v := range cueCount[c] {
			kvs = append(kvs, kv{k, v})
		}
		sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v || kvs[i].v == kvs[j].v && kvs[i].k < kvs[j].k })
		for i, e := range kvs {
			if i < 25 {
				fmt.Fprintf(&b, "  %d %s;", e.v, e.k)
			}
		}
		b.WriteString("\n")
		for _, e := range ex[c] {
			fmt.Fprintf(&b, "  %s\n", e)
		}
	}
	out := filepath.Join(os.TempDir(), "quote-classes-"+split+".txt")
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s", out)
}

var pronoun = map[string]bool{"he": true, "she": true, "they": true, "i": true, "we": true, "it": true, "you": true, "who": true, "which": true, "that": true}
