package polnear

import (
	"fmt"
	"path/filepath"
	"unicode"

	"github.com/storyline/storyline/internal/nlp/quote"
)

// PRF is precision, recall and F1 with the counts behind them. For span
// matches the counts are relations; for overlap measures they are tokens
// (TP: predicted tokens that are gold, FP: predicted tokens that are not,
// FN: gold tokens not predicted).
type PRF struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
	TP int     `json:"tp"`
	FP int     `json:"fp"`
	FN int     `json:"fn"`
}

func prf(tp, fp, fn int) PRF {
	m := PRF{TP: tp, FP: fp, FN: fn}
	if tp+fp > 0 {
		m.P = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		m.R = float64(tp) / float64(tp+fn)
	}
	if m.P+m.R > 0 {
		m.F1 = 2 * m.P * m.R / (m.P + m.R)
	}
	return m
}

// Report holds the scores of one split.
type Report struct {
	Split string `json:"split"`
	Docs  int    `json:"docs"`
	// Gold and Pred count relations; Pred counts a quotation split by its
	// attribution once (parts sharing a cue are one relation).
	Gold int `json:"gold"`
	Pred int `json:"pred"`
	// ContentOverlap is Citron's content overlap measure: tokens of
	// predicted content that fall in gold content, over all predicted
	// (P) and all gold (R) content tokens.
	ContentOverlap PRF `json:"content_overlap"`
	// ContentExact counts relations whose cue overlaps a gold cue and
	// whose content spans equal the gold ones.
	ContentExact PRF `json:"content_exact"`
	// CueExact counts relations whose cue equals a gold cue.
	CueExact PRF `json:"cue_exact"`
	// SourceExact is the speaker-attributed measure, Citron's "source
	// exact": the cue overlaps a gold cue and the speaker equals that
	// relation's source (both absent counts as equal).
	SourceExact PRF `json:"source_exact"`
	// SourceOverlap relaxes SourceExact to a speaker that shares a token
	// with the gold source.
	SourceOverlap PRF `json:"source_overlap"`
}

// Run loads split ("train" or "dev") under the PolNeAR folder dir and
// scores quote.Extract on it.
func Run(dir, split string) (*Report, error) {
	docs, err := LoadSplit(filepath.Join(dir, split))
	if err != nil {
		return nil, fmt.Errorf("eval quotes %s: %w", split, err)
	}
	r := Score(docs, quote.Extract)
	r.Split = split
	return &r, nil
}

// pred is one predicted relation: the parts of a quotation that share a
// cue are merged.
type pred struct {
	cue, spk *Span
	content  []Span
}

// Score runs extract on every document and scores it against the gold
// relations. Spans are compared after trimming surrounding white space and a
// trailing comma.
func Score(docs []Doc, extract func(string) []quote.Quote) Report {
	rep := Report{Docs: len(docs)}
	var cOv, cEx, cueEx, sEx, sOv [3]int // tp fp fn
	for _, d := range docs {
		rs := []rune(d.Text)
		preds := group(extract(d.Text))
		gold := d.Relations
		rep.Gold += len(gold)
		rep.Pred += len(preds)

		// Content token overlap.
		inGold := make([]bool, len(rs))
		inPred := make([]bool, len(rs))
		for _, g := range gold {
			mark(inGold, g.Content)
		}
		for _, p := range preds {
			mark(inPred, p.content)
		}
		for _, t := range tokens(rs) {
			g, p := covered(inGold, t), covered(inPred, t)
			switch {
			case g && p:
				cOv[0]++
			case p:
				cOv[1]++
			case g:
				cOv[2]++
			}
		}

		for _, p := range preds {
			ok := [4]bool{}
			for _, g := range gold {
				if p.cue == nil {
					break
				}
				cueHit := overlaps(rs, []Span{*p.cue}, g.Cue)
				if !cueHit {
					continue
				}
				ok[0] = ok[0] || equal(rs, []Span{*p.cue}, g.Cue)
				ok[1] = ok[1] || equal(rs, p.content, g.Content)
				ok[2] = ok[2] || equal(rs, spans(p.spk), g.Source)
				ok[3] = ok[3] || (p.spk == nil && len(g.Source) == 0) || (p.spk != nil && overlaps(rs, spans(p.spk), g.Source))
			}
			count(&cueEx, ok[0], true)
			count(&cEx, ok[1], true)
			count(&sEx, ok[2], true)
			count(&sOv, ok[3], true)
		}
		for _, g := range gold {
			ok := [4]bool{}
			for _, p := range preds {
				if p.cue == nil || !overlaps(rs, []Span{*p.cue}, g.Cue) {
					continue
				}
				ok[0] = ok[0] || equal(rs, []Span{*p.cue}, g.Cue)
				ok[1] = ok[1] || equal(rs, p.content, g.Content)
				ok[2] = ok[2] || equal(rs, spans(p.spk), g.Source)
				ok[3] = ok[3] || (p.spk == nil && len(g.Source) == 0) || (p.spk != nil && overlaps(rs, spans(p.spk), g.Source))
			}
			count(&cueEx, ok[0], false)
			count(&cEx, ok[1], false)
			count(&sEx, ok[2], false)
			count(&sOv, ok[3], false)
		}
	}
	rep.ContentOverlap = prf(cOv[0], cOv[1], cOv[2])
	rep.ContentExact = prf2(cEx)
	rep.CueExact = prf2(cueEx)
	rep.SourceExact = prf2(sEx)
	rep.SourceOverlap = prf2(sOv)
	return rep
}

