package nlp

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// halfRE finds "the North" and "the South", which news of a divided
// country uses for its halves ("the North fired a missile", "the
// North's leader").
var halfRE = regexp.MustCompile(`\b[Tt]he (North|South)\b`)

// resolveHalves names "the North" and "the South" after the country
// half the article names: "the North" is North Korea in an article that
// names North Korea. "The South" is a region as often (of the United
// States, of Italy), so it is South Korea only where the article names
// both halves ("South Korea" and "North Korea"). A capitalised word
// after it makes it part of a longer name ("the North Atlantic", "the
// South China Sea"), and an article that names two countries on one
// side ("South Korea", "South Sudan") leaves it unresolved.
func resolveHalves(text string, ents []Entity) []Entity {
	named := map[string][]string{} // "North" → the countries' tails ("Korea")
	for _, e := range ents {
		side, tail, ok := strings.Cut(e.Canonical, " ")
		if e.Type != "LOC" || !ok || side != "North" && side != "South" || strings.Contains(tail, " ") {
			continue
		}
		if !slices.Contains(named[side], tail) {
			named[side] = append(named[side], tail)
		}
	}
	if len(named) == 0 || !strings.Contains(text, "he North") && !strings.Contains(text, "he South") {
		return ents
	}
	country := func(side string) string {
		if len(named[side]) != 1 {
			return ""
		}
		tail := named[side][0]
		if side == "South" && !slices.Contains(named["North"], tail) {
			return ""
		}
		return side + " " + tail
	}
	var added []Entity
	for _, m := range halfRE.FindAllStringSubmatchIndex(text, -1) {
		side := text[m[2]:m[3]]
		c := country(side)
		if c == "" || nameContinues(text[m[1]:]) {
			continue
		}
		rs := utf8.RuneCountInString(text[:m[2]])
		re := rs + len(side)
		if i := slices.IndexFunc(ents, func(e Entity) bool { return e.Start == rs && e.End == re }); i >= 0 {
			ents[i].Type, ents[i].Canonical = "LOC", c
			continue
		}
		if slices.ContainsFunc(ents, func(e Entity) bool { return e.Start < re && rs < e.End }) {
			continue // inside a longer name the tagger found
		}
		added = append(added, Entity{Text: side, Type: "LOC", Start: rs, End: re, Canonical: c})
	}
	if len(added) == 0 {
		return ents
	}
	out := append(ents, added...)
	slices.SortStableFunc(out, func(a, b Entity) int { return a.Start - b.Start })
	return out
}

// nameContinues reports whether the text after "the North" goes on with
// the name: a hyphen ("North-South"), or a capitalised word after one
// space ("the North Atlantic").
func nameContinues(after string) bool {
	if strings.HasPrefix(after, "-") {
		return true
	}
	rest, ok := strings.CutPrefix(after, " ")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}
