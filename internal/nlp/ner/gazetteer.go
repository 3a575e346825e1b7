package ner

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/nlp/tokenize"
)

// GazetteerEntry is one name list entry: a phrase and the class of list it
// came from ("country", "capital", "demonym", "person").
type GazetteerEntry struct {
	Phrase string
	Class  string
}

const maxGazWords = 8

// gazetteer maps lower-cased, tokenized phrases (words joined by a space)
// to the classes they belong to.
type gazetteer struct {
	phrases map[string][]string
	maxLen  int
	// first maps the first word of the phrases to the most words of a
	// phrase starting with it.
	first map[string]int
	// tags holds, per class, the features match gives a word at each
	// position of a phrase of the class ("B-country", "I-country", ...),
	// made once instead of for every match.
	tags map[string]*gazTags
}

// gazTags are a class's features at the beginning, inside, at the end of
// a phrase, and for a phrase of one word.
type gazTags struct{ b, i, l, u string }

func newGazetteer(entries []GazetteerEntry) gazetteer {
	g := gazetteer{phrases: map[string][]string{}, first: map[string]int{}, tags: map[string]*gazTags{}}
	for _, e := range entries {
		toks := tokenize.Tokens(e.Phrase)
		if len(toks) == 0 || len(toks) > maxGazWords || e.Class == "" {
			continue
		}
		ws := make([]string, len(toks))
		for i, t := range toks {
			ws[i] = strings.ToLower(normWord(t.Text))
		}
		key := strings.Join(ws, " ")
		if !contains(g.phrases[key], e.Class) {
			g.phrases[key] = append(g.phrases[key], e.Class)
			sort.Strings(g.phrases[key])
		}
		if len(ws) > g.maxLen {
			g.maxLen = len(ws)
		}
		g.first[ws[0]] = max(g.first[ws[0]], len(ws))
		if g.tags[e.Class] == nil {
			c := e.Class
			g.tags[c] = &gazTags{b: "B-" + c, i: "I-" + c, l: "L-" + c, u: "U-" + c}
		}
	}
	return g
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// entries lists the gazetteer in a deterministic order.
func (g gazetteer) entries() []GazetteerEntry {
	var out []GazetteerEntry
	for p, cs := range g.phrases {
		for _, c := range cs {
			out = append(out, GazetteerEntry{Phrase: p, Class: c})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Phrase != out[j].Phrase {
			return out[i].Phrase < out[j].Phrase
		}
		return out[i].Class < out[j].Class
	})
	return out
}

// match returns, per word, the gazetteer features of the longest matches
// covering it: position (B, I, L, U) joined to the class. lower holds the
// words in lower case.
func (g gazetteer) match(words, lower []string) [][]string {
	out := make([][]string, len(words))
	if len(g.phrases) == 0 {
		return out
	}
	var key []byte // the phrase tried, words joined by a space
	for i := 0; i < len(words); {
		n := g.first[lower[i]]
		if n == 0 || !isCap(words[i]) {
			i++
			continue
		}
		if len(words)-i < n {
			n = len(words) - i
		}
		matched := 0
		for ; n >= 1; n-- {
			key = key[:0]
			for k, w := range lower[i : i+n] {
				if k > 0 {
					key = append(key, ' ')
				}
				key = append(key, w...)
			}
			cs, ok := g.phrases[string(key)]
			if !ok {
				continue
			}
			for _, c := range cs {
				tags := g.tags[c]
				if n == 1 {
					out[i] = append(out[i], tags.u)
					continue
				}
				for k := i; k < i+n; k++ {
					tag := tags.i
					switch k {
					case i:
						tag = tags.b
					case i + n - 1:
						tag = tags.l
					}
					out[k] = append(out[k], tag)
				}
			}
			matched = n
			break
		}
		if matched == 0 {
			matched = 1
		}
		i += matched
	}
	return out
}

// ReadGazetteers reads the name lists of the shared gazetteer folder
// (countries/countries.json, world-leaders-current, world-leaders-2021):
// English country names and spellings, capitals, demonyms and leaders.
func ReadGazetteers(dir string) ([]GazetteerEntry, error) {
	var out []GazetteerEntry
	path := filepath.Join(dir, "countries", "countries.json")
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	var countries []struct {
		Name struct {
			Common, Official string
		}
		AltSpellings []string
		Capital      []string
		Demonyms     map[string]struct{ F, M string }
	}
	if err := json.Unmarshal(b, &countries); err != nil {
		return nil, fmt.Errorf("gazetteer %s: %w", path, err)
	}
	for _, c := range countries {
		out = append(out, GazetteerEntry{c.Name.Common, "country"}, GazetteerEntry{c.Name.Official, "country"})
		for _, a := range c.AltSpellings {
			if len(a) > 3 {
				out = append(out, GazetteerEntry{a, "country"})
			}
		}
		for _, a := range c.Capital {
			out = append(out, GazetteerEntry{a, "capital"})
		}
		if d, ok := c.Demonyms["eng"]; ok {
			out = append(out, GazetteerEntry{d.F, "demonym"}, GazetteerEntry{d.M, "demonym"})
		}
	}
	path = filepath.Join(dir, "world-leaders-2021", "wikidata.csv")
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("gazetteer %s: %w", path, err)
	}
	for i, r := range rows {
		if i == 0 || len(r) < 6 {
			continue
		}
		if !strings.HasPrefix(r[5], "Q") {
			out = append(out, GazetteerEntry{r[5], "person"})
		}
	}
	path = filepath.Join(dir, "world-leaders-current", "current", "all-leaders.json")
	b, err = os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	var cur struct {
		Leaders map[string]struct {
			HeadOfGovernment string `json:"head_of_government"`
			HeadOfState      string `json:"head_of_state"`
		}
	}
	if err := json.Unmarshal(b, &cur); err != nil {
		return nil, fmt.Errorf("gazetteer %s: %w", path, err)
	}
	for _, l := range cur.Leaders {
		out = append(out, GazetteerEntry{l.HeadOfGovernment, "person"}, GazetteerEntry{l.HeadOfState, "person"})
	}
	return out, nil
}
