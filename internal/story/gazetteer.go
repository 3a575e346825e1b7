package story

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/gazetteer"
)

// embedded is the index of the project's gazetteer (package gazetteer),
// built once on first use and read-only after.
var embedded = sync.OnceValue(func() *nameIndex { return newNameIndex(gazetteer.Entries()) })

// nameIndex maps names in many languages and scripts to one key, so that
// "North Korea", "Coreia do Norte", "북한" and "北朝鮮" meet as one term.
//
// A key whose names in Latin script are all spelled alike ("Chicago",
// "Los Angeles", "Costa Rica") has no key term: its other names (시카고,
// Чикаго) give the terms its Latin name gives as an ordinary name
// (e:los, e:angeles, e:los_angeles), so that Latin text keeps its own
// terms. One key term in their place would weigh the name as one word
// where it has been three, and weaken the matches within a language
// that gave it that weight (measured: giveme5w1h BCubed F1 .940 → .934
// with such keys, with 10 cities and 2 countries).
//
// It is read-only once built.
type nameIndex struct {
	// words maps the folded, space-joined words of a name to the terms
	// it counts as.
	words map[string][]string
	// first maps the first word of each name in words to the most words
	// of a name starting with it.
	first map[string]int
	// cjk holds names in scripts written without spaces (Han, kana) or,
	// for Hangul, with particles glued on, longest first; they are found
	// inside tokens.
	cjk []gazName
	// cjkFirst indexes cjk by first rune.
	cjkFirst map[rune][]gazName
}

type gazName struct {
	name  string
	terms []string
}

// newNameIndex indexes the names of entries.
func newNameIndex(entries []gazetteer.Entry) *nameIndex {
	g := &nameIndex{words: map[string][]string{}, first: map[string]int{}}
	for _, e := range entries {
		terms := []string{"g:" + e.Key}
		list := e.Names
		latin := map[string]bool{}
		var spelled string
		for _, name := range list {
			if name = strings.TrimSpace(name); name != "" && isLatin(name) {
				latin[joinWords(name)] = true
				spelled = name
			}
		}
		if len(latin) == 1 {
			terms = nameTerms(spelled)
		}
		for _, name := range list {
			name = strings.TrimSpace(name)
			if name == "" || len(latin) == 1 && isLatin(name) || e.Kind == gazetteer.Person && extendsSurname(name, latin) {
				continue
			}
			if r := firstRune(name); isCJK(r) || unicode.Is(unicode.Hangul, r) {
				// Folded like the words it is found in: folding drops
				// the voicing marks of kana (ブラジル is read as フラシル).
				g.cjk = append(g.cjk, gazName{foldWord(strings.ReplaceAll(name, " ", "")), terms})
				continue
			}
			w := joinWords(name)
			if w == "" {
				continue
			}
			g.words[w] = terms
			first, _, _ := strings.Cut(w, " ")
			g.first[first] = max(g.first[first], strings.Count(w, " ")+1)
		}
	}
	sort.SliceStable(g.cjk, func(i, j int) bool { return len(g.cjk[i].name) > len(g.cjk[j].name) })
	g.cjkFirst = map[rune][]gazName{}
	for _, gn := range g.cjk {
		r := firstRune(gn.name)
		g.cjkFirst[r] = append(g.cjkFirst[r], gn)
	}
	return g
}

// extendsSurname reports whether a Latin name of several words ends in
// another of the key's Latin names of one word ("Vladimir Putin" beside
// "Putin"). Such a full name is left to its parts: read as one key term
// it would weigh the given name and the surname as one word, where the
// text of the other languages that write it alike ("Hosni Mubarak")
// counts both (measured: with full names as keys, 20 of 23 translated
// posts in one story instead of 22).
func extendsSurname(name string, latin map[string]bool) bool {
	w := joinWords(name)
	i := strings.LastIndexByte(w, ' ')
	return i > 0 && latin[w[i+1:]]
}

// joinWords returns the folded words of a name joined by spaces.
func joinWords(name string) string {
	var ws []string
	for _, t := range tokenize(name) {
		ws = append(ws, t.word)
	}
	return strings.Join(ws, " ")
}

// isLatin reports whether a name is written in Latin letters.
func isLatin(name string) bool {
	for _, r := range name {
		if unicode.IsLetter(r) {
			return unicode.Is(unicode.Latin, r)
		}
	}
	return false
}

// nameTerms returns the terms entityTerms counts for a name written in
// running text, each once.
func nameTerms(name string) []string {
	toks := tokenize(name)
	for i := range toks {
		toks[i].capital = unicode.IsUpper(firstRune(toks[i].raw))
	}
	m := map[string]int{}
	entityTerms(toks, &nameIndex{}, nil, m)
	terms := make([]string, 0, len(m))
	for t := range m {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	return terms
}

// match returns the terms of the longest name in words starting at
// token i and the number of tokens it spans, or 0.
func (g *nameIndex) match(toks []token, i int) ([]string, int) {
	// Names need a capital (or a script without case), so that "turkey"
	// the bird or "china" the crockery stay out; most words fail here.
	if !strings.ContainsFunc(toks[i].raw, unicode.IsUpper) {
		return nil, 0
	}
	most := g.first[toks[i].word]
	if most == 0 {
		return nil, 0
	}
	var buf [64]byte
	for n := min(most, len(toks)-i); n >= 1; n-- {
		b := buf[:0]
		for k := 0; k < n; k++ {
			if k > 0 {
				b = append(b, ' ')
			}
			b = append(b, toks[i+k].word...)
		}
		terms, ok := g.words[string(b)] // no allocation: a map index
		if !ok {
			continue
		}
		// A lone short word ("US", "UN", "WHO") must be written in
		// capitals, or "us", "un" and "who" would match.
		if n == 1 && utf8.RuneCountInString(toks[i].word) <= 3 && strings.ToUpper(toks[i].raw) != toks[i].raw {
			continue
		}
		return terms, n
	}
	return nil, 0
}

// matchCJK counts the terms of the names found in a token of Han, kana
// or Hangul script. Han and kana runs hold whole phrases, so names are
// found anywhere in them, longest first; a Hangul word is one word with
// perhaps a particle glued on (북한은, 트럼프가).
func (g *nameIndex) matchCJK(word string, out map[string]int) {
	r := firstRune(word)
	if unicode.Is(unicode.Hangul, r) {
		for _, gn := range g.cjkFirst[r] {
			if strings.HasPrefix(word, gn.name) && utf8.RuneCountInString(word)-utf8.RuneCountInString(gn.name) <= 2 {
				addTerms(out, gn.terms)
				return
			}
		}
		return
	}
	if !isCJK(r) {
		return
	}
	for i := 0; i < len(word); {
		hit := false
		r, size := utf8.DecodeRuneInString(word[i:])
		for _, gn := range g.cjkFirst[r] {
			if strings.HasPrefix(word[i:], gn.name) {
				addTerms(out, gn.terms)
				i += len(gn.name)
				hit = true
				break
			}
		}
		if !hit {
			i += size
		}
	}
}

// addTerms counts each of terms once in out.
func addTerms(out map[string]int, terms []string) {
	for _, t := range terms {
		out[t]++
	}
}
