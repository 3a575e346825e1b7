package nlp

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/extract/textdate"
	"github.com/storyline/storyline/internal/nlp/tokenize"
)

// Role descriptions name a person by office: "the North Korean leader",
// "South Korea's president", "the U.S. secretary of state". Given the
// article's publication date, the table of terms of office (kept by the
// extract/textdate package, which dates texts by the titles they give
// people) says who held the office that day, so the description becomes
// a PER entity with that person's canonical name, and a quote whose
// speaker is the description is tied to the person.
//
// How far it goes: English descriptions with "the" and a country
// adjective, or a country's possessive; the offices and countries of the
// table (heads of state and government of about thirty countries, US
// secretaries of state, the UN secretary-general, the pope). Not
// resolved: "former" or "late" holders, plurals, descriptions without a
// country ("the president"), undated articles, and days on which the
// table knows no single holder.
//
// A description without a country ("the president", "our prime
// minister") is resolved only through the document: when exactly one
// person it names before the description held that office, in any
// country of the table, on the publication day ("Trump could pretend …
// our president declared", in an article of January 2018).

// roleCountries maps a country adjective, or the name a possessive is
// formed from, to the table's country code.
var roleCountries = map[string]string{
	"u.s.": "USA", "us": "USA", "american": "USA", "united states": "USA", "america": "USA",
	"south korean": "KOR", "south korea": "KOR", "north korean": "PRK", "north korea": "PRK",
	"chinese": "CHN", "china": "CHN", "russian": "RUS", "russia": "RUS",
	"ukrainian": "UKR", "ukraine": "UKR", "japanese": "JPN", "japan": "JPN",
	"british": "GBR", "uk": "GBR", "u.k.": "GBR", "britain": "GBR",
	"german": "DEU", "germany": "DEU", "french": "FRA", "france": "FRA",
	"italian": "ITA", "italy": "ITA", "turkish": "TUR", "turkey": "TUR",
	"israeli": "ISR", "israel": "ISR", "iranian": "IRN", "iran": "IRN",
	"egyptian": "EGY", "egypt": "EGY", "syrian": "SYR", "syria": "SYR",
	"brazilian": "BRA", "brazil": "BRA", "argentine": "ARG", "argentinian": "ARG", "argentina": "ARG",
	"mexican": "MEX", "mexico": "MEX", "canadian": "CAN", "canada": "CAN",
	"australian": "AUS", "australia": "AUS", "indian": "IND", "india": "IND",
	"un": "UN", "u.n.": "UN", "united nations": "UN",
}

// roleTitles maps a title as written to the table's title.
var roleTitles = map[string]string{
	"president": "president", "leader": "leader", "prime minister": "prime minister",
	"premier": "prime minister", "chancellor": "chancellor", "foreign minister": "foreign minister",
	"secretary of state": "secretary of state", "vice president": "vice president",
	"secretary-general": "secretary-general", "secretary general": "secretary-general",
}

// roleKeys are lower-case pieces of every title: a description is
// looked for only where one of them is.
var roleKeys = []string{"president", "leader", "minister", "chancellor", "secretary", "premier"}

// roleMatches finds the role descriptions of text, in text order, each as
// [start, end, countryStart, countryEnd, titleStart, titleEnd] byte
// offsets: "the North Korean leader" (the article is required before an
// adjective) or "(the) North Korea's leader". Titles and countries are
// matched without regard to case, and a title must end a word.
func roleMatches(text string) [][6]int {
	lower := tokenize.ASCIILower(text)
	var out [][6]int
	eachRoleKey(lower, func(i int, k string) {
		if m, ok := roleAt(lower, i, k); ok {
			out = append(out, m)
		}
	})
	slices.SortFunc(out, func(a, b [6]int) int { return a[0] - b[0] })
	return slices.CompactFunc(out, func(a, b [6]int) bool { return a[0] == b[0] })
}

// eachRoleKey calls fn with the byte offset of every occurrence of a
// role key in lower, key by key.
func eachRoleKey(lower string, fn func(i int, key string)) {
	for _, k := range roleKeys {
		for off := 0; ; {
			i := strings.Index(lower[off:], k)
			if i < 0 {
				break
			}
			i += off
			off = i + len(k)
			fn(i, k)
		}
	}
}

