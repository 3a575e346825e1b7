package story

import (
	_ "embed"
	"strings"
	"unicode"
)

//go:embed gazetteer.tsv
var gazetteerTSV string

// gazetteer maps names in many languages and scripts to one key, so that
// "North Korea", "Coreia do Norte", "북한" and "北朝鮮" meet as one term.
type gazetteer struct {
	// words maps folded, space-joined words of a name to its key.
	words map[string]string
	// maxWords is the longest name in words.
	maxWords int
	// cjk holds names in scripts written without spaces between words
	// (or, for Korean, with particles glued on), matched inside tokens.
	cjk []gazName
}

type gazName struct{ name, key string }

func parseGazetteer(tsv string) *gazetteer {
	g := &gazetteer{words: map[string]string{}}
	for _, line := range strings.Split(tsv, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, names, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		key = "g:" + key
		for _, name := range strings.Split(names, ",") {
			name = strings.TrimSpace(name)
			if name == "" {
				continue
			}
			if r := []rune(name)[0]; isCJK(r) || unicode.Is(unicode.Hangul, r) {
				g.cjk = append(g.cjk, gazName{name, key})
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
			if len(ws) > g.maxWords {
				g.maxWords = len(ws)
			}
		}
	}
	return g
}

// match returns the key of the longest name starting at token i and the
// number of tokens it spans, or 0.
func (g *gazetteer) match(toks []token, i int) (string, int) {
	for n := min(g.maxWords, len(toks)-i); n >= 1; n-- {
		var b strings.Builder
		for k := 0; k < n; k++ {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(toks[i+k].word)
		}
		if key, ok := g.words[b.String()]; ok {
			// A lone short upper-case word ("US", "UN") must be written
			// in capitals, or "us" and "un" would match pronouns.
			if n == 1 && len(toks[i].raw) <= 3 && strings.ToUpper(toks[i].raw) != toks[i].raw {
				continue
			}
			return key, n
		}
	}
	r := []rune(toks[i].word)
	if len(r) == 0 || !(isCJK(r[0]) || unicode.Is(unicode.Hangul, r[0])) {
		return "", 0
	}
	for _, gn := range g.cjk {
		if unicode.Is(unicode.Hangul, r[0]) {
			// Korean glues particles onto names: 북한은, 트럼프가.
			if strings.HasPrefix(toks[i].word, gn.name) && len([]rune(toks[i].word))-len([]rune(gn.name)) <= 2 {
				return gn.key, 1
			}
			continue
		}
		if strings.Contains(toks[i].word, gn.name) {
			return gn.key, 1
		}
	}
	return "", 0
}
