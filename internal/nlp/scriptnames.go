package nlp

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/storyline/storyline/internal/gazetteer"
)

// The entity tagger learned English, so it finds nothing in Korean,
// Japanese, Chinese or Russian text. There, the entities come from the
// project's gazetteer (package gazetteer): its names in those scripts
// ("트럼프", "北朝鮮", "Путиным"), each with the display name of its key as
// the canonical name, so that "김정은" in a Korean article and "Kim
// Jong-un" in an English one are one person. Only names in those
// scripts are found this way; names in Latin script are the tagger's,
// but one the gazetteer lists takes its display name as canonical (see
// canonLatin), and where the tagger split or cut short a listed name of
// several words, it is made whole first (see joinLatin).

// scriptName is one gazetteer name in a script the tagger cannot read.
type scriptName struct {
	name      []rune
	typ       string // PER, ORG or LOC
	canonical string
}

// scriptNames indexes the gazetteer's names: those in non-Latin scripts
// by first rune, longest first, and those in Latin script by their
// lower-case words. It is read-only once built.
type scriptNames struct {
	byRune map[rune][]scriptName
	latin  map[string]scriptName
}

// loadScriptNames builds the index once.
var loadScriptNames = sync.OnceValue(func() scriptNames {
	idx := scriptNames{byRune: map[rune][]scriptName{}, latin: map[string]scriptName{}}
	for _, e := range gazetteer.Entries() {
		typ := e.Kind.EntityType()
		for _, n := range e.Names {
			rs := []rune(n)
			if len(rs) < 2 {
				continue
			}
			sn := scriptName{name: rs, typ: typ, canonical: e.Names[0]}
			if script(rs[0]) == latinOrOther {
				idx.latin[latinKey(n)] = sn
				continue
			}
			idx.byRune[rs[0]] = append(idx.byRune[rs[0]], sn)
		}
	}
	for _, list := range idx.byRune {
		slices.SortStableFunc(list, func(a, b scriptName) int { return len(b.name) - len(a.name) })
	}
	return idx
})

// Scripts, as scriptNames reads them.
const (
	latinOrOther = iota
	cyrillic     // words end where letters end: Russian names list their cases
	hangul       // particles follow the name: "트럼프가", "김정은은"
	unspaced     // Han and kana: names stand anywhere in a run
)

func script(r rune) int {
	switch {
	case unicode.Is(unicode.Cyrillic, r):
		return cyrillic
	case unicode.Is(unicode.Hangul, r):
		return hangul
	case unicode.In(r, unicode.Han, unicode.Katakana, unicode.Hiragana):
		return unspaced
	}
	return latinOrOther
}

// merge adds to the tagger's entities the gazetteer names of text in
// non-Latin scripts. Where the tagger found a name in such a script too
// (it tags capitalised Cyrillic words, with types and names it never
// learned), the gazetteer's reading replaces it; the tagger's entities
// in Latin script are kept, and a gazetteer name overlapping one of them
// is not read.
func (idx scriptNames) merge(text string, ents []Entity) []Entity {
	ents = idx.joinLatin(text, ents)
	idx.canonLatin(ents)
	if !hasScript(text) {
		return ents
	}
	found := idx.find(text)
	if len(found) == 0 {
		return ents
	}
	overlaps := func(e Entity, list []Entity) bool {
		for _, o := range list {
			if o.Start < e.End && e.Start < o.End {
				return true
			}
		}
		return false
	}
	var latin, other []Entity
	for _, e := range ents {
		if r := []rune(e.Text); len(r) > 0 && script(r[0]) != latinOrOther {
			other = append(other, e)
		} else {
			latin = append(latin, e)
		}
	}
	found = slices.DeleteFunc(found, func(e Entity) bool { return overlaps(e, latin) })
	other = slices.DeleteFunc(other, func(e Entity) bool { return overlaps(e, found) })
	out := append(append(latin, other...), found...)
	slices.SortStableFunc(out, func(a, b Entity) int { return a.Start - b.Start })
	return out
}