// roleAt reads the description whose title holds key at byte i of lower.
func roleAt(lower string, i int, key string) ([6]int, bool) {
	ts, te, ok := titleAt(lower, i, key)
	if !ok {
		return [6]int{}, false
	}
	// Before the title: white space, then the country as one or two
	// words, either possessive ("korea's") or after "the".
	j := skipSpaceBack(lower, ts)
	if j == ts || j == 0 {
		return [6]int{}, false
	}
	ce := j
	poss := false
	for _, p := range []string{"'s", "’s", "'"} {
		if strings.HasSuffix(lower[:j], p) {
			ce, poss = j-len(p), true
			break
		}
	}
	for _, words := range []int{2, 1} {
		cs, ok := wordsBefore(lower, ce, words)
		if !ok || roleCountries[fold(lower[cs:ce])] == "" || !wordEdge(lower, cs) {
			continue
		}
		start, e := cs, skipSpaceBack(lower, cs)
		if k, ok := wordsBefore(lower, e, 1); ok && e < cs && lower[k:e] == "the" && wordEdge(lower, k) {
			start = k
		} else if !poss {
			continue // an adjective needs "the"
		}
		return [6]int{start, te, cs, ce, ts, te}, true
	}
	return [6]int{}, false
}

// wordsBefore returns where the n words that end at byte end start, the
// words separated by runs of white space.
func wordsBefore(s string, end, n int) (int, bool) {
	k := end
	for w := 0; w < n; w++ {
		if w > 0 {
			if spaceBefore(s, k) == 0 {
				return 0, false
			}
			k = skipSpaceBack(s, k)
		}
		e := k
		for k > 0 && spaceBefore(s, k) == 0 {
			_, size := utf8.DecodeLastRuneInString(s[:k])
			k -= size
		}
		if k == e {
			return 0, false
		}
	}
	return k, true
}

// spaceBefore returns the size of the white-space rune (no-break space
// included) that ends at byte i of s, or 0.
func spaceBefore(s string, i int) int {
	if i == 0 {
		return 0
	}
	r, size := utf8.DecodeLastRuneInString(s[:i])
	if unicode.IsSpace(r) {
		return size
	}
	return 0
}

// skipSpaceBack moves back from byte i of s over white space.
func skipSpaceBack(s string, i int) int {
	for n := spaceBefore(s, i); n > 0; n = spaceBefore(s, i) {
		i -= n
	}
	return i
}

// wordEdge reports whether byte i of s is not inside a word: a letter or
// digit does not stand on both sides of it.
func wordEdge(s string, i int) bool {
	if i == 0 || i == len(s) {
		return true
	}
	r1, _ := utf8.DecodeLastRuneInString(s[:i])
	r2, _ := utf8.DecodeRuneInString(s[i:])
	return !(isWordRune(r1) && isWordRune(r2))
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }

// fold lower-cases s and folds its runs of white space to one space.
func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// resolveRoles adds a PER entity for each role description in text that
// the table of offices resolves at published, in place of the entities
// inside it ("North Korean", MISC). ents must be in text order and is
// returned in text order.
func resolveRoles(text string, published time.Time, ents []Entity) []Entity {
	if published.IsZero() {
		return ents
	}
	var added []Entity
	for _, m := range roleMatches(text) {
		cs, ce, ts, te := m[2], m[3], m[4], m[5]
		code, office := roleCountries[fold(text[cs:ce])], roleTitles[fold(text[ts:te])]
		if code == "" || office == "" || formerBefore(text[:m[0]]) || nameFollows(text[m[1]:]) {
			continue
		}
		names, ok := textdate.Holder(code, office, published)
		if !ok {
			continue
		}
		// The description without its article: "North Korean leader".
		rs := utf8.RuneCountInString(text[:cs])
		re := rs + utf8.RuneCountInString(text[cs:m[1]])
		added = append(added, Entity{Text: text[cs:m[1]], Type: "PER", Start: rs, End: re, Canonical: docName(names, ents)})
	}
	added = append(added, bareRoles(text, published, ents, added)...)
	if len(added) == 0 {
		return ents
	}
	out := ents[:0:0]
	for _, e := range ents {
		inside := slices.ContainsFunc(added, func(a Entity) bool { return a.Start <= e.Start && e.End <= a.End })
		if !inside {
			out = append(out, e)
		}
	}
	out = append(out, added...)
	slices.SortStableFunc(out, func(a, b Entity) int { return a.Start - b.Start })
	return out
}

// formerBefore reports whether the words before a description make it a
// past holder ("the former U.S. president", "the late …").
func formerBefore(before string) bool {
	f := strings.Fields(strings.ToLower(before))
	if len(f) == 0 {
		return false
	}
	switch w := f[len(f)-1]; w {
	case "former", "late", "ex", "then", "next", "future", "previous", "new", "incoming", "outgoing":
		return true
	}
	return false
}

