package timeline

import (
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/storyline/storyline/internal/gazetteer"
)

// entry is one gazetteer key.
type entry struct {
	key, parent, name string // name is the display name
	kind              gazetteer.Kind
}

// term is one term of office.
type term struct {
	title      string
	start, end time.Time // end zero: still in office
}

// nameIndex finds the names of the project's gazetteer (package
// gazetteer) in a sentence. It is read-only once built.
type nameIndex struct {
	entries map[string]*entry
	byWords map[string]*entry // folded words joined by one space
	// first maps the first folded word of each name in byWords to the
	// most words of a name starting with it.
	first map[string]int
	// glued holds the names in scripts without spaces, or with particles
	// glued on (Hangul), by first rune, longest first.
	glued map[rune][]gazName
	terms map[string][]term
}

type gazName struct {
	name []rune
	e    *entry
}

// loadNames builds the index of the gazetteer and of its terms of
// office once.
var loadNames = sync.OnceValue(func() *nameIndex {
	g := &nameIndex{entries: map[string]*entry{}, byWords: map[string]*entry{}, first: map[string]int{}, glued: map[rune][]gazName{}, terms: map[string][]term{}}
	for _, ge := range gazetteer.Entries() {
		e := &entry{key: ge.Key, kind: ge.Kind, parent: ge.Parent, name: ge.Names[0]}
		g.entries[e.key] = e
		for _, n := range ge.Names {
			if r := []rune(n)[0]; unicode.In(r, unicode.Han, unicode.Hangul, unicode.Katakana, unicode.Hiragana) {
				rs := []rune(strings.ReplaceAll(n, " ", ""))
				g.glued[rs[0]] = append(g.glued[rs[0]], gazName{rs, e})
				continue
			}
			ws := words(n)
			if len(ws) == 0 {
				continue
			}
			parts := make([]string, len(ws))
			for i, w := range ws {
				parts[i] = w.fold
			}
			g.byWords[strings.Join(parts, " ")] = e
			g.first[parts[0]] = max(g.first[parts[0]], len(ws))
		}
	}
	for _, list := range g.glued {
		slices.SortStableFunc(list, func(a, b gazName) int { return len(b.name) - len(a.name) })
	}
	for _, t := range gazetteer.Terms() {
		g.terms[t.Key] = append(g.terms[t.Key], term{title: t.Title, start: t.Start, end: t.End})
	}
	return g
})

// gazMention is a gazetteer name found in a sentence.
type gazMention struct {
	e          *entry
	start, end int // code points in the sentence
	wi         int // index of the first word, -1 for a glued name
}

// find returns the gazetteer names in ws, longest match first, left to
// right.
func (g *nameIndex) find(ws []word) []gazMention {
	var out []gazMention
	var parts []string
	for i := 0; i < len(ws); {
		matched := false
		most := max(g.first[ws[i].fold], g.first[strings.TrimSuffix(ws[i].fold, "'s")], g.first[strings.TrimSuffix(ws[i].fold, ".")])
		for n := min(most, len(ws)-i); n >= 1; n-- {
			parts = parts[:0]
			for k := range n {
				parts = append(parts, strings.TrimSuffix(ws[i+k].fold, "'s"))
			}
			key := strings.Join(parts, " ")
			e, ok := g.byWords[key]
			if !ok && strings.HasSuffix(key, ".") {
				e, ok = g.byWords[strings.TrimSuffix(key, ".")]
			}
			if !ok {
				continue
			}
			// A one-word name must be capitalised in the text, so that
			// "us" and "who" are not the USA and the WHO.
			if n == 1 && !startsUpper(ws[i].text) {
				continue
			}
			out = append(out, gazMention{e: e, start: ws[i].start, end: ws[i+n-1].end, wi: i})
			i += n
			matched = true
			break
		}
		if matched {
			continue
		}
		if r := []rune(ws[i].text)[0]; unicode.In(r, unicode.Han, unicode.Hangul, unicode.Katakana, unicode.Hiragana) {
			out = append(out, g.findGlued(ws[i])...)
		}
		i++
	}
	return out
}

// findGlued finds names inside one token of a script written without
// spaces (or with particles glued on), longest first.
func (g *nameIndex) findGlued(w word) []gazMention {
	var out []gazMention
	rs := []rune(w.text)
	for i := 0; i < len(rs); {
		var be *entry
		best := 0
		for _, gn := range g.glued[rs[i]] {
			if n := len(gn.name); i+n <= len(rs) && slices.Equal(rs[i:i+n], gn.name) {
				best, be = n, gn.e
				break
			}
		}
		if be == nil {
			i++
			continue
		}
		out = append(out, gazMention{e: be, start: w.start + i, end: w.start + i + best, wi: -1})
		i += best
	}
	return out
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r) || !unicode.IsLetter(r) || unicode.In(r, unicode.Han, unicode.Hangul)
	}
	return false
}
