package story

import (
	"math"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// vector is a sparse term-weight vector.
type vector map[string]float64

func (v vector) norm() float64 {
	var s float64
	for _, w := range v {
		s += w * w
	}
	return math.Sqrt(s)
}

// cosine of a and b, given their norms.
func cosine(a, b vector, na, nb float64) float64 {
	if na == 0 || nb == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	var dot float64
	for t, w := range a {
		dot += w * b[t]
	}
	return dot / (na * nb)
}

// top returns the n heaviest terms of v, heaviest first (ties by term).
func (v vector) top(n int) []string {
	terms := make([]string, 0, len(v))
	for t := range v {
		terms = append(terms, t)
	}
	sort.Slice(terms, func(i, j int) bool {
		if v[terms[i]] != v[terms[j]] {
			return v[terms[i]] > v[terms[j]]
		}
		return terms[i] < terms[j]
	})
	if len(terms) > n {
		terms = terms[:n]
	}
	return terms
}

// prune keeps the n heaviest terms of v.
func (v vector) prune(n int) {
	if len(v) <= n {
		return
	}
	keep := map[string]bool{}
	for _, t := range v.top(n) {
		keep[t] = true
	}
	for t := range v {
		if !keep[t] {
			delete(v, t)
		}
	}
}

// token is a word of the text with whether it was capitalised mid-sentence.
type token struct {
	word    string // folded: lower case, no diacritics
	capital bool   // starts with an upper-case letter, not sentence-initial
	raw     string
}

var fold = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// foldWord lower-cases w and strips its diacritics, so that "Pyeongyang"
// and "Pyéongyang", "MÜNCHEN" and "München" meet.
func foldWord(w string) string {
	w = strings.ToLower(w)
	for _, r := range w {
		if r >= 0x80 {
			if s, _, err := transform.String(fold, w); err == nil {
				return s
			}
			break
		}
	}
	return w
}

// tokenize splits text into words (letters and digits, with inner
// hyphens and apostrophes folded away).
func tokenize(text string) []token {
	var out []token
	start := true // at sentence start
	i := 0
	rs := []rune(text)
	for i < len(rs) {
		r := rs[i]
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if r == '.' || r == '!' || r == '?' || r == '\n' || r == ':' || r == '"' || r == '“' {
				start = true
			}
			i++
			continue
		}
		j := i
		for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) ||
			((rs[j] == '-' || rs[j] == '\'' || rs[j] == '’') && j+1 < len(rs) && unicode.IsLetter(rs[j+1]) && j > i)) {
			j++
		}
		raw := string(rs[i:j])
		w := strings.NewReplacer("-", "", "'", "", "’", "").Replace(raw)
		out = append(out, token{word: foldWord(w), capital: unicode.IsUpper(r) && !start, raw: raw})
		start = false
		i = j
	}
	return out
}

// stem is a light, language-agnostic suffix stripper: enough to meet
// "sanction"/"sanctions"/"sanctioned" without a full stemmer per language.
func stem(w string) string {
	n := len([]rune(w))
	if n <= 4 {
		return w
	}
	for _, suf := range []string{"ations", "ation", "ings", "ing", "edly", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && n-len(suf) >= 4 {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}

// isCJK reports a rune of a script written without spaces.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

// terms turns text into the counted terms the clusterer compares: stems
// of non-stop words (numbers kept: they cross languages), and character
// bigrams for runs of CJK script, which has no spaces.
func terms(toks []token, stop func(string) bool) map[string]int {
	out := map[string]int{}
	for _, t := range toks {
		if stop(t.word) || len([]rune(t.word)) < 2 && !isDigits(t.word) {
			continue
		}
		rs := []rune(t.word)
		if isCJK(rs[0]) && len(rs) > 2 {
			for i := 0; i+1 < len(rs); i++ {
				out[string(rs[i:i+2])]++
			}
			continue
		}
		out[stem(t.word)]++
	}
	return out
}

// entities collects capitalised words that are not sentence-initial — a
// cheap stand-in for named entities that needs no model and works in
// every language with case — and gazetteer names mapped to shared keys,
// which carry a story across languages and scripts.
func entities(toks []token, stop func(string) bool, gaz *gazetteer) map[string]int {
	out := map[string]int{}
	for i := 0; i < len(toks); i++ {
		if key, n := gaz.match(toks, i); n > 0 {
			out[key]++
			i += n - 1
			continue
		}
		t := toks[i]
		if !t.capital || stop(t.word) || len(t.word) < 2 {
			continue
		}
		out["e:"+t.word]++
	}
	return out
}

func isDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}
