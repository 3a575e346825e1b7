package quote

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Annotated is one training text with its gold attributions, as an
// attribution corpus (PolNeAR) marks them.
type Annotated struct {
	// Text is the article.
	Text string
	// Gold are its attributions.
	Gold []Attribution
}

// Attribution is one gold attribution: its roles as code-point ranges
// into the text, end exclusive. Only Start and End of each Span are read.
type Attribution struct {
	Source, Cue, Content []Span
}

// Cue-table row kinds. A "word" row counts a word form outside
// quotations (n), inside a gold cue (k), and inside a gold cue whose
// content follows it (a). A "phrase" row does the same for a run of
// words that a gold cue spans whole ("said in a statement", "was
// asked", "according to"), written with single spaces.
const (
	rowWord   = "word"
	rowPhrase = "phrase"
)

// minTableHits is how many cue hits a row needs to be written, and
// maxPhrase the longest phrase counted, in words.
const (
	minTableHits = 3
	maxPhrase    = 5
)

// cueRow is one row of the learned cue table.
type cueRow struct {
	kind, w string
	n, k, a int
}

// goldDoc is one training text read into tokens: in[i] is one plus the
// index of the gold attribution whose cue holds token i, or 0.
type goldDoc struct {
	d     *doc
	in    []int
	after []bool // the content of gold attribution i follows its cue
	src   [][]Span
}

// passDocs reads the documents with tokens for training a model of the
// passes: each ready to run them (nothing claimed yet).
func passDocs(docs []Annotated) []goldDoc {
	var out []goldDoc
	for _, a := range docs {
		if g := readGold(a); len(g.d.toks) > 0 {
			g.d.claimed = make([]bool, len(g.d.toks))
			out = append(out, g)
		}
	}
	return out
}

func readGold(a Annotated) goldDoc {
	d := &doc{rs: []rune(a.Text)}
	d.toks = tokenize(d.rs)
	d.findQuotes()
	g := goldDoc{d: d, in: make([]int, len(d.toks)), after: make([]bool, len(a.Gold)), src: make([][]Span, len(a.Gold))}
	for gi, at := range a.Gold {
		g.src[gi] = at.Source
		if len(at.Cue) > 0 && len(at.Content) > 0 && at.Content[0].Start >= at.Cue[0].Start {
			g.after[gi] = true
		}
		for _, s := range at.Cue {
			lo := sort.Search(len(d.toks), func(i int) bool { return int(d.toks[i].end) > s.Start })
			for ti := lo; ti < len(d.toks) && int(d.toks[ti].start) < s.End; ti++ {
				if int(d.toks[ti].start) >= s.Start && int(d.toks[ti].end) <= s.End {
					g.in[ti] = gi + 1
				}
			}
		}
	}
	return g
}