// counts for span measures: [0] predicted TP, [1] FP, [2] FN; recall TP
// is derived from gold matches, so precision and recall use their own
// numerators as in Citron.
func count(c *[3]int, ok, predicted bool) {
	switch {
	case predicted && ok:
		c[0]++
	case predicted:
		c[1]++
	case !ok:
		c[2]++
	}
}

// prf2 turns Citron-style counts into P/R/F1: precision from predicted
// matches, recall from gold matches (the two may differ when several
// predictions match one gold relation).
func prf2(c [3]int) PRF {
	return prf(c[0], c[1], c[2])
}

func spans(s *Span) []Span {
	if s == nil {
		return nil
	}
	return []Span{*s}
}

func group(qs []quote.Quote) []pred {
	var out []pred
	byCue := make(map[[2]int]int)
	for _, q := range qs {
		c := Span{q.Content.Start, q.Content.End}
		if q.Cue != nil {
			key := [2]int{q.Cue.Start, q.Cue.End}
			if i, ok := byCue[key]; ok {
				out[i].content = append(out[i].content, c)
				continue
			}
			byCue[key] = len(out)
		}
		p := pred{content: []Span{c}}
		if q.Cue != nil {
			p.cue = &Span{q.Cue.Start, q.Cue.End}
		}
		if q.Speaker != nil {
			p.spk = &Span{q.Speaker.Start, q.Speaker.End}
		}
		out = append(out, p)
	}
	return out
}

func mark(m []bool, ss []Span) {
	for _, s := range ss {
		for i := max(s.Start, 0); i < s.End && i < len(m); i++ {
			m[i] = true
		}
	}
}

func covered(m []bool, s Span) bool {
	for i := s.Start; i < s.End; i++ {
		if m[i] {
			return true
		}
	}
	return false
}

// tokens splits text into words (runs of letters and digits) and single
// punctuation marks, the units of the overlap measure.
func tokens(rs []rune) []Span {
	var out []Span
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + 1
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || unicode.IsMark(rs[j])) {
				j++
			}
			out = append(out, Span{i, j})
			i = j
		default:
			out = append(out, Span{i, i + 1})
			i++
		}
	}
	return out
}

// trim narrows s to exclude surrounding white space and a trailing
// comma (annotators differ on "Name, a professor," with or without it).
func trim(rs []rune, s Span) Span {
	s.Start, s.End = max(s.Start, 0), min(s.End, len(rs))
	for s.Start < s.End && unicode.IsSpace(rs[s.Start]) {
		s.Start++
	}
	for s.End > s.Start && (unicode.IsSpace(rs[s.End-1]) || rs[s.End-1] == ',') {
		s.End--
	}
	return s
}

func equal(rs []rune, a, b []Span) bool {
	if len(a) != len(b) {
		return false
	}
	seen := make(map[Span]int)
	for _, s := range a {
		seen[trim(rs, s)]++
	}
	for _, s := range b {
		t := trim(rs, s)
		if seen[t] == 0 {
			return false
		}
		seen[t]--
	}
	return true
}

func overlaps(rs []rune, a, b []Span) bool {
	for _, x := range a {
		x = trim(rs, x)
		for _, y := range b {
			y = trim(rs, y)
			if x.Start < y.End && y.Start < x.End {
				return true
			}
		}
	}
	return false
}
