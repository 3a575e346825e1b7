package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// CoNLL-2003, which the tagger learned from, keeps hyphenated words as
// one token, so the tagger reads "Trump-Kim", "US-North Korea" and
// "Trump-North Korea talks" as one name of one type. News about
// diplomacy writes such pairs constantly, and a pair is two entities:
// splitCompounds splits a mention at its hyphens (or slashes) when every
// part is a capitalised name that the same document also names on its
// own (or, for a person, by full name), and gives each part that
// mention's type. The guard keeps
// "Mercedes-Benz" and "Guinea-Bissau" whole unless both halves also
// stand alone, and "Kim Jong-un" whole, whose "un" is no name.

// compoundSeps are the characters that join the parts of a pair.
const compoundSeps = "-‐‑–/"

// splitCompounds returns ents with each compound mention replaced by its
// parts, in text order.
func splitCompounds(ents []Entity) []Entity {
	alone := map[string]string{} // nameKey of single mentions → type
	for _, e := range ents {
		if strings.ContainsAny(e.Text, compoundSeps) {
			continue
		}
		alone[nameKey(e.Text)] = e.Type
		if w := strings.Fields(e.Text); e.Type == "PER" && len(w) > 1 {
			// A person's surname ("Trump" of "Donald Trump").
			if k := nameKey(w[len(w)-1]); alone[k] == "" {
				alone[k] = e.Type
			}
		}
	}
	out := make([]Entity, 0, len(ents)) // never nil: the JSON says []
	for _, e := range ents {
		parts, ok := compoundParts(e, alone)
		if !ok {
			out = append(out, e)
			continue
		}
		out = append(out, parts...)
	}
	return out
}

// compoundParts splits e at its separators when every part is a
// capitalised name in alone, and returns the parts with their offsets
// and the type their own mentions have.
func compoundParts(e Entity, alone map[string]string) ([]Entity, bool) {
	if !strings.ContainsAny(e.Text, compoundSeps) {
		return nil, false
	}
	var parts []Entity
	start := 0 // rune offset of the current part within e.Text
	runes := []rune(e.Text)
	flush := func(end int) bool {
		p := strings.TrimSpace(string(runes[start:end]))
		r, _ := utf8.DecodeRuneInString(p)
		if p == "" || !unicode.IsUpper(r) {
			return false
		}
		typ, ok := alone[nameKey(p)]
		if !ok {
			return false
		}
		lead := len([]rune(string(runes[start:end]))) - len([]rune(strings.TrimLeft(string(runes[start:end]), " ")))
		parts = append(parts, Entity{Text: p, Type: typ, Start: e.Start + start + lead, End: e.Start + start + lead + utf8.RuneCountInString(p)})
		return true
	}
	for i, r := range runes {
		if strings.ContainsRune(compoundSeps, r) {
			if !flush(i) {
				return nil, false
			}
			start = i + 1
		}
	}
	if !flush(len(runes)) || len(parts) < 2 {
		return nil, false
	}
	return parts, true
}
