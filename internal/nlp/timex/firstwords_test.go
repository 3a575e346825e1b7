package timex

import (
	"testing"

	"github.com/storyline/storyline/internal/nlp/tokenize"
)

// TestFirstWords checks, on the corpus texts, that every match of a rule
// with a list of first words starts with one of them (or a digit, where
// the rule allows), and that running the rules anchored at word starts
// finds what the unanchored patterns find.
func TestFirstWords(t *testing.T) {
	texts := append(corpusTexts(t),
		"Wednesday, the beginning of May 5th; mid-June 1999; this coming March; no more than each of the preceding twenty-five consecutive days",
		"about 3 1/2 years ago; a couple of weeks; half a dozen years; dozens of hours; hundreds of years; another two months; up to 90 days")
	for i := range rules {
		r := &rules[i]
		if !r.atWord {
			continue
		}
		for _, text := range texts {
			lower := tokenize.ASCIILower(text)
			var whole, anchored [][]int
			for _, idx := range r.re.FindAllStringSubmatchIndex(lower, -1) {
				whole = append(whole, idx)
				p := idx[0]
				if r.first == nil {
					continue
				}
				if isDigit(lower[p]) {
					if !r.digits {
						t.Errorf("rule %d: match %q starts with a digit", i, lower[idx[0]:idx[1]])
					}
					continue
				}
				e := p
				for e < len(lower) && lower[e] >= 'a' && lower[e] <= 'z' {
					e++
				}
				if !r.first[lower[p:e]] {
					t.Errorf("rule %d: match %q starts with %q, not in its first words", i, lower[idx[0]:idx[1]], lower[p:e])
				}
			}
			r.matches(lower, 0, len(lower), func(idx []int) { anchored = append(anchored, idx) })
			if len(whole) != len(anchored) {
				t.Fatalf("rule %d: %d matches unanchored, %d anchored at words", i, len(whole), len(anchored))
			}
			for j := range whole {
				for k := range whole[j] {
					if whole[j][k] != anchored[j][k] {
						t.Fatalf("rule %d: match %d differs: %v unanchored, %v anchored", i, j, whole[j], anchored[j])
					}
				}
			}
		}
	}
}