// latinKey is the form in which Latin names are looked up: lower case,
// words joined by one space.
func latinKey(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// canonLatin gives the tagger's entities in Latin script that are a
// gazetteer name the name's display form as canonical name: "Coreia do
// Norte" is North Korea, "Casa Branca" the White House. A name of
// several words is specific enough to set the type too (the tagger,
// trained on English, takes "Casa Branca" for a person); a name of one
// word counts only when the tagger gave it the gazetteer's type
// ("Jordan" the country, not the player). What the article itself says
// wins: a "Clinton" it has already tied to "Bill Clinton" keeps him, in
// the gazetteer's spelling of his name when it has him.
func (idx scriptNames) canonLatin(ents []Entity) {
	for i := range ents {
		e := &ents[i]
		if e.Canonical != "" && e.Canonical != e.Text {
			// The article's own full name, spelt as the gazetteer
			// spells it, so that articles that spell it differently
			// ("Kim Jong-un", "Kim Jong Un") give one name.
			if sn, ok := idx.latin[latinKey(e.Canonical)]; ok && sn.typ == e.Type && strings.Contains(strings.TrimSpace(e.Canonical), " ") {
				e.Canonical = sn.canonical
			}
			continue
		}
		sn, ok := idx.latin[latinKey(e.Text)]
		if !ok {
			continue
		}
		if strings.Contains(strings.TrimSpace(e.Text), " ") {
			e.Type = sn.typ
		} else if e.Type != sn.typ {
			continue
		}
		e.Canonical = sn.canonical
	}
}

// maxNameWords is the most words of a gazetteer name joinLatin reads.
const maxNameWords = 6

// leadArticles are the capitalised articles a tagger trained on English
// takes into a name at a sentence's start ("La Unión Europea").
var leadArticles = map[string]bool{"la": true, "el": true, "los": true, "las": true, "le": true, "les": true,
	"il": true, "lo": true, "o": true, "a": true, "os": true, "as": true, "der": true, "die": true, "das": true}

// joinLatin widens the tagger's entities to the gazetteer names of
// several words they begin. The tagger learned English, where names
// hold no lower-case words, so it reads "Coreia do Norte" as two places
// and finds only "Corea" in "Corea del Sur"; and at a sentence's start
// it takes an article in ("La Unión Europea"). An entity that starts a
// listed name of two words or more becomes that name, in place of every
// entity the name covers; its type and canonical name are canonLatin's
// to give.
func (idx scriptNames) joinLatin(text string, ents []Entity) []Entity {
	var rs []rune
	out := ents[:0:0]
	for i := 0; i < len(ents); i++ {
		e := ents[i]
		if rs == nil {
			rs = []rune(text)
		}
		if e.End > len(rs) {
			out = append(out, e)
			continue
		}
		ws := wordsFrom(rs, e.Start, maxNameWords)
		if len(ws) > 1 && leadArticles[strings.ToLower(string(rs[ws[0][0]:ws[0][1]]))] {
			if end := idx.longestName(rs, ws[1:]); end > 0 {
				ws = ws[1:]
			}
		}
		end := idx.longestName(rs, ws)
		if end < e.End {
			out = append(out, e)
			continue
		}
		start := ws[0][0]
		for i+1 < len(ents) && ents[i+1].Start < end {
			i++
			end = max(end, ents[i].End)
		}
		out = append(out, Entity{Text: string(rs[start:end]), Type: e.Type, Start: start, End: end})
	}
	return out
}

// wordsFrom returns the [start, end) offsets of up to n words of rs from
// offset at, each set off from the last by one space; a word is a run of
// letters, digits, hyphens, apostrophes and dots.
func wordsFrom(rs []rune, at, n int) [][2]int {
	var ws [][2]int
	i := at
	for len(ws) < n && i < len(rs) {
		j := i
		for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '-' || rs[j] == '\'' || rs[j] == '’' || rs[j] == '.') {
			j++
		}
		if j == i {
			break
		}
		ws = append(ws, [2]int{i, j})
		if j >= len(rs) || rs[j] != ' ' {
			break
		}
		i = j + 1
	}
	return ws
}

// longestName returns the end of the longest gazetteer name of two
// words or more that the words ws spell from the first, ending in a
// capitalised word; 0 when there is none.
func (idx scriptNames) longestName(rs []rune, ws [][2]int) int {
	for n := len(ws); n >= 2; n-- {
		last := ws[n-1]
		if !unicode.IsUpper(rs[last[0]]) {
			continue
		}
		end := last[1]
		for end > last[0] && rs[end-1] == '.' {
			end-- // a sentence's full stop, not an initial
		}
		if _, ok := idx.latin[latinKey(string(rs[ws[0][0]:end]))]; ok {
			return end
		}
		if end != last[1] {
			if _, ok := idx.latin[latinKey(string(rs[ws[0][0]:last[1]]))]; ok {
				return last[1]
			}
		}
	}
	return 0
}

// listedTypes gives each one-word entity the gazetteer lists the
// gazetteer's type. It is for text in a language other than English,
// where the tagger's type is a guess ("Egipto" an organisation) and a
// listed word is seldom anything else; in English the tagger's type
// decides ("Jordan" the player; see canonLatin).
func (idx scriptNames) listedTypes(ents []Entity) {
	for i := range ents {
		e := &ents[i]
		if strings.ContainsRune(strings.TrimSpace(e.Text), ' ') {
			continue
		}
		if sn, ok := idx.latin[latinKey(e.Text)]; ok && sn.typ != "" {
			e.Type = sn.typ
		}
	}
}

// hasScript reports whether text has a letter in a script the
// gazetteer's reading covers.
func hasScript(text string) bool {
	for _, r := range text {
		if r >= 0x400 && script(r) != latinOrOther {
			return true
		}
	}
	return false
}

// find returns the gazetteer names in text that are in non-Latin
// scripts, longest first, left to right; offsets are code points. A
// Cyrillic name must be a whole word, and a Hangul one must start one.
func (idx scriptNames) find(text string) []Entity {
	rs := []rune(text)
	var out []Entity
	for i := 0; i < len(rs); {
		list := idx.byRune[rs[i]]
		sc := script(rs[i])
		if len(list) == 0 || sc != unspaced && i > 0 && script(rs[i-1]) == sc {
			i++
			continue
		}
		n := 0
		var hit scriptName
		for _, c := range list {
			end := i + len(c.name)
			if end > len(rs) || !slices.Equal(rs[i:end], c.name) {
				continue
			}
			if sc == cyrillic && end < len(rs) && script(rs[end]) == cyrillic {
				continue // inside a longer word
			}
			n, hit = len(c.name), c
			break
		}
		if n == 0 {
			i++
			continue
		}
		out = append(out, Entity{Text: string(rs[i : i+n]), Type: hit.typ, Start: i, End: i + n, Canonical: hit.canonical})
		i += n
	}
	return out
}