// LearnCues counts, over docs, how often each word form acts as (part
// of) a cue, which runs of words make up a whole cue, and on which side
// of its cue the content lies. It returns the table as tab-separated
// text in a fixed order, which the package embeds as cues.tsv.
func LearnCues(docs []Annotated) []byte {
	rows := make(map[[2]string]*cueRow)
	get := func(kind, w string) *cueRow {
		key := [2]string{kind, w}
		r := rows[key]
		if r == nil {
			r = &cueRow{kind: kind, w: w}
			rows[key] = r
		}
		return r
	}
	gold := make([]goldDoc, 0, len(docs))
	for _, a := range docs {
		gold = append(gold, readGold(a))
	}
	// Words, and the phrases gold cues span whole.
	for _, g := range gold {
		toks := g.d.toks
		for i, t := range toks {
			if t.kind == kWord && (t.quote < 0 || g.in[i] > 0) {
				r := get(rowWord, t.low)
				r.n++
				if g.in[i] > 0 {
					r.k++
					if g.after[g.in[i]-1] {
						r.a++
					}
				}
			}
			if g.in[i] == 0 || i > 0 && g.in[i-1] == g.in[i] {
				continue
			}
			j := i
			for j+1 < len(toks) && g.in[j+1] == g.in[i] {
				j++
			}
			if j > i && j-i < maxPhrase && (j+1 >= len(toks) || g.in[j+1] != g.in[i]) {
				get(rowPhrase, phraseKey(toks[i:j+1]))
			}
		}
	}
	// Every occurrence of a phrase outside quotations, and whether a
	// gold cue spans exactly it.
	byFirst := make(map[string][]*cueRow)
	for _, r := range rows {
		if r.kind == rowPhrase {
			first, _, _ := strings.Cut(r.w, " ")
			byFirst[first] = append(byFirst[first], r)
		}
	}
	for _, g := range gold {
		toks := g.d.toks
		for i, t := range toks {
			if t.quote >= 0 && g.in[i] == 0 {
				continue
			}
			for _, r := range byFirst[t.low] {
				n := strings.Count(r.w, " ") + 1
				if i+n > len(toks) || phraseKey(toks[i:i+n]) != r.w {
					continue
				}
				r.n++
				c := g.in[i]
				whole := c > 0 && (i == 0 || g.in[i-1] != c) && (i+n >= len(toks) || g.in[i+n] != c)
				for m := i; m < i+n && whole; m++ {
					whole = g.in[m] == c
				}
				if whole {
					r.k++
					if g.after[c-1] {
						r.a++
					}
				}
			}
		}
	}
	list := make([]*cueRow, 0, len(rows))
	for _, r := range rows {
		if r.k >= minTableHits && !strings.ContainsAny(r.w, "\t\n") {
			list = append(list, r)
		}
	}
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a.kind != b.kind {
			return a.kind > b.kind // word before phrase
		}
		return a.w < b.w
	})
	var b bytes.Buffer
	b.WriteString("# Cue statistics of the PolNeAR train split, written by `go run ./cmd/train quotes`. Do not edit.\n")
	b.WriteString("# kind\twords\tn (occurrences outside quotations)\tk (in a gold cue)\ta (cue with content after it)\n")
	for _, r := range list {
		fmt.Fprintf(&b, "%s\t%s\t%d\t%d\t%d\n", r.kind, r.w, r.n, r.k, r.a)
	}
	return b.Bytes()
}

// phraseKey joins the lower-case forms of toks with single spaces.
func phraseKey(toks []token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.low)
	}
	return b.String()
}

// parseCueTable reads a table LearnCues wrote.
func parseCueTable(data []byte) ([]cueRow, error) {
	var rows []cueRow
	err := eachTableLine(data, func(line int, s string) error {
		f := strings.Split(s, "\t")
		if len(f) != 5 {
			return fmt.Errorf("line %d: %d fields, want 5", line, len(f))
		}
		var nums [3]int
		for i := range nums {
			v, err := strconv.Atoi(f[2+i])
			if err != nil || v < 0 {
				return fmt.Errorf("line %d: bad count %q", line, f[2+i])
			}
			nums[i] = v
		}
		if nums[1] > nums[0] || nums[2] > nums[1] {
			return fmt.Errorf("line %d: counts %v out of order", line, nums)
		}
		switch f[0] {
		case rowWord, rowPhrase:
		default:
			return fmt.Errorf("line %d: unknown kind %q", line, f[0])
		}
		rows = append(rows, cueRow{kind: f[0], w: f[1], n: nums[0], k: nums[1], a: nums[2]})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("cue table: %w", err)
	}
	return rows, nil
}

// sourceMatch reports whether the source s proposed for a cue at token k
// is the source of the gold attribution whose cue holds k: the same
// text (but for a trailing comma), or absent on both sides; with
// overlap, sharing a code point is enough.
func (g goldDoc) sourceMatch(k int, s span, overlap bool) bool {
	c := g.in[k]
	if c == 0 {
		return false
	}
	gold := g.src[c-1]
	if !s.ok() || len(gold) == 0 {
		return !s.ok() && len(gold) == 0
	}
	if len(gold) != 1 {
		return false
	}
	start, end := gold[0].Start, gold[0].End
	for end > start && (g.d.rs[end-1] == ',' || unicode.IsSpace(g.d.rs[end-1])) {
		end--
	}
	for start < end && unicode.IsSpace(g.d.rs[start]) {
		start++
	}
	if !overlap {
		return int(g.d.toks[s.lo].start) == start && int(g.d.toks[s.hi].end) == end
	}
	return int(g.d.toks[s.lo].start) < end && start < int(g.d.toks[s.hi].end)
}
