package extraction

import (
	"regexp"
	"strings"

	"github.com/storyline/storyline/internal/extract/textscrape"
)

// Confusion counts snippet or date outcomes, summed over pages
// (micro-average), as trafilatura's and htmldate's evaluations do.
type Confusion struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	TN int `json:"tn"`
	FN int `json:"fn"`
}

// Add adds o's counts to c.
func (c *Confusion) Add(o Confusion) {
	c.TP += o.TP
	c.FP += o.FP
	c.TN += o.TN
	c.FN += o.FN
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Precision is TP/(TP+FP).
func (c Confusion) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN).
func (c Confusion) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// Accuracy is (TP+TN)/(TP+TN+FP+FN).
func (c Confusion) Accuracy() float64 { return ratio(c.TP+c.TN, c.TP+c.TN+c.FP+c.FN) }

// F1 is 2TP/(2TP+FP+FN).
func (c Confusion) F1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

// normSpace collapses runs of white space to one space and trims, as
// trafilatura's eval_common.py does before substring tests.
func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// ScoreSnippets scores one page of trafilatura-eval: a with snippet found
// in the output is a TP (else FN); a without snippet found is an FP (else
// TN). An empty output (a crash or None in the reference) finds nothing.
func ScoreSnippets(output string, with, without []string) Confusion {
	var c Confusion
	out := normSpace(output)
	for _, s := range with {
		if out != "" && strings.Contains(out, normSpace(s)) {
			c.TP++
		} else {
			c.FN++
		}
	}
	for _, s := range without {
		if out != "" && strings.Contains(out, normSpace(s)) {
			c.FP++
		} else {
			c.TN++
		}
	}
	return c
}

// ScoreDate scores one page of htmldate's set: the predicted day equal to
// the gold day is a TP, a different day an FP, no day an FN. A null gold
// can never be right: a prediction is an FP, none an FN.
func ScoreDate(pred, gold string, goldNull bool) Confusion {
	pred = day(pred)
	switch {
	case pred == "":
		return Confusion{FN: 1}
	case !goldNull && pred == gold:
		return Confusion{TP: 1}
	default:
		return Confusion{FP: 1}
	}
}

// wordRe is the benchmark's Unicode `\w+`: letters, marks, digits and
// connector punctuation.
var wordRe = regexp.MustCompile(`[\p{L}\p{M}\p{Nd}\p{Pc}]+`)

// Tokens splits s into the AEB benchmark's tokens (case kept).
func Tokens(s string) []string { return wordRe.FindAllString(s, -1) }

// PRF holds one page's precision and recall, and whether each is defined.
type PRF struct {
	// P and R are the page's precision and recall; HasP and HasR say
	// whether each is defined.
	P, R       float64
	HasP, HasR bool
	// Exact reports that the token sequences are equal.
	Exact bool
}

// ScoreShingles scores one page as the Article Extraction Benchmark's
// evaluate.py does: multisets of 4-token shingles (a text under 4 tokens
// is one shingle) of prediction and gold; tp, fp and fn normalised by
// their sum; precision tp/(tp+fp), recall tp/(tp+fn), both 1 when there is
// neither fp nor fn.
func ScoreShingles(pred, gold string) PRF {
	pt, gt := Tokens(pred), Tokens(gold)
	r := overlap(shingles(pt, 4), shingles(gt, 4))
	r.Exact = strings.Join(pt, " ") == strings.Join(gt, " ")
	return r
}

// ScoreTokens scores one page by token-level F1: multisets of lowercased
// `\w+` tokens (bag of words), the usual measure for comparing an
// extracted body with a reference text whose paragraphing and furniture
// handling differ. Used for fundus, readability and newspaper4k.
func ScoreTokens(pred, gold string) PRF {
	lower := func(ts []string) map[string]int {
		m := make(map[string]int, len(ts))
		for _, t := range ts {
			m[strings.ToLower(t)]++
		}
		return m
	}
	pt, gt := Tokens(pred), Tokens(gold)
	r := overlap(lower(pt), lower(gt))
	r.Exact = strings.EqualFold(strings.Join(pt, " "), strings.Join(gt, " "))
	return r
}

func shingles(ts []string, n int) map[string]int {
	m := map[string]int{}
	if len(ts) == 0 {
		return m
	}
	if len(ts) < n {
		m[strings.Join(ts, "\x00")]++
		return m
	}
	for i := 0; i+n <= len(ts); i++ {
		m[strings.Join(ts[i:i+n], "\x00")]++
	}
	return m
}

func overlap(pred, gold map[string]int) PRF {
	var tp, fp, fn float64
	for k, p := range pred {
		g := gold[k]
		tp += float64(min(p, g))
		if p > g {
			fp += float64(p - g)
		}
	}
	for k, g := range gold {
		if p := pred[k]; g > p {
			fn += float64(g - p)
		}
	}
	var r PRF
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	if fp == 0 && fn == 0 {
		r.P, r.R, r.HasP, r.HasR = 1, 1, true, true
		return r
	}
	if tp+fp > 0 {
		r.P, r.HasP = tp/(tp+fp), true
	}
	if tp+fn > 0 {
		r.R, r.HasR = tp/(tp+fn), true
	}
	return r
}

// Mean accumulates per-page precision and recall into the benchmark's
// page-averaged figures.
type Mean struct {
	sumP, sumR   float64
	nP, nR       int
	exact, pages int
}

// Add adds one page.
func (m *Mean) Add(r PRF) {
	m.pages++
	if r.HasP {
		m.sumP += r.P
		m.nP++
	}
	if r.HasR {
		m.sumR += r.R
		m.nR++
	}
	if r.Exact {
		m.exact++
	}
}

// Precision is the mean per-page precision over pages with a prediction.
func (m Mean) Precision() float64 { return fdiv(m.sumP, m.nP) }

// Recall is the mean per-page recall over pages with a gold text.
func (m Mean) Recall() float64 { return fdiv(m.sumR, m.nR) }

// F1 is the harmonic mean of Precision and Recall.
func (m Mean) F1() float64 {
	p, r := m.Precision(), m.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Accuracy is the share of pages whose tokens equal the gold's.
func (m Mean) Accuracy() float64 { return fdiv(float64(m.exact), m.pages) }

func fdiv(a float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return a / float64(n)
}

// sameText compares two metadata strings loosely: case, white space and
// punctuation ignored.
func sameText(a, b string) bool {
	// Format characters (soft hyphens, zero-width spaces) do not show:
	// "Helikopter\u00adlandeplatz" is "Helikopterlandeplatz".
	ka, kb := textscrape.FoldWords(a), textscrape.FoldWords(b)
	return ka != "" && ka == kb
}
