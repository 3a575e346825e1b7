package story

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// gazetteerTSV is the embedded gazetteer: one line per key, then a tab,
// then the key's names in any language, comma-separated. It was written
// by hand for storyline (countries, capitals and cities in the news,
// leaders and organisations in en, de, fr, es, it, pt, ko, ja, zh, ru);
// no list small and free enough to embed covered those ten languages.
//
//go:embed gazetteer.tsv
var gazetteerTSV string

// embedded is the parsed embedded gazetteer, built once on first use and
// read-only after.
var embedded = sync.OnceValue(func() *gazetteer { return parseGazetteer(gazetteerTSV) })

// gazetteer maps names in many languages and scripts to one key, so that
// "North Korea", "Coreia do Norte", "북한" and "北朝鮮" meet as one term.
// It is read-only once parsed.
type gazetteer struct {
	// words maps the folded, space-joined words of a name to its key.
	words map[string]string
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

type gazName struct{ name, key string }

// parseGazetteer reads the TSV; lines it cannot read are skipped.
func parseGazetteer(tsv string) *gazetteer {
	g := &gazetteer{words: map[string]string{}, first: map[string]int{}}
	for _, line := range strings.Split(tsv, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, names, ok := strings.Cut(line, "\t")
		if !ok || key == "" {
			continue
		}
		key = "g:" + key
		for _, name := range strings.Split(names, ",") {
			name = strings.TrimSpace(name)
			if name == "" {
				continue
			}
			if r := firstRune(name); isCJK(r) || unicode.Is(unicode.Hangul, r) {
				g.cjk = append(g.cjk, gazName{strings.ReplaceAll(name, " ", ""), key})
				continue
			}
			var ws []string
			for _, t := range tokenize(name) {
				ws = append(ws, t.word)
			}
			if len(ws) == 0 {
				continue
			}
			g.words[strings.Join(ws, " ")] = key
			g.first[ws[0]] = max(g.first[ws[0]], len(ws))
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

// match returns the key of the longest name in words starting at token
// i and the number of tokens it spans, or 0.
func (g *gazetteer) match(toks []token, i int) (string, int) {
	// Names need a capital (or a script without case), so that "turkey"
	// the bird or "china" the crockery stay out; most words fail here.
	if !strings.ContainsFunc(toks[i].raw, unicode.IsUpper) {
		return "", 0
	}
	most := g.first[toks[i].word]
	if most == 0 {
		return "", 0
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
		key, ok := g.words[string(b)] // no allocation: a map index
		if !ok {
			continue
		}
		// A lone short word ("US", "UN", "WHO") must be written in
		// capitals, or "us", "un" and "who" would match.
		if n == 1 && utf8.RuneCountInString(toks[i].word) <= 3 && strings.ToUpper(toks[i].raw) != toks[i].raw {
			continue
		}
		return key, n
	}
	return "", 0
}

// matchCJK returns the keys of the names found in a token of Han, kana
// or Hangul script. Han and kana runs hold whole phrases, so names are
// found anywhere in them, longest first; a Hangul word is one word with
// perhaps a particle glued on (북한은, 트럼프가).
func (g *gazetteer) matchCJK(word string, out map[string]int) {
	r := firstRune(word)
	if unicode.Is(unicode.Hangul, r) {
		for _, gn := range g.cjkFirst[r] {
			if strings.HasPrefix(word, gn.name) && utf8.RuneCountInString(word)-utf8.RuneCountInString(gn.name) <= 2 {
				out[gn.key]++
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
				out[gn.key]++
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
