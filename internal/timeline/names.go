package timeline

import (
	_ "embed"
	"strings"
	"sync"
	"time"
	"unicode"
)

//go:embed names.tsv
var namesTSV string

//go:embed offices.tsv
var officesTSV string

// Kinds of gazetteer entries.
const (
	kPerson  = "person"
	kOrg     = "org"
	kCountry = "country"
	kCapital = "capital"
	kCity    = "city"
	kSite    = "site"
	kRegion  = "region"
)

// entry is one gazetteer key.
type entry struct {
	key, kind, parent, name string // name is the display name
}

// term is one term of office.
type term struct {
	title      string
	start, end time.Time // end zero: still in office
}

// gazetteer finds the names of names.tsv in a sentence. It is read-only
// once built.
type gazetteer struct {
	entries  map[string]*entry
	byWords  map[string]*entry // folded words joined by one space
	maxWords int
	glued    []gazName // names in scripts without spaces, or with particles glued on (Hangul)
	terms    map[string][]term
}

type gazName struct {
	name string
	e    *entry
}

// loadGazetteer parses the embedded tables once.
var loadGazetteer = sync.OnceValue(func() *gazetteer {
	g := &gazetteer{entries: map[string]*entry{}, byWords: map[string]*entry{}, terms: map[string][]term{}}
	for _, line := range strings.Split(namesTSV, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 4 || strings.HasPrefix(line, "#") {
			continue
		}
		names := strings.Split(f[3], ",")
		e := &entry{key: f[0], kind: f[1], parent: f[2], name: strings.TrimSpace(names[0])}
		g.entries[e.key] = e
		for _, n := range names {
			n = strings.TrimSpace(n)
			if n == "" {
				continue
			}
			if r := []rune(n)[0]; unicode.In(r, unicode.Han, unicode.Hangul, unicode.Katakana, unicode.Hiragana) {
				g.glued = append(g.glued, gazName{strings.ReplaceAll(n, " ", ""), e})
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
			g.maxWords = max(g.maxWords, len(ws))
		}
	}
	for _, line := range strings.Split(officesTSV, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 4 || strings.HasPrefix(line, "#") {
			continue
		}
		s, err := time.Parse(time.DateOnly, f[2])
		if err != nil {
			continue
		}
		var e time.Time
		if f[3] != "" {
			if e, err = time.Parse(time.DateOnly, f[3]); err != nil {
				continue
			}
		}
		g.terms[f[0]] = append(g.terms[f[0]], term{title: f[1], start: s, end: e})
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
func (g *gazetteer) find(ws []word) []gazMention {
	var out []gazMention
	for i := 0; i < len(ws); {
		matched := false
		for n := min(g.maxWords, len(ws)-i); n >= 1; n-- {
			parts := make([]string, n)
			for k := range n {
				parts[k] = strings.TrimSuffix(ws[i+k].fold, "'s")
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
// spaces (or with particles glued on).
func (g *gazetteer) findGlued(w word) []gazMention {
	var out []gazMention
	rs := []rune(w.text)
	for i := 0; i < len(rs); {
		best := 0
		var be *entry
		for _, gn := range g.glued {
			n := len([]rune(gn.name))
			if n > best && i+n <= len(rs) && string(rs[i:i+n]) == gn.name {
				best, be = n, gn.e
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

// contains reports whether place a contains place b (or is b).
func (g *gazetteer) contains(a, b string) bool {
	for k, n := b, 0; k != "" && n < 8; n++ {
		if k == a {
			return true
		}
		e := g.entries[k]
		if e == nil {
			return false
		}
		k = e.parent
	}
	return false
}