// nameFollows reports whether a capitalised word follows a description
// ("North Korean leader Kim Jong Un"): then the name itself is the
// entity, and the description is its title.
func nameFollows(after string) bool {
	after = strings.TrimLeft(after, " \t")
	r, _ := utf8.DecodeRuneInString(after)
	return r >= 'A' && r <= 'Z'
}

// docName is the canonical name the document already gives the holder,
// or the table's display name.
func docName(names []string, ents []Entity) string {
	for _, e := range ents {
		if e.Type != "PER" {
			continue
		}
		for _, n := range names {
			if nameKey(n) == nameKey(e.Text) || nameKey(n) == nameKey(e.Canonical) {
				if strings.Contains(e.Canonical, " ") {
					return e.Canonical
				}
			}
		}
	}
	return names[0]
}

// bareRoles returns a PER entity for each description without a country
// ("the president", "our “America first” president") that one person
// named earlier in the document held on the day published, skipping the
// descriptions in done (already resolved by country).
func bareRoles(text string, published time.Time, ents, done []Entity) []Entity {
	lower := tokenize.ASCIILower(text)
	var out []Entity
	eachRoleKey(lower, func(i int, k string) {
		ts, te, ok := titleAt(lower, i, k)
		if !ok || !bareBefore(lower, ts) || formerBefore(text[:ts]) || nameFollows(text[te:]) ||
			strings.HasPrefix(strings.TrimLeft(lower[te:], " \t"), "of ") {
			return
		}
		rs := utf8.RuneCountInString(text[:ts])
		re := rs + utf8.RuneCountInString(text[ts:te])
		if slices.ContainsFunc(done, func(e Entity) bool { return e.Start < re && rs < e.End }) ||
			slices.ContainsFunc(out, func(e Entity) bool { return e.Start == rs }) {
			return
		}
		if names, ok := mentionedHolder(roleTitles[fold(text[ts:te])], published, text[:ts]); ok {
			out = append(out, Entity{Text: text[ts:te], Type: "PER", Start: rs, End: re, Canonical: docName(names, ents)})
		}
	})
	return out
}

// titleAt returns the longest title of roleTitles, as whole words, that
// holds key at byte i of lower.
func titleAt(lower string, i int, key string) (ts, te int, ok bool) {
	ts, te = -1, -1
	for t := range roleTitles {
		at := strings.Index(t, key)
		if at < 0 || i < at || i-at+len(t) > len(lower) || lower[i-at:i-at+len(t)] != t {
			continue
		}
		if s, e := i-at, i-at+len(t); wordEdge(lower, s) && wordEdge(lower, e) && e-s > te-ts {
			ts, te = s, e
		}
	}
	return ts, te, ts >= 0
}

// bareBefore reports whether "the" or "our" comes right before the
// title at byte ts, with at most a quoted phrase between them ("our
// “America first” president").
func bareBefore(lower string, ts int) bool {
	j := skipSpaceBack(lower, ts)
	if j == ts {
		return false
	}
	for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}, {"‘", "’"}} {
		if strings.HasSuffix(lower[:j], q[1]) {
			open := strings.LastIndex(lower[:j-len(q[1])], q[0])
			if open < 0 || j-open > 60 {
				return false
			}
			if j = skipSpaceBack(lower, open); j == open {
				return false
			}
			break
		}
	}
	k, ok := wordsBefore(lower, j, 1)
	if !ok || !wordEdge(lower, k) {
		return false
	}
	w := lower[k:j]
	return w == "the" || w == "our"
}

// mentionedHolder returns the names of the one person whom the text
// before names (by a name of the table, as a whole word) and who held
// office in a country of the table on day at.
func mentionedHolder(office string, at time.Time, before string) ([]string, bool) {
	if office == "" || at.IsZero() {
		return nil, false
	}
	var found []string
	seen := map[string]bool{}
	for _, code := range roleCountries {
		if seen[code] {
			continue
		}
		seen[code] = true
		names, ok := textdate.Holder(code, office, at)
		if !ok || !slices.ContainsFunc(names, func(n string) bool { return containsWord(before, n) }) {
			continue
		}
		if found != nil && found[0] != names[0] {
			return nil, false // two holders named: the description cannot say which
		}
		found = names
	}
	return found, found != nil
}

// containsWord reports whether s holds w with no letter or digit
// joined to either end.
func containsWord(s, w string) bool {
	for off := 0; w != ""; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return false
		}
		i += off
		if wordEdge(s, i) && wordEdge(s, i+len(w)) {
			return true
		}
		off = i + 1
	}
	return false
}
