package nlp

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/extract/textdate"
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

var roleRe = func() *regexp.Regexp {
	var countries, titles []string
	for k := range roleCountries {
		countries = append(countries, regexp.QuoteMeta(k))
	}
	for k := range roleTitles {
		titles = append(titles, regexp.QuoteMeta(k))
	}
	byLen := func(a, b string) int { return len(b) - len(a) }
	slices.SortFunc(countries, byLen)
	slices.SortFunc(titles, byLen)
	c, t := strings.Join(countries, "|"), strings.Join(titles, "|")
	// "the North Korean leader", or "North Korea's leader" (also "the
	// UN's secretary-general"); the title must end a word.
	return regexp.MustCompile(`(?i)\bthe\s+(` + c + `)\s+(` + t + `)\b` +
		`|\b(?:the\s+)?(` + c + `)(?:'s|’s|')\s+(` + t + `)\b`)
}()

// roleKeys are lower-case pieces of every title, to find where a
// description may be before running roleRe there: on the whole of a
// long text the expression cost more than a millisecond.
var roleKeys = []string{"president", "leader", "minister", "chancellor", "secretary", "premier"}

// roleWindow is how far before a title a description may start, in bytes
// ("the United Nations' " is the longest).
const roleWindow = 40

// roleMatches runs roleRe on windows of text around its title words and
// returns the matches with offsets into text, in text order.
func roleMatches(text string) [][]int {
	lower := asciiLower(text)
	var wins [][2]int
	for _, k := range roleKeys {
		for off := 0; ; {
			i := strings.Index(lower[off:], k)
			if i < 0 {
				break
			}
			i += off
			off = i + len(k)
			start := max(0, i-roleWindow)
			for start > 0 && lower[start-1] != ' ' && i-start < 2*roleWindow {
				start-- // to a word's start
			}
			end := min(len(text), i+len("secretary of state")+1)
			wins = append(wins, [2]int{start, end})
		}
	}
	if len(wins) == 0 {
		return nil
	}
	slices.SortFunc(wins, func(a, b [2]int) int { return a[0] - b[0] })
	var out [][]int
	last := -1 // end of the last match kept
	for k, w := range wins {
		if k > 0 && w == wins[k-1] {
			continue
		}
		for _, m := range roleRe.FindAllStringSubmatchIndex(text[w[0]:w[1]], -1) {
			for j := range m {
				if m[j] >= 0 {
					m[j] += w[0]
				}
			}
			if m[0] >= last {
				out = append(out, m)
				last = m[1]
			}
		}
	}
	return out
}

// asciiLower lower-cases the ASCII letters of s, keeping every byte
// offset.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

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
		if cs < 0 {
			cs, ce, ts, te = m[6], m[7], m[8], m[9]
		}
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
